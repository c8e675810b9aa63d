"""The reference for `java -jar target/mlp-playground.jar bench`: sklearn's MLPClassifier on the
same data and configuration (784-128-10 relu, adam, batch 200, alpha 1e-4, learning rate 1e-3,
random_state 0, pixels scaled to [0, 1], optionally standardized as `bench --scaler standardize`
does). It times one fit of 10 epochs (max_iter=10; seconds per epoch = fit time / 10) several
times and prints the median (wall and process CPU time), and the test accuracy.

Run with Debian's python3 (python3-sklearn); unset OPENBLAS_CORETYPE and OPENBLAS_L2_SIZE for
this command alone to get the speed a user of sklearn gets:

    env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE /usr/bin/python3 bench/sklearn_mnist_bench.py 10 3
    env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE /usr/bin/python3 bench/sklearn_mnist_bench.py 10 3 \
        --scaler standardize --hidden 256,128
"""
import argparse
import gzip
import statistics
import time
import warnings
from pathlib import Path

import numpy as np
from sklearn.exceptions import ConvergenceWarning
from sklearn.neural_network import MLPClassifier
from sklearn.preprocessing import StandardScaler

DATA = Path(__file__).resolve().parent.parent / "resources" / "datasets" / "mnist"


def idx(name):
    raw = gzip.decompress((DATA / (name + ".gz")).read_bytes())
    ndim = raw[3]
    dims = [int.from_bytes(raw[4 + 4 * i:8 + 4 * i], "big") for i in range(ndim)]
    return np.frombuffer(raw, dtype=np.uint8, offset=4 + 4 * ndim).reshape(dims)


def load(scaler):
    x = idx("train-images-idx3-ubyte").reshape(60000, -1) / 255.0
    y = idx("train-labels-idx1-ubyte")
    xt = idx("t10k-images-idx3-ubyte").reshape(10000, -1) / 255.0
    yt = idx("t10k-labels-idx1-ubyte")
    if scaler == "standardize":
        fitted = StandardScaler().fit(x)
        x, xt = fitted.transform(x), fitted.transform(xt)
    return x, y, xt, yt


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("epochs", nargs="?", type=int, default=10)
    parser.add_argument("repeats", nargs="?", type=int, default=3)
    parser.add_argument("--scaler", choices=["none", "standardize"], default="none")
    parser.add_argument("--hidden", default="128")
    args = parser.parse_args()
    hidden = tuple(int(h) for h in args.hidden.split(","))
    x, y, xt, yt = load(args.scaler)
    per_epoch, cpu_per_epoch = [], []
    for r in range(args.repeats):
        model = MLPClassifier(hidden_layer_sizes=hidden, activation="relu", solver="adam", batch_size=200,
                              alpha=1e-4, learning_rate_init=1e-3, random_state=0, max_iter=args.epochs)
        start, cpu = time.perf_counter(), time.process_time()
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", ConvergenceWarning)
            model.fit(x, y)
        per_epoch.append((time.perf_counter() - start) / model.n_iter_)
        cpu_per_epoch.append((time.process_time() - cpu) / model.n_iter_)
        print(f"run {r + 1}: {per_epoch[-1]:.3f} s per epoch ({cpu_per_epoch[-1]:.3f} CPU s), final loss "
              f"{model.loss_:.5f}, test accuracy {100 * model.score(xt, yt):.2f}%", flush=True)
    name = "784-" + "-".join(str(h) for h in hidden) + "-10"
    print(f"sklearn {name}: median {statistics.median(per_epoch):.3f} s per epoch "
          f"({statistics.median(cpu_per_epoch):.3f} CPU s; {args.repeats} fits of {args.epochs} epochs), "
          f"test accuracy {100 * model.score(xt, yt):.2f}%")


if __name__ == "__main__":
    main()
