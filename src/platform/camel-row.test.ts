import assert from 'node:assert/strict';
import { test } from 'node:test';
import { camelRow } from './camel-row.ts';

test('camelRow renames top-level snake_case keys and leaves values (and nested JSON) alone', () => {
  const payload = { account_id: 7, nested_key: { deep_key: 1 } };
  const cases: [Record<string, unknown>, Record<string, unknown>][] = [
    [{ tenant_id: 't', rows_total: 3, id: 1 }, { tenantId: 't', rowsTotal: 3, id: 1 }],
    [{ aggregate_id: '9', payload }, { aggregateId: '9', payload }],
    [{ error_file: null, already: true }, { errorFile: null, already: true }],
    [{ utf8_bom: 1, sha256_hex: 'x' }, { utf8Bom: 1, sha256Hex: 'x' }],
  ];
  for (const [row, want] of cases) assert.deepEqual(camelRow(row), want);
  assert.equal(camelRow({ payload }).payload, payload, 'values are the same objects');
});
