/**
 * The V8 settings of the `recoup` process (bin/recoup.js), applied to the benchmark process
 * too, so that code measured here (the gate inside a task, posting, imports) runs under the
 * same garbage-collector sizing as in the server and worker. Imported first by run.ts.
 */
import { setFlagsFromString } from 'node:v8';

// Larger young generation: fewer scavenges for the many short-lived objects of bulk work.
setFlagsFromString('--max-semi-space-size=64');
