import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { getAuthority } from './authority.ts';

const bin = fileURLToPath(new URL('../../bin/recoup.js', import.meta.url));
const recoup = (...args: string[]) => spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8' });

test('recoup arrangements authority prints the same cell as getAuthority', () => {
  const r = recoup('arrangements', 'authority', '--level', 'team_lead', '--bucket', 'M5', '--score-band', 'A');
  assert.equal(r.status, 0, r.stderr);
  assert.deepEqual(JSON.parse(r.stdout), getAuthority({ level: 'team_lead', bucket: 'M5', scoreBand: 'A' }));
});

test('recoup arrangements authority refuses an unknown level with exit code 2', () => {
  const r = recoup('arrangements', 'authority', '--level', 'ceo', '--bucket', 'M5');
  assert.equal(r.status, 2);
  assert.equal(r.stdout, '');
  assert.match(r.stderr, /--level must be one of robot, agent, team_lead, supervisor/);
});

test('recoup arrangements authority takes band E (scorecards give A–E) and refuses an unknown band', () => {
  const r = recoup('arrangements', 'authority', '--level', 'agent', '--bucket', 'M3', '--score-band', 'E');
  assert.equal(r.status, 0, r.stderr);
  assert.deepEqual(JSON.parse(r.stdout), getAuthority({ level: 'agent', bucket: 'M3', scoreBand: 'E' }));
  const bad = recoup('arrangements', 'authority', '--level', 'agent', '--bucket', 'M3', '--score-band', 'F');
  assert.equal(bad.status, 2);
  assert.match(bad.stderr, /--score-band must be one of A, B, C, D, E, unscored/);
});
