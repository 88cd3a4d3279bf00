#!/usr/bin/env node
// The `recoup` command. Runs the TypeScript sources through tsx so that the CLI works
// from a fresh clone with no build step, from any working directory.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
await main(process.argv);
