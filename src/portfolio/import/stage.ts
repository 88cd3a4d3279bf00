/**
 * The staging table of one import (a temporary table dropped at commit) and the COPY that
 * fills it. Validated rows queue as COPY text; the queue is sent while a COPY is open and
 * held while a merge of the previous chunk runs on the same connection, so that parsing
 * and validating the next chunk overlaps the database's merge of the last one.
 */
import { once } from 'node:events';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { currencies } from '../currency.ts';
import type { KindSpec } from './types.ts';

export const STAGE = 'import_stage';
/** Account external ids the import's chunks touched (for reconciliation at the end). */
export const TOUCHED = 'import_touched_accounts';

/** Creates the staging table (and the currency exponents table the merges use) in the open transaction. */
export async function createStage(client: pg.PoolClient, spec: KindSpec): Promise<void> {
  const cols = spec.staging.map(([n, t]) => `${n} ${t}`).join(', ');
  await client.query(`CREATE TEMP TABLE ${STAGE} (line int NOT NULL, ${cols}) ON COMMIT DROP`);
  await client.query(`CREATE TEMP TABLE ${TOUCHED} (external_id text NOT NULL) ON COMMIT DROP`);
  await client.query('CREATE TEMP TABLE currency_exponents (code char(3) PRIMARY KEY, divisor bigint NOT NULL) ON COMMIT DROP');
  const codes = [...currencies.keys()];
  await client.query('INSERT INTO currency_exponents SELECT c, (10 ^ (4 - e))::bigint FROM unnest($1::text[], $2::int[]) AS u(c, e)', [codes, codes.map((c) => currencies.get(c) ?? 2)]);
}

type Copy = { stream: ReturnType<typeof copyFrom>; done: Promise<void> };

/**
 * Queues COPY text for one table and sends it while a `COPY … FROM STDIN` is open on the
 * import's connection. Two queues share the connection (the staging table and, for rows
 * known to be new, the target table itself): only one COPY can be open at a time, so the
 * other queue holds its rows until it gets the connection.
 */
export class CopyQueue {
  private copy: Copy | null = null;
  private batch = '';
  /** Rows queued and not yet sent. */
  queued = 0;
  /** Rows queued in total. */
  rows = 0;
  /** Rows sent by the current COPY. */
  copied = 0;

  /** @param sql the `COPY … FROM STDIN` statement; `before`/`after` run around each COPY (e.g. SET LOCAL) */
  constructor(
    private readonly client: pg.PoolClient,
    private readonly sql: string,
    private readonly around: { before?: string; after?: string } = {},
  ) {}

  /** True while this queue's COPY is open. */
  get isOpen(): boolean {
    return this.copy !== null;
  }

  /** Opens a COPY (the connection must be idle). */
  async open(): Promise<void> {
    if (this.around.before) await this.client.query(this.around.before);
    const stream = this.client.query(copyFrom(this.sql));
    const done = new Promise<void>((resolve, reject) => {
      stream.on('finish', () => resolve());
      stream.on('error', reject);
    });
    // Surface a COPY error at the next flush or at close, never as an unhandled rejection.
    done.catch(() => {});
    this.copy = { stream, done };
    this.copied = 0;
  }

  /** Queues one row of COPY text (with its line break). */
  add(text: string): void {
    this.batch += text;
    this.rows++;
    this.queued++;
  }

  /** Sends what is queued when the COPY is open and the queue is big enough (or always, with force). */
  async flush(force = false): Promise<void> {
    const c = this.copy;
    if (!c || !this.batch.length || (!force && this.batch.length < 1 << 18)) return;
    const text = this.batch;
    this.batch = '';
    this.copied += this.queued;
    this.queued = 0;
    if (!c.stream.write(text)) await Promise.race([once(c.stream, 'drain'), c.done]);
  }

  /** Sends the rest and ends the COPY. @throws the database's error when COPY failed */
  async close(): Promise<void> {
    const c = this.copy;
    if (!c) return;
    await this.flush(true);
    this.copy = null;
    c.stream.end();
    await c.done;
    if (this.around.after) await this.client.query(this.around.after);
  }

  /** Opens, sends everything queued and closes (the connection must be idle). */
  async sendAll(): Promise<void> {
    if (!this.queued) return;
    await this.open();
    await this.close();
  }

  /** Aborts a COPY in progress (the transaction is rolled back by the caller). */
  abort(): void {
    this.copy?.stream.destroy(new Error('import aborted'));
    this.copy = null;
  }
}

/** The staging table's queue: rows are `line` + the validator's COPY text. */
export class StageWriter extends CopyQueue {
  constructor(client: pg.PoolClient, spec: KindSpec) {
    super(client, `COPY ${STAGE} (${['line', ...spec.staging.map(([n]) => n)].join(', ')}) FROM STDIN`);
  }

  /** Queues one validated row. */
  stage(line: number, copy: string): void {
    this.add(`${line}\t${copy}\n`);
  }
}
