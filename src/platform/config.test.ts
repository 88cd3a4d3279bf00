/** Settings: every one documented in .env.example; defaults; every bad value reported at once, by name. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { AppError } from './errors.ts';
import { configKeys, loadConfig } from './config.ts';

test('.env.example documents every setting', () => {
  const example = readFileSync(new URL('../../.env.example', import.meta.url), 'utf8');
  const missing = configKeys.filter((k) => !new RegExp(`^#? ?${k}=`, 'm').test(example));
  assert.deepEqual(missing, []);
});

test('defaults, and an empty variable means unset', () => {
  const c = loadConfig({ RECOUP_PUBLIC_BASE_URL: '' });
  assert.equal(c.PORT, 3000);
  assert.equal(c.RECOUP_PUBLIC_BASE_URL, undefined);
  assert.equal(c.RECOUP_MAX_UPLOAD_BYTES, 10 * 1024 * 1024);
  assert.equal(loadConfig({ RECOUP_PUBLIC_BASE_URL: 'https://pay.example.com/', RECOUP_MAX_UPLOAD_BYTES: '2048' }).RECOUP_MAX_UPLOAD_BYTES, 2048);
});

test('bad values are all reported, each by its name', () => {
  assert.throws(
    () => loadConfig({ RECOUP_PUBLIC_BASE_URL: 'pay.example.com', RECOUP_MAX_UPLOAD_BYTES: '12', PORT: 'x' }),
    (e: unknown) => {
      assert.ok(e instanceof AppError);
      assert.equal(e.code, 'CONFIG_INVALID');
      assert.deepEqual((e.details ?? []).map((d) => d.path).sort(), ['PORT', 'RECOUP_MAX_UPLOAD_BYTES', 'RECOUP_PUBLIC_BASE_URL']);
      return true;
    },
  );
});
