/**
 * Bulk outbox writes over COPY, for paths that write tens of thousands of events in one
 * transaction on a dedicated client (the nightly delinquency cycle). The rows are exactly
 * those `recordEvents` writes; COPY fires the statement-level dispatch trigger with its
 * transition table like an INSERT does, so consumers and webhooks see every event.
 */
import type pg from 'pg';
import { copyInLines, copyText } from './copy-text.ts';
import type { DomainEvent } from './events.ts';

function* lines(events: readonly DomainEvent[]): Generator<string> {
  for (const e of events) yield `${e.tenantId}\t${copyText(e.name)}\t${copyText(e.aggregateType)}\t${copyText(String(e.aggregateId))}\t${copyText(JSON.stringify(e.payload))}\t${copyText(e.actor)}`;
}

/** Inserts `events` into the outbox with one COPY on `client` (inside its open transaction). */
export async function copyEvents(client: pg.PoolClient, events: readonly DomainEvent[]): Promise<void> {
  if (events.length === 0) return;
  await copyInLines(client, 'domain_events', ['tenant_id', 'name', 'aggregate_type', 'aggregate_id', 'payload', 'actor'], lines(events));
}
