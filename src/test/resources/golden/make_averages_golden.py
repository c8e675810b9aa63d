"""Writes averages_golden.csv: every averaged figure sklearn 1.2.1 gives for seeded cases
(binary, 3-class, a class absent from the evaluated rows). Run with Debian's python3:
    /usr/bin/python3 make_averages_golden.py > averages_golden.csv
Columns: case, k (classes of the model), truth (space-separated), probabilities (rows separated by
'|', values by space, k columns), then the figures. Predictions are the argmax of the probabilities
(first on ties). AUC columns are 'nan' where sklearn leaves them undefined (a class absent from
y_true); the Java side then checks its own rule (mean over the classes that have a curve)."""
import numpy as np
from sklearn.metrics import accuracy_score, precision_recall_fscore_support, roc_auc_score
from sklearn.preprocessing import label_binarize

rng = np.random.default_rng(20261129)
cases = []
for name, k, n, absent in [("binary", 2, 15, None), ("binary_b", 2, 40, None), ("three", 3, 30, None),
                           ("three_b", 3, 60, None), ("four_absent", 4, 25, 3), ("ten_absent", 10, 12, None)]:
    if name == "ten_absent":
        truth = np.array([3] * 12)           # the kept drawings: every row one class
        p = rng.dirichlet(np.ones(k) * 0.3, size=n)
        p[:, 3] += 2.0                        # ...and every prediction right
        p /= p.sum(axis=1, keepdims=True)
    else:
        truth = rng.integers(0, k if absent is None else k - 1, size=n)
        p = rng.dirichlet(np.ones(k), size=n)
        for i in range(n):                   # informative, not perfect
            if rng.random() < 0.6:
                p[i, truth[i]] += 0.5
        if absent is not None:
            p[:, absent] *= 0.1              # never the argmax
        p /= p.sum(axis=1, keepdims=True)
        p = np.round(p, 6)
        p /= p.sum(axis=1, keepdims=True)
    cases.append((name, k, truth, p))

print("case,k,truth,probabilities,accuracy,precision_macro,recall_macro,f1_macro,"
      "precision_weighted,recall_weighted,f1_weighted,auc_macro,auc_micro")
for name, k, truth, p in cases:
    pred = p.argmax(axis=1)
    figs = [accuracy_score(truth, pred)]
    for avg in ("macro", "weighted"):
        pr, rc, f1, _ = precision_recall_fscore_support(truth, pred, average=avg, zero_division=0)
        figs += [pr, rc, f1]
    figs = figs[:1] + [figs[1], figs[2], figs[3], figs[4], figs[5], figs[6]]
    present = set(truth.tolist())
    if len(present) == k:
        if k == 2:
            macro = roc_auc_score(truth, p[:, 1])
            micro = roc_auc_score(label_binarize(truth, classes=[0, 1, 2])[:, :2], p, average="micro")
        else:
            macro = roc_auc_score(truth, p, multi_class="ovr", average="macro")
            micro = roc_auc_score(label_binarize(truth, classes=list(range(k))), p, average="micro")
    else:
        macro = micro = float("nan")
    figs += [macro, micro]
    print(",".join([name, str(k), " ".join(map(str, truth.tolist())),
                    "|".join(" ".join(repr(float(v)) for v in row) for row in p)]
                   + [repr(float(f)) for f in figs]))
