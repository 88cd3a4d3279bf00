/**
 * Bulk enrolment in a relief programme from a CSV file (UTF-8, header row; columns
 * `account_external_id` and optional `note`). The whole file is read and checked first
 * (read-enrol-file.ts): a malformed file enrols nobody and every bad line is reported.
 * Then each listed account gets an approved application (source `bulk`) and the
 * programme's relief applied to its schedule, one transaction per row. Rows that are
 * well-formed but cannot be enrolled are skipped and reported, with their line and reason:
 * an unknown account, one the programme's rules exclude, one already enrolled, or a row
 * repeating an account of an earlier line (enrolled once).
 */
import type { Kysely } from 'kysely';
import { Readable } from 'node:stream';
import { actorRef, type Actor } from '../platform/actor.ts';
import { AppError } from '../platform/errors.ts';
import type { Database } from '../platform/db-types.ts';
import { recordEvent } from '../platform/events.ts';
import { appendEvidence } from '../evidence/index.ts';
import { getAccountFacts } from './account-facts.ts';
import { getProgramme, type HardshipProgramme } from './hardship-programmes.ts';
import { ruleFacts } from './hardship-applications.ts';
import { applyReliefToAccount } from './hardship-relief.ts';
import { evaluateEligibility } from './hardship-rules.ts';
import { enrolFileText, readEnrolFile, type EnrolRow } from './read-enrol-file.ts';
import './tables.ts';

export type EnrolSkipReason = 'unknown_account' | 'not_eligible' | 'already_enrolled' | 'duplicate_row';
export type EnrolSkip = { line: number; path: string; accountExternalId: string; reason: EnrolSkipReason; message: string; messageZh: string };
export type EnrolResult = { rows: number; enrolled: number; skipped: number; skippedRows: EnrolSkip[] };
type Outcome = true | { reason: EnrolSkipReason; message: string; messageZh: string };

async function bytesOf(csv: Buffer | string | Readable): Promise<Buffer | string> {
  if (!(csv instanceof Readable)) return csv;
  const chunks: Buffer[] = [];
  for await (const chunk of csv) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks);
}

/**
 * Enrols the accounts listed in `csv` (a Buffer, string or stream), after checking the whole file.
 * @throws AppError NOT_FOUND (programme), INVALID_INPUT (a malformed file: nobody enrolled, every bad line in `details`)
 */
export async function enrolFromCsv(db: Kysely<Database>, actor: Actor, q: { programme: number | string; fileName: string; csv: Buffer | string | Readable; ignoreEligibility?: boolean; onProgress?: (n: number) => void }): Promise<EnrolResult> {
  const prog = await getProgramme(db, actor.tenantId, q.programme);
  const rows = readEnrolFile(enrolFileText(await bytesOf(q.csv), q.fileName), q.fileName);
  const res: EnrolResult = { rows: rows.length, enrolled: 0, skipped: 0, skippedRows: [] };
  const firstLine = new Map<string, number>();
  for (const [k, row] of rows.entries()) {
    const seen = firstLine.get(row.accountExternalId);
    if (seen === undefined) firstLine.set(row.accountExternalId, row.line);
    const out: Outcome = seen !== undefined
      ? { reason: 'duplicate_row', message: `the same account as line ${seen}: listed once is enough`, messageZh: `与第 ${seen} 行是同一账户，只处理一次` }
      : await enrolRow(db, actor, prog, row, q.ignoreEligibility ?? false, res.enrolled);
    if (out === true) res.enrolled++;
    else res.skippedRows.push({ line: row.line, path: `${q.fileName}:${row.line}:account_external_id`, accountExternalId: row.accountExternalId, ...out });
    if ((k + 1) % 500 === 0) q.onProgress?.(k + 1);
  }
  res.skipped = res.skippedRows.length;
  return res;
}

/** One row in its own transaction; an unexpected failure stops the run and says how far it got. */
async function enrolRow(db: Kysely<Database>, actor: Actor, prog: HardshipProgramme, row: EnrolRow, ignoreEligibility: boolean, enrolledSoFar: number): Promise<Outcome> {
  try {
    return await db.transaction().execute((tx) => enrolOne(tx, actor, prog, row, ignoreEligibility));
  } catch (cause) {
    throw new AppError('UNAVAILABLE', {
      message: `enrolment stopped at line ${row.line} (${row.accountExternalId}) after ${enrolledSoFar} accounts were enrolled: ${cause instanceof Error ? cause.message : String(cause)}; run it again: enrolled accounts are skipped as already enrolled`,
      cause,
    });
  }
}

async function enrolOne(tx: Kysely<Database>, actor: Actor, prog: HardshipProgramme, row: EnrolRow, ignoreEligibility: boolean): Promise<Outcome> {
  const ext = row.accountExternalId;
  const a = await tx.selectFrom('accounts').select('id').where('tenant_id', '=', actor.tenantId).where('external_id', '=', ext).executeTakeFirst();
  if (!a) return { reason: 'unknown_account', message: `unknown account ${ext}`, messageZh: `账户 ${ext} 不存在` };
  const acct = await getAccountFacts(tx, actor.tenantId, a.id);
  const eligibility = evaluateEligibility(prog.eligibility, ruleFacts(acct));
  if (!eligibility.eligible && !ignoreEligibility) {
    const failed = eligibility.results.filter((r) => !r.passed).map((r) => `${r.rule.label ?? `${r.rule.fact} ${r.rule.op} ${JSON.stringify(r.rule.value)}`} (is ${JSON.stringify(r.actual)})`);
    return { reason: 'not_eligible', message: `not eligible: ${failed.join('; ')}`, messageZh: `不符合方案条件：${failed.join('；')}` };
  }
  const open = await tx.selectFrom('hardship_applications').select('id').where('programme_id', '=', prog.id).where('account_id', '=', a.id).where('status', 'in', ['submitted', 'in_review', 'approved']).executeTakeFirst();
  if (open) return { reason: 'already_enrolled', message: `already has application ${open.id} in this programme`, messageZh: `已有本方案的申请 ${open.id}` };
  const app = await tx.insertInto('hardship_applications').values({
    tenant_id: actor.tenantId, programme_id: prog.id, account_id: a.id, borrower_id: acct.borrowerId, source: 'bulk', statement: row.note ?? '',
    status: 'approved', eligibility: JSON.stringify(eligibility), fraud_signals: '[]', decided_by: actorRef(actor), decided_at: new Date(), decision_note: 'bulk enrolment', actor: actorRef(actor),
  }).returning('id').executeTakeFirstOrThrow();
  const changes = await applyReliefToAccount(tx, { tenantId: actor.tenantId, accountId: a.id, applicationId: app.id, relief: prog.relief, asOf: acct.today });
  const fact = { applicationId: app.id, programme: prog.code, accountId: a.id, decision: 'approved', source: 'bulk', scheduleChanges: changes.length };
  await recordEvent(tx, { tenantId: actor.tenantId, name: 'hardship.decided', aggregateType: 'hardship_application', aggregateId: app.id, payload: fact, actor: actorRef(actor) });
  await appendEvidence(tx, { tenantId: actor.tenantId, kind: 'hardship.decided', subjectType: 'hardship_application', subjectId: app.id, actor: actorRef(actor), fact });
  return true;
}
