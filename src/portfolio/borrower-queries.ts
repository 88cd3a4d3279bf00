/**
 * Read side of borrowers: lists and details with masked contact points. The decrypted
 * national id is never returned (only whether one is on file).
 */
import type { Db } from '../platform/db-types.ts';
import { AppError } from '../platform/errors.ts';
import { decodeCursor, pageOf } from '../platform/cursor.ts';

export type BorrowerView = {
  id: number; externalId: string; fullName: string; locale: string; timezone: string; dateOfBirth: string | null;
  hasNationalId: boolean; flags: Record<string, unknown>; createdAt: Date; updatedAt: Date;
};

export type ContactPointView = {
  id: number; kind: string; valueMasked: string; numberType: string | null; timezone: string | null; source: string; consent: boolean;
  verified: boolean; doNotUse: boolean; employerProvided: boolean; relatedPartyId: number | null;
};

function baseQuery(db: Db, tenantId: string) {
  return db
    .selectFrom('borrowers')
    .select(['id', 'external_id', 'full_name', 'locale', 'timezone', 'date_of_birth', 'national_id_bidx', 'flags', 'created_at', 'updated_at'])
    .where('tenant_id', '=', tenantId);
}

type Row = Awaited<ReturnType<ReturnType<typeof baseQuery>['executeTakeFirstOrThrow']>>;

function view(r: Row): BorrowerView {
  return {
    id: r.id, externalId: r.external_id, fullName: r.full_name, locale: r.locale, timezone: r.timezone, dateOfBirth: r.date_of_birth,
    hasNationalId: r.national_id_bidx !== null, flags: r.flags, createdAt: r.created_at, updatedAt: r.updated_at,
  };
}

/** A page of the tenant's borrowers by id. */
export async function listBorrowers(db: Db, q: { tenantId: string; cursor?: string; limit: number }): Promise<{ items: BorrowerView[]; nextCursor: string | null }> {
  const rows = await baseQuery(db, q.tenantId).where('id', '>', decodeCursor(q.cursor)).orderBy('id').limit(q.limit + 1).execute();
  const page = pageOf(rows, q.limit);
  return { items: page.items.map(view), nextCursor: page.nextCursor };
}

/**
 * One borrower with masked contact points, related parties and account ids.
 * @throws AppError NOT_FOUND (also for another tenant's borrower)
 */
export async function getBorrower(db: Db, tenantId: string, id: number) {
  const r = await baseQuery(db, tenantId).where('id', '=', id).executeTakeFirst();
  if (!r) throw new AppError('NOT_FOUND', { message: `borrower ${id} not found` });
  const contacts = await db
    .selectFrom('contact_points')
    .select(['id', 'kind', 'value_masked', 'number_type', 'timezone', 'source', 'consent', 'verified', 'do_not_use', 'employer_provided', 'related_party_id'])
    .where('tenant_id', '=', tenantId)
    .where('borrower_id', '=', id)
    .orderBy('id')
    .execute();
  const parties = await db
    .selectFrom('related_parties')
    .select(['id', 'external_id', 'full_name', 'relationship', 'debt_related', 'do_not_contact'])
    .where('tenant_id', '=', tenantId)
    .where('borrower_id', '=', id)
    .orderBy('id')
    .execute();
  const accounts = await db.selectFrom('accounts').select(['id', 'external_id', 'status']).where('tenant_id', '=', tenantId).where('borrower_id', '=', id).orderBy('id').execute();
  const contactPoints: ContactPointView[] = contacts.map((c) => ({
    id: c.id, kind: c.kind, valueMasked: c.value_masked, numberType: c.number_type, timezone: c.timezone, source: c.source, consent: c.consent,
    verified: c.verified, doNotUse: c.do_not_use, employerProvided: c.employer_provided, relatedPartyId: c.related_party_id,
  }));
  return {
    ...view(r),
    contactPoints,
    relatedParties: parties.map((p) => ({ id: p.id, externalId: p.external_id, fullName: p.full_name, relationship: p.relationship, debtRelated: p.debt_related, doNotContact: p.do_not_contact })),
    accounts: accounts.map((a) => ({ id: a.id, externalId: a.external_id, status: a.status })),
  };
}
