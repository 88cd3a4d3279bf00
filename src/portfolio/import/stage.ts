/** The staging table of one import (a temporary table dropped at commit) and the COPY stream that fills it. */
import { once } from 'node:events';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { currencies } from '../currency.ts';
import type { KindSpec } from './types.ts';

export const STAGE = 'import_stage';

/** Creates the staging table (and the currency exponents table the merges use) in the open transaction. */
export async function createStage(client: pg.PoolClient, spec: KindSpec): Promise<void> {
  const cols = spec.staging.map(([n, t]) => `${n} ${t}`).join(', ');
  await client.query(`CREATE TEMP TABLE ${STAGE} (line int NOT NULL, ${cols}) ON COMMIT DROP`);
  await client.query('CREATE TEMP TABLE currency_exponents (code char(3) PRIMARY KEY, divisor bigint NOT NULL) ON COMMIT DROP');
  const codes = [...currencies.keys()];
  await client.query('INSERT INTO currency_exponents SELECT c, (10 ^ (4 - e))::bigint FROM unnest($1::text[], $2::int[]) AS u(c, e)', [codes, codes.map((c) => currencies.get(c) ?? 2)]);
}

/** A COPY into the staging table that takes batches of text-format lines, honouring back-pressure. */
export class StageWriter {
  private readonly stream: ReturnType<typeof copyFrom>;
  private readonly done: Promise<void>;
  private batch = '';
  rows = 0;

  constructor(client: pg.PoolClient, spec: KindSpec) {
    const cols = ['line', ...spec.staging.map(([n]) => n)].join(', ');
    this.stream = client.query(copyFrom(`COPY ${STAGE} (${cols}) FROM STDIN`));
    this.done = new Promise((resolve, reject) => {
      this.stream.on('finish', () => resolve());
      this.stream.on('error', reject);
    });
    // Surface a COPY error at the next flush or at finish, never as an unhandled rejection.
    this.done.catch(() => {});
  }

  /** Queues one row (`line` + the validator's COPY text). */
  add(line: number, copy: string): void {
    this.batch += `${line}\t${copy}\n`;
    this.rows++;
  }

  /** Sends what is queued when it is big enough (or always, with force). */
  async flush(force = false): Promise<void> {
    if (!this.batch.length || (!force && this.batch.length < 1 << 18)) return;
    const text = this.batch;
    this.batch = '';
    if (!this.stream.write(text)) await Promise.race([once(this.stream, 'drain'), this.done]);
  }

  /** Ends the COPY. @throws the database's error when COPY failed */
  async finish(): Promise<void> {
    await this.flush(true);
    this.stream.end();
    await this.done;
  }

  /** Aborts a COPY in progress (the transaction is rolled back by the caller). */
  abort(): void {
    this.stream.destroy(new Error('import aborted'));
  }
}
