/**
 * Merges the staging table chunk by chunk inside the one import transaction, so that the
 * database merges chunk n while this process parses and validates chunk n + 1 (two cores
 * at work instead of one). Payments are merged in one piece: they are posted in received
 * order across the whole file.
 */
import { reconcileImport, rememberTouchedAccounts } from './merge.ts';
import type { Reconciliation } from './reconcile.ts';
import { STAGE, type StageWriter } from './stage.ts';
import type { KindSpec, MergeEnv, MergeOutcome } from './types.ts';

/** Rows per merged chunk. */
export const CHUNK_ROWS = 200_000;

/** Coordinates COPY and merge of chunks on one connection. */
export class ChunkedMerge {
  private inflight: Promise<void> | null = null;
  private failure: unknown = null;
  readonly outcome: MergeOutcome = { inserted: 0, updated: 0, suspense: 0, errors: [], suspended: [], accountIds: [] };
  reconciliation: Reconciliation | null = null;

  constructor(
    private readonly spec: KindSpec,
    private readonly env: MergeEnv,
    private readonly stage: StageWriter,
    private readonly chunkRows: number,
  ) {}

  /** Called after each piece of text is parsed: sends rows, or starts a merge when a chunk is full. */
  async step(): Promise<void> {
    if (this.failure) throw this.failure;
    if (this.inflight) {
      // Bound what waits in memory to about one chunk while the database merges.
      if (this.stage.queued >= this.chunkRows) await this.inflight;
      return;
    }
    await this.stage.flush();
    if (this.stage.copied < this.chunkRows) return;
    await this.stage.close();
    this.inflight = this.mergeOnce().then(
      () => {
        this.stage.open();
        this.inflight = null;
      },
      (e: unknown) => {
        this.failure = e;
        this.inflight = null;
      },
    );
  }

  /** Merges what is left. @throws the first merge error */
  async finish(): Promise<void> {
    if (this.inflight) await this.inflight;
    if (this.failure) throw this.failure;
    await this.stage.close();
    await this.mergeOnce();
    this.reconciliation = await reconcileImport(this.spec, this.env, this.outcome.accountIds ?? []);
  }

  private async mergeOnce(): Promise<void> {
    const { client } = this.env;
    await client.query(`ANALYZE ${STAGE}`);
    const m = await this.spec.merge(this.env);
    await rememberTouchedAccounts(this.spec, this.env);
    const o = this.outcome;
    o.inserted += m.inserted;
    o.updated += m.updated;
    o.suspense += m.suspense;
    o.errors.push(...m.errors);
    o.suspended?.push(...(m.suspended ?? []).slice(0, 20 - (o.suspended?.length ?? 0)));
    o.accountIds?.push(...(m.accountIds ?? []));
    await client.query(`TRUNCATE ${STAGE}`);
  }
}
