/**
 * Turns parsed records into staged rows or located errors: maps the header (or JSON keys)
 * to the kind's columns, checks the tenant column and the encoding, runs the kind's
 * validator and refuses duplicate external ids within the file (the first one wins).
 */
import type { FieldProblem, KindSpec, RowEnv, RowError } from './types.ts';

/** Where validated rows go: the staging table, or (rows known to be new) the target table. */
export type RowSink = { stage: (line: number, copy: string) => void; direct: (text: string) => void };

/** Problems with the header that refuse the whole file. */
export function checkHeader(spec: KindSpec, names: string[]): string[] {
  const known = new Set([...spec.required, ...spec.optional]);
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const n of names) {
    if (!known.has(n)) problems.push(`unknown column "${n}" (allowed: ${[...known].join(', ')}) / 未知列`);
    if (seen.has(n)) problems.push(`column "${n}" appears twice / 列重复`);
    seen.add(n);
  }
  for (const r of spec.required) if (!seen.has(r)) problems.push(`required column "${r}" is missing / 缺少必填列`);
  return problems;
}

function cellOf(v: unknown): string | undefined {
  if (v === undefined || v === null) return undefined;
  const s = typeof v === 'string' ? v.trim() : typeof v === 'object' ? JSON.stringify(v) : String(v);
  return s === '' ? undefined : s;
}

/**
 * A copy of `s` that does not point into the chunk of text it was cut from: V8 keeps a
 * substring as a view of its parent, so keeping ids as map keys would keep every chunk of
 * the file alive (and make garbage collection walk it).
 */
export function detach(s: string): string {
  return s.length < 13 ? (' ' + s).slice(1) : Buffer.from(s, 'utf8').toString('utf8');
}

export type RowCounts = { total: number; ok: number; errorRows: number };

/** Validates and stages rows of one file. */
export class RowProcessor {
  readonly columns: string[];
  readonly counts: RowCounts = { total: 0, ok: 0, errorRows: 0 };
  private map: number[] = [];
  private readonly tenantAt: number;
  private readonly keys = new Map<string, number>();
  private readonly problems: FieldProblem[] = [];
  private readonly keyField: string;
  private readonly aligned: (string | undefined)[];

  constructor(
    private readonly spec: KindSpec,
    private readonly env: RowEnv & { present: Set<string> },
    private readonly sink: RowSink,
    private readonly onError: (e: RowError) => void,
  ) {
    this.columns = [...spec.required, ...spec.optional];
    this.tenantAt = this.columns.indexOf('tenant');
    this.keyField = spec.kind === 'schedules' ? 'seq' : 'external_id';
    this.aligned = new Array<string | undefined>(this.columns.length).fill(undefined);
  }

  /** Sets the CSV header; returns the problems that refuse the file (none: ok). */
  setHeader(cells: string[]): string[] {
    const names = cells.map((c, i) => (i === 0 ? c.replace(/^\uFEFF/, '') : c).trim().toLowerCase());
    const problems = checkHeader(this.spec, names);
    this.map = this.columns.map((c) => names.indexOf(c));
    this.width = names.length;
    for (const n of names) this.env.present.add(n);
    return problems;
  }

  /** The header's field count (0 before the header). */
  width = 0;

  /** One CSV record after the header. */
  csvRecord(cells: string[], line: number, raw: string): void {
    this.counts.total++;
    const width = this.width;
    if (cells.length !== width) {
      this.fail([{ field: '', reason: `the row has ${cells.length} fields, the header has ${width} / 列数不符` }], line, raw);
      return;
    }
    // One array reused for every row: validators never keep it.
    const aligned = this.aligned;
    for (let k = 0; k < this.map.length; k++) {
      const j = this.map[k];
      if (j < 0) {
        aligned[k] = undefined;
        continue;
      }
      const t = cells[j].trim();
      aligned[k] = t === '' ? undefined : t;
    }
    this.row(aligned, line, raw);
  }

  /** One JSON Lines object. */
  jsonRecord(obj: Record<string, unknown>, line: number, raw: string): void {
    this.counts.total++;
    const unknown = Object.keys(obj).filter((k) => !this.columns.includes(k));
    if (unknown.length) {
      this.fail(unknown.map((k) => ({ field: k, reason: `unknown field "${k}" / 未知字段` })), line, raw);
      return;
    }
    for (const k of Object.keys(obj)) this.env.present.add(k);
    this.row(this.columns.map((c) => cellOf(obj[c])), line, raw);
  }

  /** A record the parser could not read (unbalanced quotes, bad JSON). */
  unreadable(line: number, reason: string, raw: string): void {
    this.counts.total++;
    this.fail([{ field: '', reason }], line, raw);
  }

  private row(cells: (string | undefined)[], line: number, raw: string): void {
    const p = this.problems;
    p.length = 0;
    if (raw.includes('\uFFFD')) {
      p.push({ field: '', reason: 'bytes that are not valid in the file encoding (a GBK file read as UTF-8? use --encoding gbk) / 编码错误' });
    }
    const tenant = this.tenantAt >= 0 ? cells[this.tenantAt] : undefined;
    if (tenant !== undefined && tenant !== this.env.tenantSlug) {
      p.push({ field: 'tenant', reason: `the row belongs to tenant "${tenant}", not to "${this.env.tenantSlug}" / 不属于本租户` });
    }
    const valid = p.length ? null : this.spec.validate(cells, this.env, p);
    if (!valid) {
      this.fail(p, line, raw);
      return;
    }
    const first = this.keys.get(valid.key);
    if (first !== undefined) {
      this.fail([{ field: this.keyField, reason: `duplicate external id in this file (first on row ${first}) / 文件内重复` }], line, raw);
      return;
    }
    this.keys.set(detach(valid.key), line);
    if (valid.direct === undefined) this.sink.stage(line, valid.copy);
    else this.sink.direct(valid.direct);
    this.counts.ok++;
  }

  private fail(problems: FieldProblem[], line: number, raw: string): void {
    this.counts.errorRows++;
    for (const q of problems) this.onError({ line, field: q.field, reason: q.reason, raw });
  }
}
