"""Writes sklearn's fold assignments for StratifiedKFoldTest (run with Debian's /usr/bin/python3,
scikit-learn 1.2.1): python3 make_folds.py > folds.txt

Each case is three lines: 'name kind k', the labels, and the test fold of every row
(kind is 'stratified' for StratifiedKFold(n_splits=k), 'plain' for KFold(n_splits=k)).
"""
import numpy as np
from sklearn.datasets import make_moons
from sklearn.model_selection import KFold, StratifiedKFold


def folds_of(cv, y):
    folds = np.full(len(y), -1)
    for i, (_, test) in enumerate(cv.split(np.zeros((len(y), 1)), y)):
        folds[test] = i
    return folds


rng = np.random.RandomState(42)
cases = [
    ("moons500", "stratified", 5, make_moons(n_samples=500, noise=0.3, random_state=0)[1]),
    ("imbalanced3", "stratified", 5, rng.choice([7, 2, 5], size=53, p=[0.6, 0.3, 0.1])),
    ("firstseenorder", "stratified", 3, np.array([3, 3, 1, 0, 1, 3, 0, 0, 1, 3, 3, 1, 0, 3, 1, 1, 3])),
    ("digits", "stratified", 4, rng.randint(0, 10, size=97)),
    ("tinyclass", "stratified", 5, np.array([0] * 12 + [1] * 3 + [2] * 6)),
    ("plain17", "plain", 5, np.zeros(17, dtype=int)),
    ("plain10", "plain", 3, np.zeros(10, dtype=int)),
]
for name, kind, k, y in cases:
    cv = StratifiedKFold(n_splits=k) if kind == "stratified" else KFold(n_splits=k)
    print(name, kind, k)
    print(" ".join(str(int(v)) for v in y))
    print(" ".join(str(int(v)) for v in folds_of(cv, y)))
