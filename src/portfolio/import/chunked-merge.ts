/**
 * Coordinates the import's one connection between two COPY queues and the merges:
 * rows known to be new go straight into the target table (`direct`), the others into the
 * staging table, merged chunk by chunk inside the one import transaction so that the
 * database merges chunk n while this process parses and validates chunk n + 1 (two cores
 * at work instead of one). Only one COPY can be open on a connection: the queue that has
 * the connection streams its rows as they come, the other holds them until the next chunk
 * boundary (or until it has a chunk's worth). Payments are merged in one piece: they are
 * posted in received order across the whole file.
 */
import { reconcileImport, rememberTouchedAccounts } from './merge.ts';
import type { Reconciliation } from './reconcile.ts';
import { STAGE, TOUCHED, type CopyQueue, type StageWriter } from './stage.ts';
import type { DirectLookup, KindSpec, MergeEnv, MergeOutcome } from './types.ts';

/** Rows per merged chunk. */
export const CHUNK_ROWS = 200_000;

/** Coordinates COPY and merge of chunks on one connection. */
export class ChunkedMerge {
  private inflight: Promise<void> | null = null;
  /** Rows each queue had at the last chunk boundary (to see where the last chunk's rows went). */
  private mark = { staged: 0, direct: 0 };
  private failure: unknown = null;
  readonly outcome: MergeOutcome = { inserted: 0, updated: 0, suspense: 0, errors: [], suspended: [], accountIds: [] };
  reconciliation: Reconciliation | null = null;

  /** @param direct the target table's queue and lookup when the new-rows path is on, else null */
  constructor(
    private readonly spec: KindSpec,
    private readonly env: MergeEnv,
    private readonly stage: StageWriter,
    private readonly direct: { queue: CopyQueue; lookup: DirectLookup } | null,
    private readonly chunkRows: number,
  ) {}

  /** Opens the first COPY: the target table's when the new-rows path is on. */
  async start(): Promise<void> {
    await (this.direct?.queue ?? this.stage).open();
  }

  /** Rows staged and not merged yet (sent or queued). */
  private get unmerged(): number {
    return this.stage.copied + this.stage.queued;
  }

  /** Called after each piece of text is parsed: sends rows, or starts a merge when a chunk is full. */
  async step(): Promise<void> {
    if (this.failure) throw this.failure;
    const direct = this.direct?.queue;
    if (this.inflight) {
      // Bound what waits in memory to about one chunk while the database merges.
      if (this.stage.queued + (direct?.queued ?? 0) >= this.chunkRows) await this.inflight;
      return;
    }
    if (this.unmerged >= this.chunkRows) return this.startMerge();
    if (direct && !direct.isOpen && direct.queued >= this.chunkRows) {
      await this.stage.close();
      await direct.open();
    }
    await (direct?.isOpen ? direct : this.stage).flush();
  }

  /** Ends the open COPY, sends every queued row, and starts merging the staged chunk. */
  private async startMerge(): Promise<void> {
    const direct = this.direct?.queue;
    // Where the rows of the chunk just read went decides who streams next.
    const stagedMost = this.stage.rows - this.mark.staged >= (direct?.rows ?? 0) - this.mark.direct;
    this.mark = { staged: this.stage.rows, direct: direct?.rows ?? 0 };
    await this.sendQueued();
    this.inflight = (async () => {
      try {
        await this.mergeOnce();
        await (direct && !stagedMost ? direct : this.stage).open();
      } catch (e) {
        this.failure = e;
      } finally {
        this.inflight = null;
      }
    })();
  }

  /** Ends the open COPY, then sends what the other queue holds (the connection is idle after). */
  private async sendQueued(): Promise<void> {
    const direct = this.direct?.queue;
    if (direct?.isOpen) await direct.close();
    if (this.stage.isOpen) await this.stage.close();
    await direct?.sendAll();
    await this.stage.sendAll();
  }

  /** Merges what is left. @throws the first merge error */
  async finish(): Promise<void> {
    if (this.inflight) await this.inflight;
    if (this.failure) throw this.failure;
    const unmerged = this.unmerged;
    await this.sendQueued();
    // Without the new-rows path the merge always runs (a payments merge posts the file).
    if (unmerged > 0 || !this.direct) await this.mergeOnce();
    if (this.direct) {
      this.outcome.inserted += this.direct.queue.rows;
      await this.rememberDirectTouched(this.direct.lookup.touched);
    }
    this.reconciliation = await reconcileImport(this.spec, this.env, this.outcome.accountIds ?? []);
  }

  private async rememberDirectTouched(ids: string[]): Promise<void> {
    if (!ids.length) return;
    await this.env.client.query(`INSERT INTO ${TOUCHED} (external_id) SELECT DISTINCT unnest($1::text[])`, [ids]);
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
