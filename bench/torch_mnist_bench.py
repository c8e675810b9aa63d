"""A second reference for `bench`: the same network in PyTorch (Debian's python3-torch, CPU):
784-128-10 relu (or --hidden), Adam (lr 1e-3, betas 0.9/0.999, eps 1e-8), batch 200, shuffled
each epoch, cross-entropy plus sklearn's L2 term 0.5 * alpha * sum(W^2) / batch (alpha 1e-4,
weights only), pixels scaled to [0, 1] and optionally standardized. float64 by default, as
sklearn and the playground compute (--float32 for PyTorch's usual precision). Prints seconds
per epoch (median of the epochs, wall and process CPU time) and the test accuracy.

    env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE /usr/bin/python3 bench/torch_mnist_bench.py 10 \
        --scaler standardize --hidden 128
"""
import argparse
import statistics
import time

import numpy as np
import torch

from sklearn_mnist_bench import load


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("epochs", nargs="?", type=int, default=10)
    parser.add_argument("--scaler", choices=["none", "standardize"], default="none")
    parser.add_argument("--hidden", default="128")
    parser.add_argument("--float32", action="store_true")
    parser.add_argument("--threads", type=int, default=0,
                        help="intra-op threads (default: PyTorch's own choice, 1 on this machine; 2 made an "
                             "epoch 30x slower on the shared 2-core machine: OpenMP spin-waits)")
    args = parser.parse_args()
    if args.threads > 0:
        torch.set_num_threads(args.threads)
    dtype = torch.float32 if args.float32 else torch.float64
    torch.manual_seed(0)
    x, y, xt, yt = load(args.scaler)
    x, xt = torch.tensor(x, dtype=dtype), torch.tensor(xt, dtype=dtype)
    y, yt = torch.tensor(y, dtype=torch.long), torch.tensor(yt, dtype=torch.long)
    sizes = [784] + [int(h) for h in args.hidden.split(",")] + [10]
    layers = []
    for i in range(len(sizes) - 1):
        layers.append(torch.nn.Linear(sizes[i], sizes[i + 1], dtype=dtype))
        if i < len(sizes) - 2:
            layers.append(torch.nn.ReLU())
    model = torch.nn.Sequential(*layers)
    weights = [p for n, p in model.named_parameters() if n.endswith("weight")]
    optimizer = torch.optim.Adam(model.parameters(), lr=1e-3, betas=(0.9, 0.999), eps=1e-8)
    loss_fn = torch.nn.CrossEntropyLoss()
    alpha, batch = 1e-4, 200
    generator = torch.Generator().manual_seed(0)
    per_epoch, cpu_per_epoch = [], []
    for epoch in range(args.epochs):
        start, cpu = time.perf_counter(), time.process_time()
        order = torch.randperm(x.shape[0], generator=generator)
        total = 0.0
        for s in range(0, x.shape[0], batch):
            idx = order[s:s + batch]
            optimizer.zero_grad()
            loss = loss_fn(model(x[idx]), y[idx])
            loss = loss + 0.5 * alpha * sum((w * w).sum() for w in weights) / idx.shape[0]
            loss.backward()
            optimizer.step()
            total += loss.item() * idx.shape[0]
        per_epoch.append(time.perf_counter() - start)
        cpu_per_epoch.append(time.process_time() - cpu)
        print(f"epoch {epoch + 1:2d}  loss {total / x.shape[0]:.5f}  {per_epoch[-1]:.3f} s "
              f"({cpu_per_epoch[-1]:.3f} CPU s)", flush=True)
    with torch.no_grad():
        accuracy = (model(xt).argmax(1) == yt).double().mean().item()
    name = "-".join(str(s) for s in sizes)
    print(f"torch {torch.__version__} {name} {'float32' if args.float32 else 'float64'}, "
          f"{torch.get_num_threads()} threads: median {statistics.median(per_epoch):.3f} s per epoch "
          f"({statistics.median(cpu_per_epoch):.3f} CPU s; {args.epochs} epochs), test accuracy {100 * accuracy:.2f}%")


if __name__ == "__main__":
    main()
