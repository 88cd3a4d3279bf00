/**
 * `recoup compliance guard`: the content guard for outside checks (keep the format stable).
 *
 * Reads JSON Lines on stdin, one object per line:
 *   {"id", "text", "lang"?: "zh"|"en", "audience"?: "debtor"|"third_party", "channel"?, "timeBarred"?: boolean}
 * and writes one line per input line, in the same order:
 *   {"id", "allowed", "reasons": [...], "spans": [{"start", "end", "reason"}]}
 * plus "warnings": [...] only for a text the classifier does not screen (not English or Chinese).
 * `start`/`end` are offsets into `text` in UTF-16 code units (JavaScript string indices),
 * end exclusive. A malformed line yields, for that line only,
 *   {"id": <id or null>, "allowed": false, "reasons": ["invalid_input"], "error": "line N: <what>"}
 * and processing continues. Blank lines are skipped. No database, configuration or
 * environment is read.
 */
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { guardText } from './index.ts';
import type { GuardInput } from './types.ts';

/** One output line of the command. */
export type GuardLine =
  | { id: unknown; allowed: boolean; reasons: string[]; spans: { start: number; end: number; reason: string }[]; warnings?: string[] }
  | { id: unknown; allowed: false; reasons: ['invalid_input']; spans: []; error: string };

/**
 * Judges one input line (1-based `lineNo` for error messages).
 * @example judgeLine('{"id":"a","text":"hello"}', 1) // { id: 'a', allowed: true, reasons: [], spans: [] }
 */
export function judgeLine(line: string, lineNo: number): GuardLine {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (e) {
    return invalid(null, lineNo, `not valid JSON (${(e as Error).message})`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return invalid(null, lineNo, 'expected a JSON object');
  const o = value as Record<string, unknown>;
  const id = typeof o.id === 'string' || typeof o.id === 'number' ? o.id : null;
  const problem = validate(o);
  if (problem) return invalid(id, lineNo, problem);
  const input: GuardInput = { text: o.text as string };
  const lang = langOf(o.lang);
  if (lang) input.lang = lang;
  if (o.audience === 'debtor' || o.audience === 'third_party') input.audience = o.audience;
  const channel = channelOf(o.channel);
  if (channel) input.channel = channel;
  if (o.timeBarred === true) input.timeBarred = true;
  const r = guardText(input);
  return r.warnings ? { id, allowed: r.allowed, reasons: r.reasons, spans: r.spans, warnings: r.warnings } : { id, allowed: r.allowed, reasons: r.reasons, spans: r.spans };
}

/** `zh` or `en` from a language tag (`zh`, `zh-CN`, `zh-Hans`, `en-GB` …), else null. */
function langOf(v: unknown): 'zh' | 'en' | null {
  if (typeof v !== 'string') return null;
  const m = /^(zh|en)(?:[-_][A-Za-z0-9]{1,8})*$/i.exec(v.trim());
  return m ? (m[1].toLowerCase() as 'zh' | 'en') : null;
}

function validate(o: Record<string, unknown>): string | null {
  if (o.id === undefined || o.id === null) return 'id: required (a string or number)';
  if (typeof o.id !== 'string' && typeof o.id !== 'number') return 'id: must be a string or number';
  if (typeof o.text !== 'string') return `text: required, must be a string (got ${o.text === undefined ? 'nothing' : typeof o.text})`;
  if (o.lang !== undefined && o.lang !== null && !langOf(o.lang)) return `lang: must be "zh" or "en" (a tag such as zh-CN or en-GB is read as its language; got ${JSON.stringify(o.lang)})`;
  if (o.audience !== undefined && o.audience !== null && o.audience !== 'debtor' && o.audience !== 'third_party') {
    return `audience: must be "debtor" or "third_party" (got ${JSON.stringify(o.audience)})`;
  }
  if (o.channel !== undefined && o.channel !== null && !channelOf(o.channel)) return `channel: must be one of ${CHANNELS.join(', ')} (got ${JSON.stringify(o.channel)})`;
  if (o.timeBarred !== undefined && o.timeBarred !== null && typeof o.timeBarred !== 'boolean') return 'timeBarred: must be true or false';
  return null;
}

function invalid(id: unknown, lineNo: number, what: string): GuardLine {
  return { id, allowed: false, reasons: ['invalid_input'], spans: [], error: `line ${lineNo}: ${what}` };
}

/** The scenario channels (RULES.md §0.3), case-insensitive; a voicemail is left on the phone channel. */
const CHANNELS = ['phone', 'sms', 'email', 'letter', 'social_media'] as const;

function channelOf(v: unknown): string | null {
  if (typeof v !== 'string') return null;
  const c = v.trim().toLowerCase();
  if (c === 'voicemail') return 'phone';
  return (CHANNELS as readonly string[]).includes(c) ? c : null;
}

/**
 * Streams JSON Lines from `input` to `output` (stdin/stdout by default), line by line,
 * respecting back-pressure.
 */
export async function runGuardCommand(
  io: { input?: Readable; output?: Writable } = {},
): Promise<void> {
  const input = io.input ?? process.stdin;
  const output = io.output ?? process.stdout;
  const rl = createInterface({ input, crlfDelay: Infinity });
  let lineNo = 0;
  let batch = '';
  let bad = 0;
  let judged = 0;
  for await (const raw of rl) {
    lineNo++;
    const line = lineNo === 1 ? raw.replace(/^\uFEFF/, '') : raw;
    if (line.trim() === '') continue;
    const out = judgeLine(line, lineNo);
    judged++;
    if ('error' in out) bad++;
    batch += JSON.stringify(out) + '\n';
    if (batch.length >= 64 * 1024) {
      await write(output, batch);
      batch = '';
    }
  }
  if (batch) await write(output, batch);
  // stdout holds the answers only; the count of refused lines goes to stderr for a person
  if (bad > 0 && io.output === undefined) process.stderr.write(`recoup compliance guard: ${bad} of ${judged} lines refused as invalid_input (see their "error")\n`);
}

function write(output: Writable, chunk: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const ok = output.write(chunk, (err) => (err ? reject(err) : undefined));
    if (ok) resolve();
    else output.once('drain', () => resolve());
  });
}
