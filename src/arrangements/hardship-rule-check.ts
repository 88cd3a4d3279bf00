/**
 * Checks a programme's eligibility rules before it is saved (pure): each rule must name a
 * fact the application knows (`ruleFacts`), use an operator that fits the fact's type and
 * give a value of that type (`in` / `not_in` a non-empty list, `exists` no value). A rule
 * that can never be evaluated as meant would otherwise make every application fail.
 */
import { bucketSchemes } from '../delinquency/index.ts';
import type { ErrorDetail } from '../platform/errors.ts';
import { ProductInput, type AccountStatus } from '../portfolio/index.ts';
import type { EligibilityRule } from './hardship-rules.ts';

type FactType = { kind: 'integer' | 'date' | 'text' | 'flag'; values?: readonly string[] };

const accountStatuses: Record<AccountStatus, true> = { current: true, delinquent: true, charged_off: true, in_legal: true, placed: true, sold: true, settled: true, closed: true };

/** The facts a rule may name (see `ruleFacts` in hardship-applications.ts), besides `flag:<name>`. */
export const ruleFactTypes: Record<string, FactType> = {
  dpd: { kind: 'integer' },
  outstandingMinor: { kind: 'integer' },
  overdueMinor: { kind: 'integer' },
  bucket: { kind: 'text', values: [...Object.values(bucketSchemes).flatMap((s) => s.labels)] },
  accountStatus: { kind: 'text', values: Object.keys(accountStatuses) },
  portfolioCode: { kind: 'text' },
  productKind: { kind: 'text', values: ProductInput.shape.kind.options },
  openedOn: { kind: 'date' },
  borrowerLocale: { kind: 'text', values: ['en', 'zh-CN'] },
  currency: { kind: 'text' },
};

const ordering = new Set(['lt', 'lte', 'gt', 'gte']);
const lists = new Set(['in', 'not_in']);

function factType(fact: string): FactType | null {
  if (/^flag:[^\s]+$/.test(fact)) return { kind: 'flag' };
  return Object.hasOwn(ruleFactTypes, fact) ? ruleFactTypes[fact] : null;
}

function isRealDate(v: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v);
}

/** Why `v` is not a value of the fact (null when it is). */
function valueProblem(t: FactType, fact: string, op: string, v: unknown): string | null {
  const got = JSON.stringify(v);
  switch (t.kind) {
    case 'integer':
      return typeof v === 'number' && Number.isSafeInteger(v) ? null : `must be a whole number for ${fact} (got ${got})`;
    case 'date':
      return typeof v === 'string' && isRealDate(v) ? null : `must be a date YYYY-MM-DD for ${fact} (got ${got})`;
    case 'text':
      if (typeof v !== 'string') return `must be text for ${fact} (got ${got})`;
      return !t.values || t.values.includes(v) ? null : `${got} is not a value of ${fact}: use one of ${t.values.join(', ')}`;
    case 'flag':
      if (ordering.has(op)) return typeof v === 'number' ? null : `must be a number for ${op} on ${fact} (got ${got})`;
      return ['string', 'number', 'boolean'].includes(typeof v) ? null : `must be text, a number or true/false for ${fact} (got ${got})`;
  }
}

function checkRule(rule: EligibilityRule, at: string): ErrorDetail[] {
  const t = factType(rule.fact);
  if (!t) return [{ path: `${at}.fact`, message: `unknown fact ${JSON.stringify(rule.fact)}: use one of ${Object.keys(ruleFactTypes).join(', ')} or flag:<name>` }];
  if (ordering.has(rule.op) && t.kind === 'text') return [{ path: `${at}.op`, message: `${rule.op} does not apply to ${rule.fact} (text): use eq, ne, in, not_in or exists` }];
  if (rule.op === 'exists') return rule.value === undefined ? [] : [{ path: `${at}.value`, message: 'exists takes no value' }];
  if (rule.value === undefined) return [{ path: `${at}.value`, message: `${rule.op} needs a value` }];
  if (lists.has(rule.op)) {
    if (!Array.isArray(rule.value)) return [{ path: `${at}.value`, message: `${rule.op} needs a list of values, e.g. [${JSON.stringify(rule.value)}] (got ${JSON.stringify(rule.value)})` }];
    if (rule.value.length === 0) return [{ path: `${at}.value`, message: `${rule.op} needs at least one value` }];
    return rule.value.flatMap((v, i) => {
      const p = valueProblem(t, rule.fact, rule.op, v);
      return p ? [{ path: `${at}.value[${i}]`, message: p }] : [];
    });
  }
  if (Array.isArray(rule.value)) return [{ path: `${at}.value`, message: `${rule.op} takes one value, not a list (use in for a list)` }];
  const p = valueProblem(t, rule.fact, rule.op, rule.value);
  return p ? [{ path: `${at}.value`, message: p }] : [];
}

/**
 * Every problem of a programme's eligibility rules, located (`eligibility[1].value`); empty when all are sound.
 * @example checkEligibilityRules([{ fact: 'dpd', op: 'gte', value: 'abc' }]) // [{ path: 'eligibility[0].value', message: 'must be a whole number for dpd (got "abc")' }]
 */
export function checkEligibilityRules(rules: readonly EligibilityRule[], field = 'eligibility'): ErrorDetail[] {
  return rules.flatMap((r, i) => checkRule(r, `${field}[${i}]`));
}
