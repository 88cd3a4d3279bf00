/** Where the embedded server's Unix-domain socket goes, and when it falls back to TCP. */
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { test } from 'node:test';
import { socketDirFor } from './embedded.ts';

test('the socket goes in the data folder when its path fits', () => {
  assert.equal(socketDirFor('/tmp/recoup-x/pg', 5432), '/tmp/recoup-x/pg');
  assert.equal(socketDirFor('data/pg', 5432), resolve('data/pg'));
});

test('a path the kernel would refuse (over 100 bytes with the socket name) means TCP', () => {
  const dir = '/' + 'd'.repeat(85);
  assert.equal(socketDirFor(dir, 5432), dir); // 86 + ".s.PGSQL.5432" (13) + "/" = 100
  assert.equal(socketDirFor(dir + 'x', 5432), null);
});

test('characters that the setting or the URL would split on mean TCP', () => {
  for (const d of ['/tmp/a,b', '/tmp/a b', "/tmp/a'b", '/tmp/a"b', '/tmp/a\\b']) assert.equal(socketDirFor(d, 5432), null, d);
});
