#!/usr/bin/python3
"""Reference coefficients for Recoup's logistic regression (scoring/logistic-regression.ts).

Fits an unpenalised statsmodels Logit (Newton, intercept) on a fixed design built from the
German credit TRAIN split: the 7 numeric columns as they are, plus 0/1 dummies for chosen
levels of three categorical columns. Writes coefficients, standard errors and the
log-likelihood to german-logit.json, which logistic-regression.test.ts compares to 1e-6.

Produced with (Debian bookworm python3-statsmodels, python3-pandas):
    /usr/bin/python3 src/scoring/reference/statsmodels_reference.py
"""
import csv
import json
import os
import sys

import numpy as np
import statsmodels
import statsmodels.api as sm

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, '..', 'data', 'germancredit')

NUMERIC = [
    'duration_in_month',
    'credit_amount',
    'installment_rate_in_percentage_of_disposable_income',
    'present_residence_since',
    'age_in_years',
    'number_of_existing_credits_at_this_bank',
    'number_of_people_being_liable_to_provide_maintenance_for',
]
DUMMIES = [
    ('status_of_existing_checking_account', '... < 0 DM'),
    ('status_of_existing_checking_account', '0 <= ... < 200 DM'),
    ('status_of_existing_checking_account', '... >= 200 DM / salary assignments for at least 1 year'),
    ('credit_history', 'critical account/ other credits existing (not at this bank)'),
    ('credit_history', 'no credits taken/ all credits paid back duly'),
    ('savings_account_and_bonds', 'unknown/ no savings account'),
    ('housing', 'own'),
]
TARGET, BAD = 'creditability', 'bad'


def main() -> None:
    with open(os.path.join(DATA, 'germancredit.csv'), newline='', encoding='utf-8') as f:
        rows = list(csv.DictReader(f))
    with open(os.path.join(DATA, 'split.csv'), newline='', encoding='utf-8') as f:
        train = [int(r['row']) for r in csv.DictReader(f) if r['set'] == 'train']
    X, y = [], []
    for i in train:
        r = rows[i]
        X.append([float(r[c]) for c in NUMERIC] + [1.0 if r[c] == lvl else 0.0 for c, lvl in DUMMIES])
        y.append(1.0 if r[TARGET] == BAD else 0.0)
    X = sm.add_constant(np.array(X), prepend=True)
    res = sm.Logit(np.array(y), X).fit(method='newton', tol=1e-12, maxiter=100, disp=False)
    out = {
        'source': 'statsmodels %s Logit(method="newton", tol=1e-12) via %s' % (statsmodels.__version__, os.path.basename(__file__)),
        'command': '/usr/bin/python3 src/scoring/reference/statsmodels_reference.py',
        'data': 'src/scoring/data/germancredit/germancredit.csv, rows with set=train in split.csv',
        'target': {'column': TARGET, 'bad': BAD},
        'numeric': NUMERIC,
        'dummies': [{'column': c, 'level': lvl} for c, lvl in DUMMIES],
        'rows': len(y),
        'names': ['intercept'] + NUMERIC + ['%s=%s' % d for d in DUMMIES],
        'coefficients': [float(v) for v in res.params],
        'standardErrors': [float(v) for v in res.bse],
        'logLikelihood': float(res.llf),
        'converged': bool(res.mle_retvals['converged']),
    }
    with open(os.path.join(HERE, 'german-logit.json'), 'w', encoding='utf-8') as f:
        json.dump(out, f, indent=2, ensure_ascii=False)
        f.write('\n')
    print('wrote german-logit.json', file=sys.stderr)


if __name__ == '__main__':
    main()
