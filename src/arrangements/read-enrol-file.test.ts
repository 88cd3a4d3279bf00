import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isAppError } from '../platform/errors.ts';
import { enrolFileText, readEnrolFile } from './read-enrol-file.ts';
import { splitCsv } from './split-csv.ts';

/** The `path: message` lines of the refusal of `text`, or the rows when it is accepted. */
function read(text: string): { rows?: [number, string, string | undefined][]; bad?: string[] } {
  try {
    return { rows: readEnrolFile(text, 'enrol.csv').map((r) => [r.line, r.accountExternalId, r.note]) };
  } catch (e) {
    assert.ok(isAppError(e, 'INVALID_INPUT'), String(e));
    assert.match(e.message, /nobody was enrolled/);
    assert.match(e.userMessage, /未登记任何账户/);
    return { bad: e.details.map((d) => `${d.path}: ${d.message}`) };
  }
}

test('splitCsv keeps true line numbers across quoted line breaks, CRLF, CR, blank lines and a BOM', () => {
  const cases: { text: string; lines: number[] }[] = [
    { text: 'a,b\n1,"x\ny"\n2,z\n', lines: [1, 2, 4] },
    { text: 'a,b\r\n1,"x\r\ny\r\nz"\r\n2,z\r\n', lines: [1, 2, 5] },
    { text: 'a,b\r1,x\r\r2,"q\rr"\r3,z', lines: [1, 2, 4, 6] },
    { text: '\uFEFFa,b\n\n  \n1,x\n', lines: [1, 4] },
  ];
  for (const c of cases) {
    const r = splitCsv(c.text);
    assert.deepEqual(r.problems, [], JSON.stringify(c.text));
    assert.deepEqual(r.records.map((x) => x.line), c.lines, JSON.stringify(c.text));
  }
  assert.deepEqual(splitCsv('a\n" x ""q"" " , y \n').records[1].fields, [' x "q" ', 'y'], 'quotes keep inner spaces; "" is a quote');
});

test('readEnrolFile: the note may be left out; good files give every row with its line', () => {
  assert.deepEqual(read('\uFEFFaccount_external_id,note\nA1,first\nA2\nA3,\n\n"A4","two\nlines"\nA5,x\n').rows, [
    [2, 'A1', 'first'], [3, 'A2', undefined], [4, 'A3', undefined], [6, 'A4', 'two\nlines'], [8, 'A5', 'x'],
  ]);
  assert.deepEqual(read('note,account_external_id\r\nhi,B1\r\n').rows, [[2, 'B1', 'hi']]);
  assert.deepEqual(read('account_external_id\nC1\n').rows, [[2, 'C1', undefined]]);
  assert.deepEqual(read('account_external_id,note\n').rows, []);
});

test('readEnrolFile: every bad line is reported at its own line, and the file is refused', () => {
  const cases: { text: string; bad: string[] }[] = [
    { text: 'account_external_id,note\nA1,ok\nA2\nA3,x\n"A4,never closed\nA5,y\n', bad: ['enrol.csv:5: a quote opened on this line is never closed (the rest of the file is inside it)'] },
    {
      text: 'account_external_id,note\nA1,ok\nA2,one,two\nA3,"x" y\n,empty\nA6,a"b\nA7,fine\n',
      bad: [
        'enrol.csv:3: 3 fields but the header has 2 (account_external_id,note): put a note that contains a comma in quotes',
        'enrol.csv:4: "y" after a closing quote: quote the whole field and write a quote inside it as ""',
        'enrol.csv:5:account_external_id: is empty',
        'enrol.csv:6: a quote inside an unquoted field: quote the whole field and write a quote inside it as ""',
      ],
    },
    { text: 'account_external_id,note\nA1,"two\nlines" x\n', bad: ['enrol.csv:3: "x" after a closing quote: quote the whole field and write a quote inside it as ""'] },
    { text: 'acct,note\nX,y\n', bad: ['enrol.csv:1: the header has no account_external_id column (it has "acct", "note"); the columns are account_external_id[,note]', 'enrol.csv:1: unknown column "acct": the columns are account_external_id[,note]'] },
    { text: 'account_external_id,notes\nX,y\n', bad: ['enrol.csv:1: unknown column "notes": the columns are account_external_id[,note]'] },
    { text: '', bad: ['enrol.csv:1: the file is empty: it needs the header account_external_id[,note] and one account per line'] },
    { text: '\nA1\n', bad: ['enrol.csv:2: the header has no account_external_id column (it has "A1"); the columns are account_external_id[,note]', 'enrol.csv:2: unknown column "A1": the columns are account_external_id[,note]'] },
  ];
  for (const c of cases) assert.deepEqual(read(c.text).bad, c.bad, JSON.stringify(c.text));
});

test('enrolFileText: bytes must be UTF-8', () => {
  assert.equal(enrolFileText(Buffer.from('account_external_id\n张三\n'), 'x.csv'), 'account_external_id\n张三\n');
  const gbk = Buffer.from([0x61, 0x0a, 0xd5, 0xc5, 0xc8, 0xfd, 0x0a]); // "张三" in GBK
  assert.throws(() => enrolFileText(gbk, 'x.csv'), (e) => isAppError(e, 'INVALID_INPUT') && /not UTF-8/.test(e.message));
});
