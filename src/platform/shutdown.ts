/**
 * The process-wide "stopping" flag. On Ctrl-C the terminal signals the whole process group,
 * so the embedded PostgreSQL begins its own fast shutdown at the same moment as ours and
 * terminates every connection: the pool's and the worker's errors that follow are the
 * expected end, not news. Once stopping, they are not printed.
 */
let stopping = false;

/** Marks the process as stopping (idempotent). */
export function beginShutdown(): void {
  stopping = true;
}

/** True once the process has begun to stop. */
export function isShuttingDown(): boolean {
  return stopping;
}
