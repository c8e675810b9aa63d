"""The reference for `bench --digits`: the shipped model's forward pass in numpy and every metric
of the Digits tab's evaluation in scikit-learn (confusion matrix, report, ROC per class, micro and
macro), on the 10,000 test digits; median of 7 runs.
Run with Debian's python3 (python3-sklearn), from the project root:
    env -u OPENBLAS_NUM_THREADS /usr/bin/python3 bench/sklearn_digits_eval.py
"""
import gzip, json, time, numpy as np
from sklearn.metrics import confusion_matrix, classification_report, roc_curve, auc, roc_auc_score
from sklearn.preprocessing import label_binarize
d = json.load(gzip.open('resources/models/mnist-128.json.gz'))
W = [np.array(w) for w in d['coefs']]; b = [np.array(x) for x in d['intercepts']]
X = np.frombuffer(gzip.open('resources/datasets/mnist/t10k-images-idx3-ubyte.gz').read()[16:], dtype=np.uint8).reshape(-1, 784) / 255.0
y = np.frombuffer(gzip.open('resources/datasets/mnist/t10k-labels-idx1-ubyte.gz').read()[8:], dtype=np.uint8)
times = []
for _ in range(7):
    t = time.perf_counter()
    h = np.maximum(X @ W[0] + b[0], 0)
    z = h @ W[1] + b[1]
    p = np.exp(z - z.max(1, keepdims=True)); p /= p.sum(1, keepdims=True)
    pred = p.argmax(1)
    cm = confusion_matrix(y, pred); rep = classification_report(y, pred, output_dict=True)
    Y = label_binarize(y, classes=range(10))
    curves = [roc_curve(Y[:, c], p[:, c]) for c in range(10)]
    aucs = [auc(f, t_) for f, t_, _ in curves]
    fm, tm, _ = roc_curve(Y.ravel(), p.ravel())
    allf = np.unique(np.concatenate([c[0] for c in curves])); mt = np.zeros_like(allf)
    for f, t_, _ in curves: mt += np.interp(allf, f, t_)
    mt /= 10; macro = auc(allf, mt)
    times.append(time.perf_counter() - t)
print(f"sklearn/numpy: evaluate 10,000 test digits with every metric and ROC: median {1000*sorted(times)[3]:.0f} ms, accuracy {rep['accuracy']*100:.2f}%, micro AUC {auc(fm, tm):.4f}, macro AUC {macro:.4f}")
