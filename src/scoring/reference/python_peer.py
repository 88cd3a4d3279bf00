#!/usr/bin/python3
"""Python peer for `npm run bench -- scorecard` (src/scoring/scorecard.bench.ts).

Reads the benchmark data written by bench-data.ts (float64 column-major + JSON header),
then times, on the same rows and characteristics:
  binning : numpy quantile fine classes (20) per numeric column + bincount per category,
            WOE/IV per fine class, and WOE transform of every row (no monotone merging,
            so the peer does strictly less work than Recoup's binning);
  fit     : sklearn LogisticRegression(penalty=None, lbfgs) on the WOE matrix;
  score   : raw values → WOE (searchsorted / category lookup with the fitted tables) and
            predict_proba over all rows (rows per second), i.e. what scoring raw data costs;
  auc_ks  : sklearn roc_auc_score + KS from roc_curve.
Prints one JSON object of timings in seconds.

    /usr/bin/python3 src/scoring/reference/python_peer.py DATA.bin
"""
import json
import sys
import time

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score, roc_curve


def woe_table(bins, y, k):
    bad = np.bincount(bins, weights=y, minlength=k)
    tot = np.bincount(bins, minlength=k).astype(float)
    good = tot - bad
    pb = (bad + 0.5) / y.sum()
    pg = (good + 0.5) / (len(y) - y.sum())
    woe = np.log(pb / pg)
    return woe, float(((pb - pg) * woe).sum())


def main(path):
    meta = json.load(open(path + '.json'))
    n, cols = meta['rows'], meta['columns']
    data = np.fromfile(path, dtype=np.float64).reshape(len(cols) + 1, n)
    y = data[-1]
    t0 = time.perf_counter()
    woe = np.empty((n, len(cols)))
    tables = []
    for j, c in enumerate(cols):
        x = data[j]
        if c['kind'] == 'numeric':
            cuts = np.unique(np.quantile(x, np.linspace(0, 1, 21)[1:-1]))
            bins = np.searchsorted(cuts, x, side='right')
            k = len(cuts) + 1
        else:
            cuts = None
            bins = x.astype(np.int64)
            k = int(bins.max()) + 1
        table, _iv = woe_table(bins, y, k)
        tables.append((cuts, table))
        woe[:, j] = table[bins]
    t1 = time.perf_counter()
    model = LogisticRegression(penalty=None, solver='lbfgs', max_iter=1000, tol=1e-8)
    model.fit(woe, y)
    t2 = time.perf_counter()
    scored = np.empty((n, len(cols)))
    for j, (cuts, table) in enumerate(tables):
        x = data[j]
        bins = np.searchsorted(cuts, x, side='right') if cuts is not None else x.astype(np.int64)
        scored[:, j] = table[bins]
    p = model.predict_proba(scored)[:, 1]
    t3 = time.perf_counter()
    auc = roc_auc_score(y, p)
    fpr, tpr, _ = roc_curve(y, p)
    ks = float(np.max(tpr - fpr))
    t4 = time.perf_counter()
    print(json.dumps({'binning': t1 - t0, 'fit': t2 - t1, 'score': t3 - t2, 'auc_ks': t4 - t3, 'rows': n, 'auc': auc, 'ks': ks}))


if __name__ == '__main__':
    main(sys.argv[1])
