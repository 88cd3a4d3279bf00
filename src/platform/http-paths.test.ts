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

test('Accept-Language: the most preferred language decides', async () => {
  const { prefersChinese } = await import('./http.ts');
  assert.equal(prefersChinese('zh-CN,zh;q=0.9,en;q=0.8'), true);
  assert.equal(prefersChinese('en-US,en;q=0.9,zh-CN;q=0.8'), false);
  assert.equal(prefersChinese('en;q=0.5, zh-Hans;q=0.7'), true);
  assert.equal(prefersChinese('zh'), true);
  assert.equal(prefersChinese(undefined), false);
  assert.equal(prefersChinese('*'), false);
  assert.equal(prefersChinese('zh-CN;q=0, en;q=0.1'), false); // q=0 refuses Chinese
});
