import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkEligibilityRules } from './hardship-rule-check.ts';
import type { EligibilityRule } from './hardship-rules.ts';

test('checkEligibilityRules: each bad rule is located and says what is wrong', () => {
  const cases: { rule: EligibilityRule; path: string; message: RegExp }[] = [
    { rule: { fact: 'nosuchfact', op: 'eq', value: 1 }, path: 'eligibility[0].fact', message: /unknown fact "nosuchfact": use one of dpd, .* or flag:<name>/ },
    { rule: { fact: 'flag:', op: 'exists' }, path: 'eligibility[0].fact', message: /unknown fact "flag:"/ },
    { rule: { fact: 'dpd', op: 'gte', value: 'abc' }, path: 'eligibility[0].value', message: /must be a whole number for dpd \(got "abc"\)/ },
    { rule: { fact: 'outstandingMinor', op: 'lt', value: 10.5 }, path: 'eligibility[0].value', message: /whole number/ },
    { rule: { fact: 'dpd', op: 'lte' }, path: 'eligibility[0].value', message: /lte needs a value/ },
    { rule: { fact: 'dpd', op: 'eq', value: [30, 60] }, path: 'eligibility[0].value', message: /takes one value, not a list/ },
    { rule: { fact: 'bucket', op: 'in', value: 'M1' }, path: 'eligibility[0].value', message: /in needs a list of values, e.g. \["M1"\]/ },
    { rule: { fact: 'bucket', op: 'not_in', value: [] }, path: 'eligibility[0].value', message: /at least one value/ },
    { rule: { fact: 'bucket', op: 'in', value: ['M1', 'M9'] }, path: 'eligibility[0].value[1]', message: /"M9" is not a value of bucket: use one of M0, .*120\+/ },
    { rule: { fact: 'bucket', op: 'gt', value: 'M1' }, path: 'eligibility[0].op', message: /gt does not apply to bucket \(text\)/ },
    { rule: { fact: 'accountStatus', op: 'eq', value: 'overdue' }, path: 'eligibility[0].value', message: /"overdue" is not a value of accountStatus/ },
    { rule: { fact: 'portfolioCode', op: 'eq', value: 7 }, path: 'eligibility[0].value', message: /must be text for portfolioCode/ },
    { rule: { fact: 'openedOn', op: 'lt', value: '2026-02-30' }, path: 'eligibility[0].value', message: /must be a date YYYY-MM-DD/ },
    { rule: { fact: 'flag:income', op: 'lt', value: 'low' }, path: 'eligibility[0].value', message: /must be a number for lt on flag:income/ },
    { rule: { fact: 'dpd', op: 'exists', value: true }, path: 'eligibility[0].value', message: /exists takes no value/ },
  ];
  for (const c of cases) {
    const problems = checkEligibilityRules([c.rule]);
    assert.deepEqual(problems.map((p) => p.path), [c.path], JSON.stringify(c.rule));
    assert.match(problems[0].message, c.message, JSON.stringify(c.rule));
  }
});

test('checkEligibilityRules: sound rules of every fact type pass, and problems of several rules are all reported', () => {
  const good: EligibilityRule[] = [
    { fact: 'dpd', op: 'lte', value: 90 },
    { fact: 'overdueMinor', op: 'in', value: [0, 100] },
    { fact: 'bucket', op: 'in', value: ['M1', 'M2', '30-59'] },
    { fact: 'accountStatus', op: 'not_in', value: ['closed', 'settled'] },
    { fact: 'productKind', op: 'eq', value: 'cash_loan' },
    { fact: 'openedOn', op: 'gte', value: '2024-02-29' },
    { fact: 'borrowerLocale', op: 'eq', value: 'zh-CN' },
    { fact: 'currency', op: 'eq', value: 'CNY' },
    { fact: 'flag:epidemic_region', op: 'eq', value: true },
    { fact: 'flag:household_size', op: 'gte', value: 3 },
    { fact: 'productKind', op: 'exists' },
  ];
  assert.deepEqual(checkEligibilityRules(good), []);
  const bad = checkEligibilityRules([{ fact: 'nosuchfact', op: 'eq', value: 1 }, { fact: 'dpd', op: 'gte', value: 'abc' }, { fact: 'bucket', op: 'in', value: 'M1' }]);
  assert.deepEqual(bad.map((p) => p.path), ['eligibility[0].fact', 'eligibility[1].value', 'eligibility[2].value']);
});
