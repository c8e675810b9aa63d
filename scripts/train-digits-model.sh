#!/usr/bin/env bash
# Trains the digit model the Digits tab starts with, from the bundled MNIST, reproducibly
# (fixed seeds; the same bits on every run), and writes it to resources/models/.
# Usage: scripts/train-digits-model.sh   (builds the jar first if it is missing)
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f target/mlp-playground.jar ] || mvn -q -B package -DskipTests
java -Xmx4g -jar target/mlp-playground.jar train --dataset mnist --hidden 128 --activation relu --solver adam \
    --alpha 0.0001 --batch-size 200 --epochs 20 --seed 0 --shuffle-seed 0 --quiet \
    --save resources/models/mnist-128.json.gz
