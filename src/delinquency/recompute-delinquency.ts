/**
 * Re-assesses a few accounts at once, inside the caller's transaction — for the payment
 * posting and payment import paths, so that a payment that cures an account shows at
 * once (state, transition, status, event). It does not accrue penalty interest (the
 * nightly cycle does) and does not touch the roll-rate snapshot (a nightly figure).
 */
import type { Db } from '../platform/db-types.ts';
import { assessAccount, type InstallmentFacts } from './assess-account.ts';
import { getBucketScheme, type BucketScheme } from './bucket-schemes.ts';
import type { BusinessCalendar } from './business-calendar.ts';
import { addDecision, emptyChangeSet, impliedStatus, type ChangeSet } from './change-set.ts';
import { civilOf, fromDayNumber, toDayNumber, todayInZone } from './day-number.ts';
import { NO_DAY, portfolioRules } from './delinquency-fold.ts';
import { loadBusinessCalendar } from './holidays.ts';
import { reconcileState, type StoredState } from './reconcile-state.ts';
import { writeChangeSet } from './write-change-set.ts';
import './tables.ts';
import '../portfolio/tables.ts';

export type RecomputeSummary = { accounts: number; changed: number; transitions: number; events: number; statusChanges: number };

type PortfolioFacts = { id: string; tenantId: string; calendar: BusinessCalendar; graceDays: number; scheme: BucketScheme; today: number };

async function portfoliosOf(tx: Db, portfolioIds: string[], asOf: number | null): Promise<Map<string, PortfolioFacts>> {
  const rows = portfolioIds.length
    ? await tx.selectFrom('portfolios').select(['id', 'tenant_id', 'timezone', 'holiday_calendar', 'grace_days', 'bucket_scheme']).where('id', 'in', portfolioIds).execute()
    : [];
  const cals = new Map<string, BusinessCalendar>();
  const out = new Map<string, PortfolioFacts>();
  for (const r of rows) {
    const today = asOf ?? toDayNumber(todayInZone(r.timezone));
    const year = civilOf(today).year;
    const key = `${r.tenant_id}/${r.holiday_calendar}`;
    let cal = cals.get(key);
    if (!cal) {
      cal = await loadBusinessCalendar(tx, { tenantId: r.tenant_id, code: r.holiday_calendar, years: [year - 3, year - 2, year - 1, year, year + 1] });
      cals.set(key, cal);
    }
    out.set(r.id, { id: r.id, tenantId: r.tenant_id, calendar: cal, graceDays: r.grace_days, scheme: getBucketScheme(r.bucket_scheme), today });
  }
  return out;
}

async function installmentsByAccount(tx: Db, ids: number[]): Promise<Map<number, InstallmentFacts[]>> {
  const rows = await tx.selectFrom('installments').selectAll().where('account_id', 'in', ids).execute();
  const out = new Map<number, InstallmentFacts[]>();
  for (const r of rows) {
    const list = out.get(r.account_id) ?? [];
    list.push({
      id: r.id,
      dueOn: toDayNumber(r.due_on),
      principalDue: r.principal_due,
      interestDue: r.interest_due,
      feeDue: r.fee_due,
      penaltyDue: r.penalty_due,
      principalPaid: r.principal_paid,
      interestPaid: r.interest_paid,
      feePaid: r.fee_paid,
      penaltyPaid: r.penalty_paid,
    });
    out.set(r.account_id, list);
  }
  return out;
}

/**
 * Re-assesses `accountIds` and writes what changed in `tx`. The business date of each
 * account is `asOf` ('YYYY-MM-DD'; null = today in its portfolio's time zone), but never
 * earlier than the date of its stored state: a payment posted after the nightly cycle
 * counts on the cycle's date even when the caller's clock (e.g. UTC) is still on the day
 * before.
 * @throws AppError INVALID_INPUT for a bad date
 */
