/**
 * Bulk outbox writes over COPY, for paths that write tens of thousands of events in one
 * transaction on a dedicated client (the nightly delinquency cycle). The rows are exactly
 * those `recordEvents` writes; COPY fires the statement-level dispatch trigger with its
 * transition table like an INSERT does, so consumers and webhooks see every event.
 */
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { DomainEvent } from './events.ts';

/** Escapes a value for COPY's text format (backslash, tab, newline, carriage return). */
export function copyTextEscape(s: string): string {
  return /[\\\t\n\r]/.test(s) ? s.replace(/[\\\t\n\r]/g, (c) => (c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r')) : s;
}

function* lines(events: readonly DomainEvent[]): Generator<string> {
  const BATCH = 2048;
  let buf = '';
  for (let i = 0; i < events.length; i++) {
    const e = events[i];
    buf += `${e.tenantId}\t${copyTextEscape(e.name)}\t${copyTextEscape(e.aggregateType)}\t${copyTextEscape(String(e.aggregateId))}\t${copyTextEscape(JSON.stringify(e.payload))}\t${copyTextEscape(e.actor)}\n`;
    if ((i + 1) % BATCH === 0) {
      yield buf;
      buf = '';
    }
  }
  if (buf) yield buf;
}

/** Inserts `events` into the outbox with one COPY on `client` (inside its open transaction). */
export async function copyEvents(client: pg.PoolClient, events: readonly DomainEvent[]): Promise<void> {
  if (events.length === 0) return;
  const stream = client.query(copyFrom('COPY domain_events (tenant_id, name, aggregate_type, aggregate_id, payload, actor) FROM STDIN'));
  await pipeline(Readable.from(lines(events)), stream);
}
