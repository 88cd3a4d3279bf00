/** The arrangements options follow the platform settings: public base URL and upload limit. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { arrangementsOptions, configureArrangements } from './options.ts';

test('public links use RECOUP_PUBLIC_BASE_URL (without a trailing slash); uploads are capped by RECOUP_MAX_UPLOAD_BYTES', () => {
  process.env.RECOUP_PUBLIC_BASE_URL = 'https://pay.example.com/';
  process.env.RECOUP_MAX_UPLOAD_BYTES = '4096';
  const o = arrangementsOptions();
  assert.equal(o.publicBaseUrl, 'https://pay.example.com');
  assert.equal(o.maxEvidenceBytes, 4096);
  assert.equal(configureArrangements({ maxEvidenceBytes: 8192 }).publicBaseUrl, 'https://pay.example.com');
  assert.equal(arrangementsOptions().maxEvidenceBytes, 8192);
});
