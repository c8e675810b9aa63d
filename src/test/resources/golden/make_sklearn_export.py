"""Trains small sklearn 1.2.1 models and exports them in MLP Playground's model format, as the
README's recipe does, with the outputs sklearn predicts for a few inputs, for ModelFileTest.
Run with Debian's python3:  /usr/bin/python3 make_sklearn_export.py"""
import json
from pathlib import Path

import numpy as np
from sklearn.datasets import make_blobs, make_regression
from sklearn.neural_network import MLPClassifier, MLPRegressor


def export(model, path, feature_names=None):
    doc = {
        "format": "mlp-playground-model",
        "version": 1,
        "estimator": type(model).__name__,
        "activation": model.activation,
        "out_activation": model.out_activation_,
        "coefs": [c.tolist() for c in model.coefs_],
        "intercepts": [b.tolist() for b in model.intercepts_],
        "hyperparameters": {k: v for k, v in model.get_params().items()
                            if isinstance(v, (int, float, str, bool, tuple)) and k != "verbose"},
        "loss_curve": list(getattr(model, "loss_curve_", [])),
    }
    if hasattr(model, "classes_"):
        doc["classes"] = model.classes_.tolist()   # ints, floats or strings, as sklearn holds them
    if feature_names:
        doc["feature_names"] = feature_names
    Path(path).write_text(json.dumps(doc))


here = Path(__file__).parent
x, y = make_blobs(n_samples=120, centers=3, n_features=4, random_state=0)
clf = MLPClassifier(hidden_layer_sizes=(6, 5), activation="tanh", max_iter=300, random_state=1).fit(x, y)
export(clf, here / "sklearn_classifier.json", ["a", "b", "c", "d"])
xr, yr = make_regression(n_samples=80, n_features=3, n_targets=2, random_state=0)
reg = MLPRegressor(hidden_layer_sizes=(7,), activation="relu", max_iter=500, random_state=2).fit(xr, yr)
export(reg, here / "sklearn_regressor.json")
lines = ["x " + " ".join(repr(float(v)) for v in x[:5].ravel()),
         "proba " + " ".join(repr(float(v)) for v in clf.predict_proba(x[:5]).ravel()),
         "xr " + " ".join(repr(float(v)) for v in xr[:5].ravel()),
         "pred " + " ".join(repr(float(v)) for v in reg.predict(xr[:5]).ravel())]
(here / "sklearn_export_expected.txt").write_text("\n".join(lines) + "\n")
# string class labels (sklearn keeps them sorted in classes_)
names = np.array(["Class_A", "Class_B", "Class_C"])[y]
clf_s = MLPClassifier(hidden_layer_sizes=(5,), max_iter=300, random_state=3).fit(x, names)
export(clf_s, here / "sklearn_string_classes.json")
(here / "sklearn_string_classes_expected.txt").write_text(
    "classes " + " ".join(clf_s.classes_.tolist()) + "\n"
    + "predict " + " ".join(clf_s.predict(x[:5]).tolist()) + "\n"
    + "proba " + " ".join(repr(float(v)) for v in clf_s.predict_proba(x[:5]).ravel()) + "\n")
print("exported")
