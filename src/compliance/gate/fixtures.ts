/**
 * Test and benchmark data for the gate: a portfolio, a borrower with accounts, contact points
 * and related parties, and contact history, inserted with plain Kysely (no import pipeline).
 * Contact point values are placeholders (the gate never reads them).
 */
import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import type { Db } from '../../platform/db-types.ts';
import '../../portfolio/tables.ts';
import '../tables.ts';

/** Creates a portfolio; returns its id. */
export async function insertPortfolio(db: Db, q: { tenantId: string; rulePack: 'US_REG_F' | 'UK_CONC' | 'CN_NIFA'; code?: string }): Promise<string> {
  const zone = { US_REG_F: 'America/New_York', UK_CONC: 'Europe/London', CN_NIFA: 'Asia/Shanghai' }[q.rulePack];
  const jur = { US_REG_F: 'US', UK_CONC: 'GB', CN_NIFA: 'CN' }[q.rulePack];
  const cur = { US_REG_F: 'USD', UK_CONC: 'GBP', CN_NIFA: 'CNY' }[q.rulePack];
  const row = await db
    .insertInto('portfolios')
    .values({ tenant_id: q.tenantId, code: q.code ?? `${q.rulePack}-${randomBytes(3).toString('hex')}`, name: `${q.rulePack} book`, jurisdiction: jur, rule_pack: q.rulePack, timezone: zone, currency: cur })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** A borrower created by `insertBorrower`. */
export type FixtureBorrower = { borrowerId: number; accountIds: number[]; mobileId: number; landlineId: number; emailId: number; spouseId: number; neighborId: number };

/** Creates a borrower with `accounts` accounts, a mobile, a home landline, an email, a spouse and a neighbour. */
export async function insertBorrower(
  db: Db,
  q: { tenantId: string; portfolioId: string; timezone: string; accounts?: number; externalId?: string; mobileConsent?: boolean; flags?: Record<string, unknown> },
): Promise<FixtureBorrower> {
  const ext = q.externalId ?? randomBytes(6).toString('hex');
  const b = await db
    .insertInto('borrowers')
    .values({ tenant_id: q.tenantId, external_id: ext, full_name: `Borrower ${ext}`, timezone: q.timezone, flags: sql`${JSON.stringify(q.flags ?? {})}::jsonb` })
    .returning('id')
    .executeTakeFirstOrThrow();
  const accountIds: number[] = [];
  for (let i = 0; i < (q.accounts ?? 1); i++) {
    const a = await db
      .insertInto('accounts')
      .values({ tenant_id: q.tenantId, portfolio_id: q.portfolioId, borrower_id: b.id, external_id: `${ext}-A${i + 1}`, currency: 'USD', principal_minor: 100_000, opened_on: '2025-01-15', status: 'delinquent' })
      .returning('id')
      .executeTakeFirstOrThrow();
    accountIds.push(a.id);
  }
  const point = async (kind: 'phone' | 'email', n: string, numberType: 'mobile' | 'home_landline' | null, consent: boolean, relatedPartyId: number | null = null) =>
    (
      await db
        .insertInto('contact_points')
        .values({
          tenant_id: q.tenantId, borrower_id: b.id, related_party_id: relatedPartyId, external_id: `${ext}-${n}`, kind,
          value_enc: randomBytes(16), value_bidx: randomBytes(16), value_masked: '***', number_type: numberType, consent,
        })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
  const party = async (n: string, relationship: 'spouse' | 'other') =>
    (await db.insertInto('related_parties').values({ tenant_id: q.tenantId, borrower_id: b.id, external_id: `${ext}-${n}`, full_name: n, relationship }).returning('id').executeTakeFirstOrThrow()).id;
  const spouseId = await party('spouse', 'spouse');
  const neighborId = await party('neighbour', 'other');
  return {
    borrowerId: b.id,
    accountIds,
    mobileId: await point('phone', 'M', 'mobile', q.mobileConsent ?? true),
    landlineId: await point('phone', 'H', 'home_landline', false),
    emailId: await point('email', 'E', null, true),
    spouseId,
    neighborId,
  };
}

/** One history row for `insertHistory`. */
export type FixtureEvent = {
  at: Date | string;
  channel?: 'phone' | 'sms' | 'email' | 'letter' | 'chat';
  kind?: 'call_attempt' | 'voicemail' | 'conversation' | 'sms' | 'email' | 'letter' | 'chat' | 'opt_out_request';
  accountId: number;
  actor?: string;
  actorKind?: 'agent' | 'robot' | 'system' | 'third_party_agency';
  contactPointId?: number | null;
  direction?: 'outbound' | 'inbound';
};

/** Inserts history rows for a borrower (as other workers would have). */
export async function insertHistory(db: Db, q: { tenantId: string; borrowerId: number; events: FixtureEvent[] }): Promise<void> {
  if (q.events.length === 0) return;
  await db
    .insertInto('contact_events')
    .values(
      q.events.map((e) => ({
        tenant_id: q.tenantId, borrower_id: q.borrowerId, account_id: e.accountId, at: new Date(e.at),
        channel: e.channel ?? 'phone', kind: e.kind ?? 'call_attempt', direction: e.direction ?? 'outbound',
        contact_point_id: e.contactPointId ?? null, actor: e.actor ?? 'robot:worker-a', actor_kind: e.actorKind ?? 'robot',
      })),
    )
    .execute();
}
