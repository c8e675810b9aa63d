"""Prints the sklearn 1.2.1 figures that MetricsTest compares with (run with Debian's python3).
The inputs are written out in MetricsTest itself; the printed numbers are pasted there."""
import numpy as np
from sklearn.metrics import (classification_report, confusion_matrix, log_loss, mean_squared_error,
                             precision_recall_fscore_support, r2_score, roc_auc_score, roc_curve)

truth = [0, 1, 2, 2, 1, 0, 2, 1, 1, 0, 2, 2]
pred = [0, 2, 2, 2, 1, 0, 1, 1, 0, 0, 2, 1]
print(confusion_matrix(truth, pred).tolist())
for avg in (None, "macro", "weighted"):
    print(avg, [np.round(np.asarray(v, dtype=float), 12).tolist() if v is not None else None
                for v in precision_recall_fscore_support(truth, pred, average=avg)])
print(classification_report(truth, pred, digits=2))

scores = [0.9, 0.8, 0.8, 0.7, 0.6, 0.6, 0.6, 0.3, 0.2, 0.1]
labels = [1, 1, 0, 1, 0, 1, 0, 0, 1, 0]
fpr, tpr, thr = roc_curve(labels, scores)
print("fpr", fpr.tolist()); print("tpr", tpr.tolist()); print("thr", thr.tolist())
print("auc", repr(roc_auc_score(labels, scores)))

proba = np.array([[0.7, 0.2, 0.1], [0.1, 0.8, 0.1], [0.3, 0.3, 0.4], [0.0, 0.0, 1.0]])
print("logloss", repr(log_loss([0, 1, 0, 2], proba, labels=[0, 1, 2])))
yt = np.array([[1.0, 2.0], [2.0, 2.0], [3.0, 2.0], [4.0, 2.0]])
yp = np.array([[1.5, 2.0], [2.0, 2.5], [2.5, 2.0], [4.5, 2.0]])
print("mse", repr(mean_squared_error(yt, yp)), "r2", repr(r2_score(yt, yp)))
