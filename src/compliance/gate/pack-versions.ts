/**
 * Per-portfolio rule-pack parameters, versioned. Each change is a new version and opens a
 * four-eyes approval (`approvals.subject_type = 'compliance_pack'`, subject id = portfolio id,
 * subject version = the version number); a version takes effect once someone other than its
 * author approves it (through `POST /v1/approvals/:id/decision`), and the newest approved
 * version is the one the gate uses. Overrides are checked with `resolvePack` when proposed, so
 * a loosening override never reaches an approver.
 */
import { requestApproval } from '../../platform/approvals.ts';
import { writeAudit } from '../../platform/audit.ts';
import type { Db } from '../../platform/db-types.ts';
import { AppError } from '../../platform/errors.ts';
import { resolvePack, type PackParams, type RulePack } from '../rules/packs.ts';
import './tables.ts';
import '../../platform/tables.ts';
import '../../portfolio/tables.ts';

/** The approvals subject type of pack versions. */
export const PACK_SUBJECT = 'compliance_pack';

/** One stored version with its approval state. */
export type PackVersion = {
  version: number;
  overrides: Partial<PackParams>;
  overlays: string[];
  status: 'pending' | 'approved' | 'rejected' | 'withdrawn';
  approvalId: string | null;
  createdBy: string;
  createdAt: string;
  comment: string | null;
};

/** A portfolio's pack: the regime, the effective version and resolved pack, and every version. */
export type PortfolioPack = {
  portfolioId: string;
  regime: RulePack['regime'];
  effectiveVersion: number | null;
  pack: RulePack;
  versions: PackVersion[];
};

async function getPortfolio(db: Db, tenantId: string, portfolioId: string): Promise<{ rule_pack: RulePack['regime'] }> {
  const pf = await db.selectFrom('portfolios').select('rule_pack').where('tenant_id', '=', tenantId).where('id', '=', portfolioId).executeTakeFirst();
  if (!pf) throw new AppError('NOT_FOUND', { message: `portfolio ${portfolioId} not found` });
  return pf;
}

/**
 * The pack of a portfolio with its version history.
 * @throws AppError NOT_FOUND
 */
export async function getPortfolioPack(db: Db, q: { tenantId: string; portfolioId: string }): Promise<PortfolioPack> {
  const pf = await getPortfolio(db, q.tenantId, q.portfolioId);
  const rows = await db
    .selectFrom('compliance_pack_versions as v')
    .leftJoin('approvals as a', 'a.id', 'v.approval_id')
    .select(['v.version', 'v.overrides', 'v.overlays', 'v.approval_id', 'v.created_by', 'v.created_at', 'v.comment', 'a.status'])
    .where('v.tenant_id', '=', q.tenantId)
    .where('v.portfolio_id', '=', q.portfolioId)
    .orderBy('v.version', 'desc')
    .execute();
  const versions: PackVersion[] = rows.map((r) => ({
    version: r.version,
    overrides: r.overrides as Partial<PackParams>,
    overlays: r.overlays,
    status: r.status ?? 'pending',
    approvalId: r.approval_id,
    createdBy: r.created_by,
    createdAt: new Date(r.created_at).toISOString(),
    comment: r.comment,
  }));
  const effective = versions.find((v) => v.status === 'approved') ?? null;
  const pack = resolvePack(pf.rule_pack, effective?.overrides, effective?.overlays);
  return { portfolioId: q.portfolioId, regime: pf.rule_pack, effectiveVersion: effective?.version ?? null, pack, versions };
}

/** A canonical text of overrides and overlays, independent of key and overlay order. */
function packChangeKey(overrides: Partial<PackParams>, overlays: readonly string[]): string {
  const sorted = Object.fromEntries(Object.entries(overrides).sort(([a], [b]) => a.localeCompare(b)));
  return JSON.stringify([sorted, [...overlays].sort()]);
}

/**
 * Refuses a proposal equal to the version in force (the newest approved one, or the
 * statutory pack when none is): it would open an approval for a change that changes nothing.
 * @throws AppError INVALID_INPUT
 */
async function refuseNoChange(tx: Db, q: { tenantId: string; portfolioId: string; overrides: Partial<PackParams>; overlays: string[] }): Promise<void> {
  const current = await getPortfolioPack(tx, q);
  const effective = current.versions.find((v) => v.version === current.effectiveVersion);
  if (packChangeKey(q.overrides, q.overlays) !== packChangeKey(effective?.overrides ?? {}, effective?.overlays ?? [])) return;
  const inForce = effective ? `version ${effective.version}` : 'the statutory pack (no approved version)';
  throw new AppError('INVALID_INPUT', {
    message: `the proposal changes nothing: its overrides and overlays equal those of ${inForce}`,
    userMessage: '提议没有任何变更：覆盖参数和叠加规则与现行版本相同。/ The proposal changes nothing: its overrides and overlays equal those in force.',
    details: [{ path: 'body', message: 'give at least one override or overlay that differs from the version in force' }],
  });
}

/**
 * Proposes a new version of a portfolio's pack parameters and opens its approval.
 * @throws AppError NOT_FOUND, INVALID_INPUT (an override or overlay loosens the law or is
 *   unknown, or the proposal equals the version in force)
 */
export async function proposePackVersion(
  tx: Db,
  q: { tenantId: string; portfolioId: string; overrides: Partial<PackParams>; overlays: string[]; comment?: string; actor: string },
): Promise<PackVersion> {
  const pf = await getPortfolio(tx, q.tenantId, q.portfolioId);
  resolvePack(pf.rule_pack, q.overrides, q.overlays);
  await refuseNoChange(tx, q);
  const last = await tx
    .selectFrom('compliance_pack_versions')
    .select((eb) => eb.fn.max('version').as('v'))
    .where('tenant_id', '=', q.tenantId)
    .where('portfolio_id', '=', q.portfolioId)
    .executeTakeFirst();
  const version = Number(last?.v ?? 0) + 1;
  const approval = await requestApproval(tx, { tenantId: q.tenantId, subjectType: PACK_SUBJECT, subjectId: q.portfolioId, subjectVersion: String(version), requestedBy: q.actor });
  const row = await tx
    .insertInto('compliance_pack_versions')
    .values({ tenant_id: q.tenantId, portfolio_id: q.portfolioId, version, overrides: JSON.stringify(q.overrides), overlays: q.overlays, approval_id: approval.id, comment: q.comment ?? null, created_by: q.actor })
    .returningAll()
    .executeTakeFirstOrThrow();
  await writeAudit(tx, { tenantId: q.tenantId, actor: q.actor, action: 'compliance_pack.proposed', subjectType: 'portfolio', subjectId: q.portfolioId, detail: { version, overrides: q.overrides, overlays: q.overlays, approvalId: approval.id } });
  return {
    version,
    overrides: q.overrides,
    overlays: row.overlays,
    status: 'pending',
    approvalId: approval.id,
    createdBy: row.created_by,
    createdAt: new Date(row.created_at).toISOString(),
    comment: row.comment,
  };
}
