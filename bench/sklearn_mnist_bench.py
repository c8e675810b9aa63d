"""The reference for `java -jar target/mlp-playground.jar bench`: sklearn's MLPClassifier on the
same data and configuration (784-128-10 relu, adam, batch 200, alpha 1e-4, learning rate 1e-3,
random_state 0, pixels scaled to [0, 1]). It times one fit of 10 epochs (max_iter=10; seconds
per epoch = fit time / 10) several times and prints the median, and the test accuracy.

Run with Debian's python3 (python3-sklearn); unset OPENBLAS_CORETYPE and OPENBLAS_L2_SIZE for
this command alone to get the speed a user of sklearn gets:

    env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE /usr/bin/python3 bench/sklearn_mnist_bench.py
"""
import gzip
import statistics
import sys
import time
import warnings
from pathlib import Path

import numpy as np
from sklearn.exceptions import ConvergenceWarning
from sklearn.neural_network import MLPClassifier

DATA = Path(__file__).resolve().parent.parent / "resources" / "datasets" / "mnist"


def idx(name):
    raw = gzip.decompress((DATA / (name + ".gz")).read_bytes())
    ndim = raw[3]
    dims = [int.from_bytes(raw[4 + 4 * i:8 + 4 * i], "big") for i in range(ndim)]
    return np.frombuffer(raw, dtype=np.uint8, offset=4 + 4 * ndim).reshape(dims)


def main(epochs=10, repeats=3):
    x = idx("train-images-idx3-ubyte").reshape(60000, -1) / 255.0
    y = idx("train-labels-idx1-ubyte")
    xt = idx("t10k-images-idx3-ubyte").reshape(10000, -1) / 255.0
    yt = idx("t10k-labels-idx1-ubyte")
    per_epoch = []
    for r in range(repeats):
        model = MLPClassifier(hidden_layer_sizes=(128,), activation="relu", solver="adam", batch_size=200,
                              alpha=1e-4, learning_rate_init=1e-3, random_state=0, max_iter=epochs)
        start = time.perf_counter()
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", ConvergenceWarning)
            model.fit(x, y)
        per_epoch.append((time.perf_counter() - start) / model.n_iter_)
        print(f"run {r + 1}: {per_epoch[-1]:.3f} s per epoch, final loss {model.loss_:.5f}, "
              f"test accuracy {100 * model.score(xt, yt):.2f}%", flush=True)
    print(f"sklearn 784-128-10: median {statistics.median(per_epoch):.3f} s per epoch "
          f"({repeats} fits of {epochs} epochs), test accuracy {100 * model.score(xt, yt):.2f}%")


if __name__ == "__main__":
    main(*(int(a) for a in sys.argv[1:3]))
