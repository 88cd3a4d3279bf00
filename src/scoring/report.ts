/**
 * The bin and points tables of a model, as plain rows (for the API and `--json`) and as a
 * human-readable text report.
 */
import type { ScorecardModel } from './model-artifact.ts';
import { describeBin } from './woe.ts';

export type BinTableRow = {
  bin: number;
  en: string;
  zh: string;
  count: number;
  share: number;
  bads: number;
  badRate: number;
  woe: number;
  iv: number;
  points: number;
};

export type BinTable = {
  name: string;
  label: { en: string; zh: string };
  kind: 'numeric' | 'categorical';
  method: string;
  iv: number;
  coefficient: number;
  standardError: number;
  rows: BinTableRow[];
};

/** The bin and points table of every characteristic of a model. */
export function binTables(model: ScorecardModel): BinTable[] {
  return model.characteristics.map((c) => ({
    name: c.name,
    label: c.label,
    kind: c.kind,
    method: c.method,
    iv: c.iv,
    coefficient: c.coefficient,
    standardError: c.standardError,
    rows: c.bins.map((b, i) => ({
      bin: i + 1,
      en: describeBin(b, 'en'),
      zh: describeBin(b, 'zh'),
      count: b.count,
      share: b.share,
      bads: b.bads,
      badRate: b.badRate,
      woe: b.woe,
      iv: b.iv,
      points: c.points[i],
    })),
  }));
}

/** Terminal width of a string: CJK and full-width characters take two columns. */
function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0) ?? 0;
    w += (c >= 0x1100 && c <= 0x115f) || (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60) || (c >= 0xffe0 && c <= 0xffe6) ? 2 : 1;
  }
  return w;
}

function pad(s: string, w: number, right = false): string {
  const len = displayWidth(s);
  if (len >= w) return s;
  return right ? ' '.repeat(w - len) + s : s + ' '.repeat(w - len);
}

function trim(s: string, w: number): string {
  if (displayWidth(s) <= w) return s;
  let out = '';
  for (const ch of s) {
    if (displayWidth(out + ch) > w - 1) break;
    out += ch;
  }
  return out + '…';
}

const HEADINGS = {
  en: { bin: 'bin', rows: 'rows', share: 'share', bad: 'bad', points: 'points' },
  zh: { bin: '分箱', rows: '行数', share: '占比', bad: '坏率', points: '分数' },
};

function pct(x: number): string {
  return (x * 100).toFixed(1) + '%';
}

function pointsText(p: number): string {
  return Number.isInteger(p) ? String(p) : p.toFixed(3);
}

/** A text report: scaling, metrics, candidates, then one table per characteristic. */
export function formatReport(model: ScorecardModel, lang: 'en' | 'zh' = 'en'): string {
  const s = model.scaling;
  const t = model.metrics.train;
  const lines: string[] = [
    `Scorecard (${model.schemaVersion}) for "${model.purpose}", target ${model.target.column} = ${JSON.stringify(model.target.bad)} is bad`,
    `trained ${model.createdAt} on ${model.training.source}: ${model.training.rows} rows, ${model.training.bads} bad`,
    `scaling: ${s.baseScore} points at odds ${s.baseOdds}:1 (good:bad), ${s.pdo} points to double the odds, ${s.rounding} points`,
    `train AUC ${t.auc.toFixed(4)}  KS ${t.ks.toFixed(4)}  Gini ${t.gini.toFixed(4)}`,
    `base points ${pointsText(model.basePoints)}  (intercept ${model.intercept.toFixed(6)} ± ${model.interceptStandardError.toFixed(6)})`,
    '',
    'characteristics considered:',
    ...model.candidates.map((c) => `  ${pad(c.status, 16)} ${pad(c.iv === null ? '-' : c.iv.toFixed(4), 8, true)}  ${c.name}${c.note ? `  (${c.note})` : ''}`),
    '',
    'bands: ' + model.bands.map((b) => `${b.name} ≥ ${b.minScore ?? '-∞'} (${pct(b.trainShare)}, bad ${pct(b.trainBadRate)})`).join('; '),
  ];
  for (const table of binTables(model)) {
    lines.push('', `${table.label[lang]} [${table.name}]  ${table.kind}, ${table.method}, IV ${table.iv.toFixed(4)}, coefficient ${table.coefficient.toFixed(4)} ± ${table.standardError.toFixed(4)}`);
    const h = HEADINGS[lang];
    lines.push(`  ${pad('#', 3)} ${pad(h.bin, 48)} ${pad(h.rows, 8, true)} ${pad(h.share, 7, true)} ${pad(h.bad, 7, true)} ${pad('WOE', 8, true)} ${pad(h.points, 8, true)}`);
    for (const r of table.rows) {
      lines.push(
        `  ${pad(String(r.bin), 3)} ${pad(trim(lang === 'en' ? r.en : r.zh, 48), 48)} ${pad(String(r.count), 8, true)} ${pad(pct(r.share), 7, true)} ${pad(pct(r.badRate), 7, true)} ${pad(r.woe.toFixed(4), 8, true)} ${pad(pointsText(r.points), 8, true)}`,
      );
    }
  }
  if (model.training.warnings.length) lines.push('', 'warnings:', ...model.training.warnings.map((w) => `  ${w}`));
  return lines.join('\n') + '\n';
}
