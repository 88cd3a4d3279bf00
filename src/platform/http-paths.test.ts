/** Schema-validation errors use the same dotted path style as every other located error. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dottedPath } from './http.ts';

test('JSON pointers become dotted paths with [index]', () => {
  assert.equal(dottedPath('body', '/payments/0/amountMinor'), 'body.payments[0].amountMinor');
  assert.equal(dottedPath('params', '/id'), 'params.id');
  assert.equal(dottedPath('querystring', ''), 'querystring');
  assert.equal(dottedPath('body', '/a~1b/c~0d'), 'body.a/b.c~d');
});
