/**
 * The scorecard model artifact: versioned JSON with bins, points, metrics, training
 * metadata and a checksum (sha256 of the canonical JSON of everything but the checksum:
 * keys sorted, no whitespace) that is verified at load time.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { AppError } from '../platform/errors.ts';
import type { Scaling } from './points-scaling.ts';
import type { CharacteristicBinning } from './woe.ts';

export const SCHEMA_VERSION = 'recoup.scorecard/1';

export type Label = { en: string; zh: string };

/** A characteristic in the model: its binning, coefficient and points per bin. */
export type ModelCharacteristic = CharacteristicBinning & {
  label: Label;
  coefficient: number;
  standardError: number;
  /** Points per bin, parallel to `bins`. */
  points: number[];
};

export type CandidateStatus = 'selected' | 'low-iv' | 'correlated' | 'wrong-sign' | 'all-missing' | 'constant' | 'identifier-like';

/** Why each candidate column was or was not used. */
export type Candidate = { name: string; iv: number | null; status: CandidateStatus; note?: string };

/** A score band: scores ≥ minScore (null = no lower bound) that failed every better band. */
export type Band = { name: string; minScore: number | null; trainShare: number; trainBadRate: number };

export type SplitMetrics = { rows: number; bads: number; auc: number; ks: number; gini: number };

export type ScorecardModel = {
  schemaVersion: typeof SCHEMA_VERSION;
  checksum: string;
  createdAt: string;
  purpose: string;
  target: { column: string; bad: string };
  scaling: Scaling & { factor: number; offset: number };
  intercept: number;
  interceptStandardError: number;
  basePoints: number;
  characteristics: ModelCharacteristic[];
  candidates: Candidate[];
  bands: Band[];
  /** Training score distribution for PSI: shares of rows between the boundaries. */
  scoreDistribution: { boundaries: number[]; shares: number[] };
  metrics: { train: SplitMetrics };
  training: {
    source: string;
    rows: number;
    bads: number;
    goods: number;
    iterations: number;
    options: Record<string, unknown>;
    warnings: string[];
  };
};

/** Canonical JSON: object keys sorted, no whitespace, so equal content gives equal bytes. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'number' && !Number.isFinite(value)) throw new Error('non-finite number in model');
    return JSON.stringify(value) ?? 'null';
  }
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

/** sha256 of the canonical content (everything but `checksum`). */
export function modelChecksum(model: Omit<ScorecardModel, 'checksum'> & { checksum?: string }): string {
  const { checksum: _ignored, ...content } = model;
  return 'sha256:' + createHash('sha256').update(canonicalJson(content)).digest('hex');
}

/** Stamps the checksum onto a model. */
export function sealModel(model: Omit<ScorecardModel, 'checksum'>): ScorecardModel {
  return { ...model, checksum: modelChecksum(model) } as ScorecardModel;
}

/**
 * Parses and verifies a model: schema version, checksum, and the shape scoring relies on.
 * @throws AppError INVALID_INPUT for bad JSON, another schema version, a checksum mismatch
 *   (tampered or hand-edited file) or a malformed characteristic
 */
export function parseModel(text: string, source = 'model.json'): ScorecardModel {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (cause) {
    throw new AppError('INVALID_INPUT', { message: `${source}: not JSON (${(cause as Error).message})`, cause });
  }
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) throw new AppError('INVALID_INPUT', { message: `${source}: not a scorecard model object` });
  const m = raw as Record<string, unknown>;
  if (m.schemaVersion !== SCHEMA_VERSION) {
    throw new AppError('INVALID_INPUT', {
      message: `${source}: model schema version ${JSON.stringify(m.schemaVersion)} is not supported (this Recoup reads ${SCHEMA_VERSION}); retrain the model`,
    });
  }
  const model = m as unknown as ScorecardModel;
  const expected = modelChecksum(model);
  if (model.checksum !== expected) {
    throw new AppError('INVALID_INPUT', {
      message: `${source}: checksum mismatch (file says ${String(model.checksum)}, content hashes to ${expected}): the model was modified after training; retrain or restore it`,
    });
  }
  checkShape(model, source);
  return model;
}

function checkShape(model: ScorecardModel, source: string): void {
  if (!Array.isArray(model.characteristics) || model.characteristics.length === 0) {
    throw new AppError('INVALID_INPUT', { message: `${source}: model has no characteristics` });
  }
  for (const c of model.characteristics) {
    if (!Array.isArray(c.bins) || !Array.isArray(c.points) || c.bins.length !== c.points.length || c.bins.length === 0) {
      throw new AppError('INVALID_INPUT', { message: `${source}: characteristic "${c.name}" has malformed bins or points` });
    }
  }
}

/**
 * Reads, parses and verifies a model file.
 * @throws AppError INVALID_INPUT when unreadable or invalid (see {@link parseModel})
 */
export async function loadModel(path: string): Promise<ScorecardModel> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (cause) {
    throw new AppError('INVALID_INPUT', { message: `cannot read model ${path}: ${(cause as Error).message}`, cause });
  }
  return parseModel(text, path);
}
