"""Writes golden_steps.txt: one full-batch SGD step and one Adam step of sklearn's MLP on small
fixed problems, with the initial weights, so SklearnGoldenTest can start from the same weights
and compare the weights after the step and the reported loss.

Run with Debian's python3 (python3-sklearn 1.2.1):  /usr/bin/python3 make_golden.py
Format: blocks of 'case NAME', then lines 'NAME ROWS COLS v...' (row-major, repr precision).
"""
import warnings
from pathlib import Path

import numpy as np
import sklearn
from sklearn.exceptions import ConvergenceWarning
from sklearn.neural_network import MLPClassifier, MLPRegressor

rng = np.random.RandomState(42)
X = rng.uniform(-1, 1, size=(12, 3))
y_binary = np.array([0, 1, 1, 0, 1, 0, 0, 1, 1, 0, 1, 0])
y_multi = np.array([0, 1, 2, 2, 1, 0, 0, 1, 2, 2, 1, 0])
y_reg = np.column_stack([X[:, 0] - 2 * X[:, 1], np.sin(X[:, 2])])

CASES = [
    # name, estimator class, target, hidden, activation, solver, extra
    ("binary_tanh_sgd", MLPClassifier, y_binary, (4,), "tanh", "sgd", {}),
    ("binary_tanh_adam", MLPClassifier, y_binary, (4,), "tanh", "adam", {}),
    ("multi_relu_sgd", MLPClassifier, y_multi, (5, 4), "relu", "sgd", {"nesterovs_momentum": False}),
    ("multi_relu_adam", MLPClassifier, y_multi, (5, 4), "relu", "adam", {}),
    ("reg_logistic_sgd", MLPRegressor, y_reg, (4,), "logistic", "sgd", {}),
    ("reg_logistic_adam", MLPRegressor, y_reg, (4,), "logistic", "adam", {}),
    ("multi_nohidden_adam", MLPClassifier, y_multi, (), "identity", "adam", {}),
]


def fmt(name, a):
    a = np.atleast_2d(np.asarray(a, dtype=float))
    return f"{name} {a.shape[0]} {a.shape[1]} " + " ".join(repr(float(v)) for v in a.ravel())


lines = [f"# sklearn {sklearn.__version__}, numpy {np.__version__}", fmt("X", X),
         fmt("y_binary", y_binary), fmt("y_multi", y_multi), fmt("y_reg", y_reg)]
for name, cls, y, hidden, activation, solver, extra in CASES:
    model = cls(hidden_layer_sizes=hidden, activation=activation, solver=solver, alpha=0.01,
                batch_size=len(X), learning_rate_init=0.1, max_iter=1, shuffle=False, random_state=3,
                momentum=0.9, **extra)
    initial = []
    original = model._fit_stochastic

    def capture(*args, **kwargs):
        initial.append(([c.copy() for c in model.coefs_], [b.copy() for b in model.intercepts_]))
        return original(*args, **kwargs)

    model._fit_stochastic = capture
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ConvergenceWarning)
        model.fit(X, y)
    lines.append(f"case {name} {activation} {solver} {'-'.join(map(str, hidden)) or 'none'} "
                 f"{extra.get('nesterovs_momentum', True)}")
    coefs0, intercepts0 = initial[0]
    for l, (c, b) in enumerate(zip(coefs0, intercepts0)):
        lines.append(fmt(f"coef0_{l}", c))
        lines.append(fmt(f"intercept0_{l}", b))
    for l, (c, b) in enumerate(zip(model.coefs_, model.intercepts_)):
        lines.append(fmt(f"coef1_{l}", c))
        lines.append(fmt(f"intercept1_{l}", b))
    lines.append(fmt("loss", [model.loss_]))
    if cls is MLPClassifier:
        lines.append(fmt("proba", model.predict_proba(X)))
    else:
        lines.append(fmt("prediction", model.predict(X)))

Path(__file__).with_name("golden_steps.txt").write_text("\n".join(lines) + "\n")
print("wrote", len(CASES), "cases")
