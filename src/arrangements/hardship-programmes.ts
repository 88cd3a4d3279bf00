/** Hardship relief programmes: create, list, get, close. Eligibility and relief are data (hardship-rules.ts). */
import { actorRef, type Actor } from '../platform/actor.ts';
import { AppError } from '../platform/errors.ts';
import type { Db } from '../platform/db-types.ts';
import { writeAudit } from '../platform/audit.ts';
import { checkEligibilityRules } from './hardship-rule-check.ts';
import { eligibilityRule, reliefSpec, type EligibilityRule, type ReliefSpec } from './hardship-rules.ts';
import './tables.ts';

export type HardshipProgramme = {
  id: number; code: string; name: string; description: string | null; eligibility: EligibilityRule[]; relief: ReliefSpec;
  opensOn: string; closesOn: string | null; active: boolean; createdAt: Date;
};

export type CreateProgrammeInput = { code: string; name: string; description?: string; eligibility: EligibilityRule[]; relief: ReliefSpec; opensOn: string; closesOn?: string };

type Row = { id: number; code: string; name: string; description: string | null; eligibility: unknown; relief: unknown; opens_on: string; closes_on: string | null; active: boolean; created_at: Date };

function toProgramme(r: Row): HardshipProgramme {
  return { id: r.id, code: r.code, name: r.name, description: r.description, eligibility: eligibilityRule.array().parse(r.eligibility), relief: reliefSpec.parse(r.relief), opensOn: r.opens_on, closesOn: r.closes_on, active: r.active, createdAt: r.created_at };
}

/**
 * Opens a programme. Its eligibility rules are checked first (known facts, operators that
 * fit the fact's type, values of that type: `checkEligibilityRules`), every problem located.
 * @throws AppError INVALID_INPUT (rules or relief), CONFLICT (code taken)
 */
export async function createProgramme(tx: Db, actor: Actor, input: CreateProgrammeInput): Promise<HardshipProgramme> {
  const rules = eligibilityRule.array().safeParse(input.eligibility);
  const relief = reliefSpec.safeParse(input.relief);
  const details = [
    ...(rules.success ? checkEligibilityRules(rules.data) : rules.error.issues.map((i) => ({ path: `eligibility.${i.path.join('.')}`, message: i.message }))),
    ...(relief.success ? [] : relief.error.issues.map((i) => ({ path: `relief.${i.path.join('.')}`, message: i.message }))),
  ];
  if (input.closesOn && input.closesOn < input.opensOn) details.push({ path: 'closesOn', message: 'is before opensOn' });
  if (details.length) {
    throw new AppError('INVALID_INPUT', {
      message: `the programme is not valid (${details.length} problem${details.length === 1 ? '' : 's'}): ${details.map((d) => `${d.path}: ${d.message}`).join('; ')}`,
      userMessage: `方案无效（${details.length} 处问题，见各字段说明），未创建 / the programme is not valid (${details.length} problem${details.length === 1 ? '' : 's'}, see each field); it was not created`,
      details,
    });
  }
  try {
    const r = await tx.insertInto('hardship_programmes').values({
      tenant_id: actor.tenantId, code: input.code, name: input.name, description: input.description ?? null, eligibility: JSON.stringify(input.eligibility),
      relief: JSON.stringify(input.relief), opens_on: input.opensOn, closes_on: input.closesOn ?? null, actor: actorRef(actor),
    }).returningAll().executeTakeFirstOrThrow();
    await writeAudit(tx, { tenantId: actor.tenantId, actor: actorRef(actor), action: 'hardship_programme.create', subjectType: 'hardship_programme', subjectId: r.id, detail: { code: input.code } });
    return toProgramme(r as Row);
  } catch (cause) {
    if ((cause as { code?: string }).code === '23505') throw new AppError('CONFLICT', { message: `a programme with code ${input.code} exists`, cause });
    throw cause;
  }
}

/** By id or code. @throws AppError NOT_FOUND */
export async function getProgramme(db: Db, tenantId: string, idOrCode: number | string): Promise<HardshipProgramme> {
  let q = db.selectFrom('hardship_programmes').selectAll().where('tenant_id', '=', tenantId);
  q = typeof idOrCode === 'number' ? q.where('id', '=', idOrCode) : q.where('code', '=', idOrCode);
  const r = await q.executeTakeFirst();
  if (!r) throw new AppError('NOT_FOUND', { message: `hardship programme ${idOrCode} not found` });
  return toProgramme(r as Row);
}

/** All programmes of the tenant, newest first. */
export async function listProgrammes(db: Db, tenantId: string): Promise<HardshipProgramme[]> {
  const rows = await db.selectFrom('hardship_programmes').selectAll().where('tenant_id', '=', tenantId).orderBy('id', 'desc').execute();
  return rows.map((r) => toProgramme(r as Row));
}

/** Closes a programme to new applications. */
export async function closeProgramme(tx: Db, actor: Actor, id: number): Promise<HardshipProgramme> {
  await getProgramme(tx, actor.tenantId, id);
  await tx.updateTable('hardship_programmes').set({ active: false }).where('id', '=', id).execute();
  await writeAudit(tx, { tenantId: actor.tenantId, actor: actorRef(actor), action: 'hardship_programme.close', subjectType: 'hardship_programme', subjectId: id });
  return getProgramme(tx, actor.tenantId, id);
}

/** True when the programme takes applications on `date`. */
export function isOpenOn(p: HardshipProgramme, date: string): boolean {
  return p.active && p.opensOn <= date && (!p.closesOn || date <= p.closesOn);
}