export async function recomputeDelinquency(tx: Db, accountIds: readonly number[], asOf: string | null, actor = 'system:delinquency-recompute'): Promise<RecomputeSummary> {
  const asOfDay = asOf === null ? null : toDayNumber(asOf);
  const ids = [...new Set(accountIds)];
  const none: RecomputeSummary = { accounts: 0, changed: 0, transitions: 0, events: 0, statusChanges: 0 };
  if (ids.length === 0) return none;
  const accounts = await tx.selectFrom('accounts').select(['id', 'tenant_id', 'portfolio_id', 'status']).where('id', 'in', ids).execute();
  const portfolios = await portfoliosOf(tx, [...new Set(accounts.map((a) => a.portfolio_id))], asOfDay);
  const storedRows = await tx.selectFrom('account_delinquency').selectAll().where('account_id', 'in', ids).execute();
  const stored = new Map(storedRows.map((r) => [r.account_id, r]));
  const schedules = await installmentsByAccount(tx, ids);
  const sets = new Map<number, ChangeSet>();
  for (const a of accounts) {
    const pf = portfolios.get(a.portfolio_id);
    if (!pf) continue;
    const s = stored.get(a.id);
    const day = Math.max(pf.today, s ? toDayNumber(s.as_of) : 0);
    const r = portfolioRules(day, pf.graceDays, pf.calendar, pf.scheme);
    const cs = sets.get(day) ?? emptyChangeSet(fromDayNumber(day));
    sets.set(day, cs);
    const prior: StoredState | null = s
      ? {
          asOf: toDayNumber(s.as_of),
          bucket: r.scheme.labels.indexOf(s.bucket),
          prevBucket: s.prev_bucket === null ? -1 : r.scheme.labels.indexOf(s.prev_bucket),
          dpd: s.dpd,
          overduePrincipal: s.overdue_principal,
          overdueInterest: s.overdue_interest,
          overdueFee: s.overdue_fee,
          overduePenalty: s.overdue_penalty,
          outstanding: s.outstanding_minor,
          oldestUnpaidDue: s.oldest_unpaid_due_on === null ? NO_DAY : toDayNumber(s.oldest_unpaid_due_on),
        }
      : null;
    const x = assessAccount({ rules: r, installments: schedules.get(a.id) ?? [] });
    const rec = reconcileState(prior, { bucket: x.bucket, dpd: x.dpd, overduePrincipal: x.overdue.principal, overdueInterest: x.overdue.interest, overdueFee: x.overdue.fee, overduePenalty: x.overdue.penalty, outstanding: x.outstanding, oldestUnpaidDue: x.oldestUnpaidDueOn ?? NO_DAY }, day);
    const implied = impliedStatus(a.status, x.dpd);
    if (implied && implied !== a.status) cs.statusChanges.push({ accountId: a.id, from: a.status as 'current', to: implied });
    addDecision(
      cs,
      rec,
      {
        accountId: a.id,
        tenantId: a.tenant_id,
        portfolioId: a.portfolio_id,
        asOf: cs.asOf,
        dpd: x.dpd,
        bucket: x.bucketLabel,
        prevBucket: rec.yesterday < 0 ? null : r.scheme.labels[rec.yesterday],
        overduePrincipal: x.overdue.principal,
        overdueInterest: x.overdue.interest,
        overdueFee: x.overdue.fee,
        overduePenalty: x.overdue.penalty,
        outstanding: x.outstanding,
        oldestUnpaidDueOn: x.oldestUnpaidDueOn === null ? null : fromDayNumber(x.oldestUnpaidDueOn),
        penaltyThrough: s?.penalty_through ?? null,
      },
      s?.bucket ?? null,
      actor,
    );
  }
  const out: RecomputeSummary = { ...none, accounts: accounts.length };
  for (const cs of sets.values()) {
    await writeChangeSet(tx, cs);
    out.changed += cs.rows.length;
    out.transitions += cs.transitions.length;
    out.events += cs.events.length;
    out.statusChanges += cs.statusChanges.length;
  }
  return out;
}
