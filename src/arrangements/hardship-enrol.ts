/**
 * Bulk enrolment in a relief programme from a CSV file (UTF-8, header row; columns
 * `account_external_id` and optional `note`): each eligible account gets an approved
 * application (source `bulk`) and the programme's relief applied to its schedule, one
 * transaction per row so that a bad row never undoes the good ones. Every skipped row is
 * reported with its location (`file:row:field`) and reason.
 */
import { parse } from 'csv-parse';
import { Readable } from 'node:stream';
import type { Kysely } from 'kysely';
import { actorRef, type Actor } from '../platform/actor.ts';
import { AppError, type ErrorDetail } from '../platform/errors.ts';
import type { Database } from '../platform/db-types.ts';
import { recordEvent } from '../platform/events.ts';
import { appendEvidence } from '../evidence/index.ts';
import { getAccountFacts } from './account-facts.ts';
import { getProgramme } from './hardship-programmes.ts';
import { ruleFacts } from './hardship-applications.ts';
import { applyReliefToAccount } from './hardship-relief.ts';
import { evaluateEligibility } from './hardship-rules.ts';
import './tables.ts';

export type EnrolResult = { rows: number; enrolled: number; skipped: number; errors: ErrorDetail[] };

/**
 * Enrols the accounts listed in `csv` (a Buffer, string or stream).
 * @throws AppError NOT_FOUND (programme), INVALID_INPUT (no account_external_id column)
 */
export async function enrolFromCsv(db: Kysely<Database>, actor: Actor, q: { programme: number | string; fileName: string; csv: Buffer | string | Readable; ignoreEligibility?: boolean; onProgress?: (n: number) => void }): Promise<EnrolResult> {
  const prog = await getProgramme(db, actor.tenantId, q.programme);
  const input = q.csv instanceof Readable ? q.csv : Readable.from([q.csv]);
  const parser = input.pipe(parse({ columns: (h: string[]) => h.map((x) => x.replace(/^\uFEFF/, '').trim()), skip_empty_lines: true, trim: true, relax_column_count: false }));
  const res: EnrolResult = { rows: 0, enrolled: 0, skipped: 0, errors: [] };
  const skip = (line: number, field: string, message: string) => {
    res.skipped++;
    res.errors.push({ path: `${q.fileName}:${line}:${field}`, message });
  };
  try {
    for await (const rec of parser as AsyncIterable<Record<string, string>>) {
      res.rows++;
      const line = res.rows + 1;
      const ext = rec.account_external_id;
      if (ext === undefined) throw new AppError('INVALID_INPUT', { message: `${q.fileName}: the header has no account_external_id column`, details: [{ path: `${q.fileName}:1`, message: 'missing column account_external_id' }] });
      if (!ext) {
        skip(line, 'account_external_id', 'empty');
        continue;
      }
      try {
        const ok = await enrolOne(db, actor, prog.id, prog.code, prog.relief, prog.eligibility, ext, rec.note, q.ignoreEligibility ?? false);
        if (ok === true) res.enrolled++;
        else skip(line, ok.field, ok.message);
      } catch (e) {
        skip(line, 'account_external_id', e instanceof Error ? e.message : String(e));
      }
      if (res.rows % 500 === 0) q.onProgress?.(res.rows);
    }
  } catch (e) {
    if (e instanceof AppError) throw e;
    const m = e instanceof Error ? e.message : String(e);
    throw new AppError('INVALID_INPUT', { message: `${q.fileName}: ${m}`, details: [...res.errors, { path: `${q.fileName}:${res.rows + 2}`, message: m }] });
  }
  return res;
}

async function enrolOne(
  db: Kysely<Database>, actor: Actor, programmeId: number, code: string, relief: Parameters<typeof applyReliefToAccount>[1]['relief'],
  rules: Parameters<typeof evaluateEligibility>[0], ext: string, note: string | undefined, ignoreEligibility: boolean,
): Promise<true | { field: string; message: string }> {
  return db.transaction().execute(async (tx) => {
    const a = await tx.selectFrom('accounts').select('id').where('tenant_id', '=', actor.tenantId).where('external_id', '=', ext).executeTakeFirst();
    if (!a) return { field: 'account_external_id', message: `unknown account ${ext}` };
    const acct = await getAccountFacts(tx, actor.tenantId, a.id);
    const eligibility = evaluateEligibility(rules, ruleFacts(acct));
    if (!eligibility.eligible && !ignoreEligibility) {
      const failed = eligibility.results.filter((r) => !r.passed).map((r) => `${r.rule.label ?? `${r.rule.fact} ${r.rule.op} ${JSON.stringify(r.rule.value)}`} (is ${JSON.stringify(r.actual)})`);
      return { field: 'account_external_id', message: `not eligible: ${failed.join('; ')}` };
    }
    const open = await tx.selectFrom('hardship_applications').select('id').where('programme_id', '=', programmeId).where('account_id', '=', a.id).where('status', 'in', ['submitted', 'in_review', 'approved']).executeTakeFirst();
    if (open) return { field: 'account_external_id', message: `already has application ${open.id} in this programme` };
    const app = await tx.insertInto('hardship_applications').values({
      tenant_id: actor.tenantId, programme_id: programmeId, account_id: a.id, borrower_id: acct.borrowerId, source: 'bulk', statement: note ?? '',
      status: 'approved', eligibility: JSON.stringify(eligibility), fraud_signals: '[]', decided_by: actorRef(actor), decided_at: new Date(), decision_note: 'bulk enrolment', actor: actorRef(actor),
    }).returning('id').executeTakeFirstOrThrow();
    const changes = await applyReliefToAccount(tx, { tenantId: actor.tenantId, accountId: a.id, applicationId: app.id, relief, asOf: acct.today });
    const fact = { applicationId: app.id, programme: code, accountId: a.id, decision: 'approved', source: 'bulk', scheduleChanges: changes.length };
    await recordEvent(tx, { tenantId: actor.tenantId, name: 'hardship.decided', aggregateType: 'hardship_application', aggregateId: app.id, payload: fact, actor: actorRef(actor) });
    await appendEvidence(tx, { tenantId: actor.tenantId, kind: 'hardship.decided', subjectType: 'hardship_application', subjectId: app.id, actor: actorRef(actor), fact });
    return true;
  });
}
