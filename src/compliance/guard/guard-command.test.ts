import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { judgeLine } from './guard-command.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const bin = join(root, 'bin', 'recoup.js');

function runCli(stdin: string, cwd: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    // an empty environment apart from PATH: the command needs no configuration
    const child = spawn(process.execPath, [bin, 'compliance', 'guard'], { cwd, env: { PATH: process.env.PATH ?? '' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(stdin);
  });
}

const input = [
  JSON.stringify({ id: 'a', text: 'Pay now or we will tell your employer.' }),
  JSON.stringify({ id: 2, text: '您好，请按时还款，如有困难可申请分期。', lang: 'zh' }),
  '',
  'this is not json',
  JSON.stringify({ id: 'no-text' }),
  JSON.stringify({ id: 'bad-lang', text: 'hello', lang: 'fr' }),
  JSON.stringify({ id: 'tp', text: 'Tell John his loan is overdue.', audience: 'third_party', channel: 'phone' }),
  JSON.stringify({ id: 'tb', text: 'We will sue you.', timeBarred: true }),
  JSON.stringify([1, 2]),
  JSON.stringify({ id: 'zh', text: '你这个老赖' }),
  JSON.stringify({ id: 'zh-CN', text: '您好，请按时还款。', lang: 'zh-CN' }),
  JSON.stringify({ id: 'en-GB', text: 'Hello, this is ABC Finance.', lang: 'en-GB' }),
  JSON.stringify({ id: 'zh-fr', text: 'hello', lang: 'zh-' }),
].join('\n');

describe('recoup compliance guard (CLI)', () => {
  for (const cwd of [root, tmpdir()]) {
    it(`judges JSON Lines in order, one line per input, from ${cwd === root ? 'the repo' : 'a temporary directory'}`, async () => {
      const { code, stdout } = await runCli(input, cwd);
      assert.equal(code, 0);
      const lines = stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
      assert.deepEqual(
        lines.map((l) => [l.id, l.allowed, l.reasons]),
        [
          ['a', false, ['prohibited_content_threat']],
          [2, true, []],
          [null, false, ['invalid_input']],
          ['no-text', false, ['invalid_input']],
          ['bad-lang', false, ['invalid_input']],
          ['tp', false, ['third_party_disclosure']],
          ['tb', false, ['time_barred_suit_threat']],
          [null, false, ['invalid_input']],
          ['zh', false, ['prohibited_content_obscene']],
          ['zh-CN', true, []],
          ['en-GB', true, []],
          ['zh-fr', false, ['invalid_input']],
        ],
      );
      assert.deepEqual(lines[0].spans, [{ start: 19, end: 37, reason: 'prohibited_content_threat' }]);
      assert.match(String(lines[2].error), /^line 4: not valid JSON \(/);
      assert.equal(lines[3].error, 'line 5: text: required, must be a string (got nothing)');
      assert.match(String(lines[4].error), /^line 6: lang: must be "zh" or "en"/);
      assert.equal(lines[7].error, 'line 9: expected a JSON object');
    });
  }

  it('handles empty input', async () => {
    const { code, stdout } = await runCli('', root);
    assert.equal(code, 0);
    assert.equal(stdout, '');
  });
});

describe('judgeLine', () => {
  const table: { line: string; expect: Record<string, unknown> }[] = [
    { line: '{"id":"x","text":"Hello, this is a reminder that your payment is due."}', expect: { id: 'x', allowed: true, reasons: [], spans: [] } },
    { line: '{"id":"y","text":"hi","audience":"neighbour"}', expect: { id: 'y', allowed: false, reasons: ['invalid_input'], spans: [], error: 'line 3: audience: must be "debtor" or "third_party" (got "neighbour")' } },
    { line: '{"id":"z","text":"hi","timeBarred":"yes"}', expect: { id: 'z', allowed: false, reasons: ['invalid_input'], spans: [], error: 'line 3: timeBarred: must be true or false' } },
    { line: '{"text":"hi"}', expect: { id: null, allowed: false, reasons: ['invalid_input'], spans: [], error: 'line 3: id: required (a string or number)' } },
    { line: '{"id":{"a":1},"text":"hi"}', expect: { id: null, allowed: false, reasons: ['invalid_input'], spans: [], error: 'line 3: id: must be a string or number' } },
    // the scenario channels, any case; a voicemail is left on the phone; anything else is refused
    { line: '{"id":"c1","text":"Hello, this is a reminder that your payment is due.","channel":"SMS"}', expect: { id: 'c1', allowed: true, reasons: [], spans: [] } },
    { line: '{"id":"c2","text":"Hello, this is a reminder that your payment is due.","channel":"voicemail"}', expect: { id: 'c2', allowed: true, reasons: [], spans: [] } },
    { line: '{"id":"c3","text":"hi","channel":"fax"}', expect: { id: 'c3', allowed: false, reasons: ['invalid_input'], spans: [], error: 'line 3: channel: must be one of phone, sms, email, letter, social_media (got "fax")' } },
  ];
  for (const t of table) it(t.line, () => assert.deepEqual(judgeLine(t.line, 3), t.expect));

  it('never lets the classifier alone block a short text, and its spans leave out surrounding white space', () => {
    for (const text of ['你好', '还钱吧', '你在哪', 'Pay up', 'You owe us', '   Pay up   ']) {
      const r = judgeLine(JSON.stringify({ id: 1, text }), 1);
      assert.deepEqual('reasons' in r ? r.reasons : null, [], text);
    }
  });

  it('finds every match in a 100 KB run-on text (each match looks at a bounded window around it)', () => {
    // 11,000 insults in one sentence: every one is found (each match looks at a bounded window)
    const r = judgeLine(JSON.stringify({ id: 1, text: 'deadbeat '.repeat(11_000) }), 1);
    assert.ok('spans' in r);
    assert.equal(r.spans.length, 11_000);
  });

  it('gives spans as UTF-16 offsets into the given text', () => {
    const text = '😀 Pay or go to jail.';
    const r = judgeLine(JSON.stringify({ id: 1, text }), 1);
    assert.ok('spans' in r);
    const span = r.spans[0];
    assert.equal(text.slice(span.start, span.end), 'go to jail');
  });
});
