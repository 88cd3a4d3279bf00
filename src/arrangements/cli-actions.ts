/** The actions behind `recoup arrangements …` (loaded lazily by cli.ts). */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { systemActor } from '../platform/actor.ts';
import { AppError, isAppError } from '../platform/errors.ts';
import { log, printJson } from '../cli/output.ts';
import { findTenantBySlug, resolveTenant } from '../identity/index.ts';
import { authorityLevels, getAuthority, scoreBands, type AuthorityLevel, type ScoreBand } from './authority.ts';
import { enrolFromCsv } from './hardship-enrol.ts';
import { evaluatePlans } from './plans.ts';
import { evaluatePromises } from './promises.ts';

async function open() {
  const { openAppContext } = await import('../app/open-context.ts');
  return openAppContext();
}

async function tenantIdOf(db: Parameters<typeof findTenantBySlug>[0], slug: string | undefined): Promise<string | undefined> {
  if (!slug) return undefined;
  const t = await findTenantBySlug(db, slug);
  if (!t) throw new AppError('NOT_FOUND', { message: `tenant ${slug} not found` });
  return t.id;
}

/** Parses `--as-of`: a date means the end of that day (UTC); an instant is taken as is. */
export function parseAsOf(v: string | undefined): Date {
  if (!v) return new Date();
  const d = /^\d{4}-\d{2}-\d{2}$/.test(v) ? new Date(`${v}T23:59:59.999Z`) : new Date(v);
  if (Number.isNaN(d.getTime())) throw new AppError('INVALID_INPUT', { message: `--as-of ${v} is not a date (YYYY-MM-DD) or an ISO instant`, details: [{ path: '--as-of', message: 'not a date' }] });
  return d;
}

/** `promises evaluate`. */
export async function runPromisesEvaluate(opts: { asOf?: string; tenant?: string }): Promise<void> {
  const asOf = parseAsOf(opts.asOf);
  const o = await open();
  try {
    const res = await evaluatePromises(o.ctx.db, { asOf, tenantId: await tenantIdOf(o.ctx.db, opts.tenant) });
    printJson({ asOf: asOf.toISOString(), ...res });
  } finally {
    await o.close();
  }
}

/** `plans evaluate`. */
export async function runPlansEvaluate(opts: { asOf?: string }): Promise<void> {
  const asOf = parseAsOf(opts.asOf).toISOString().slice(0, 10);
  const o = await open();
  try {
    printJson({ asOf, ...(await evaluatePlans(o.ctx.db, { asOf })) });
  } finally {
    await o.close();
  }
}

/** `hardship enrol`: the summary (JSON) on stdout; each skipped row and a summary line on stderr. */
export async function runHardshipEnrol(opts: { programme: string; file: string; tenant?: string; ignoreEligibility?: boolean }): Promise<void> {
  const bytes = await readFile(opts.file).catch((cause) => {
    throw new AppError('INVALID_INPUT', { message: `cannot read ${opts.file}: ${(cause as Error).message}`, cause });
  });
  const o = await open();
  try {
    const tenantId = (await resolveTenant(o.ctx.db, opts.tenant)).id;
    const programme = /^\d+$/.test(opts.programme) ? Number(opts.programme) : opts.programme;
    const res = await enrolFromCsv(o.ctx.db, systemActor(tenantId, 'cli:hardship-enrol'), {
      programme, fileName: basename(opts.file), csv: bytes, ignoreEligibility: opts.ignoreEligibility, onProgress: (n) => log(`${n} rows`),
    }).catch((e: unknown) => {
      // The person at the terminal reads the message: give it in both languages.
      throw isAppError(e, 'INVALID_INPUT') ? new AppError('INVALID_INPUT', { message: e.userMessage, details: e.details, cause: e }) : e;
    });
    for (const s of res.skippedRows) log(`${s.path}: ${s.accountExternalId} skipped (${s.reason}): ${s.message} / 跳过：${s.messageZh}`);
    log(`enrolled ${res.enrolled} of ${res.rows} rows, skipped ${res.skipped} / 共 ${res.rows} 行，已登记 ${res.enrolled}，跳过 ${res.skipped}`);
    printJson(res);
  } finally {
    await o.close();
  }
}

/** `authority`. */
export function runAuthority(opts: { level: string; bucket: string; scoreBand: string }): void {
  if (!(authorityLevels as readonly string[]).includes(opts.level)) throw new AppError('INVALID_INPUT', { message: `--level must be one of ${authorityLevels.join(', ')}` });
  if (!(scoreBands as readonly string[]).includes(opts.scoreBand)) throw new AppError('INVALID_INPUT', { message: `--score-band must be one of ${scoreBands.join(', ')}` });
  printJson(getAuthority({ level: opts.level as AuthorityLevel, bucket: opts.bucket, scoreBand: opts.scoreBand as ScoreBand }));
}
