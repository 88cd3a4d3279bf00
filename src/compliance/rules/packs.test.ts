/** Rule packs: versions, per-portfolio overrides, and overlays that may only tighten. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isAppError } from '../../platform/errors.ts';
import { defaultPacks, resolvePack } from './packs.ts';

describe('resolvePack', () => {
  it('default packs keep their version and the RULES.md parameters', () => {
    const us = resolvePack('US_REG_F');
    assert.equal(us.version, defaultPacks.US_REG_F.version);
    assert.deepEqual([us.params.window.startMinute, us.params.window.endMinute, us.params.callsPerWindow, us.params.postConversationWaitDays], [480, 1260, 7, 7]);
    const cn = resolvePack('CN_NIFA');
    assert.deepEqual([cn.params.window.endMinute, cn.params.cnConnectedCallsPerDay, cn.params.cnUnansweredPerNumberPerDay], [1320, 3, 6]);
  });
  it('a tightening override changes the version', () => {
    const p = resolvePack('US_REG_F', { callsPerWindow: 5 });
    assert.equal(p.params.callsPerWindow, 5);
    assert.notEqual(p.version, defaultPacks.US_REG_F.version);
    assert.equal(resolvePack('US_REG_F', { callsPerWindow: 5 }).version, p.version, 'same parameters, same version');
  });
  const loosening: [string, Parameters<typeof resolvePack>][] = [
    ['more calls than 7 in 7', ['US_REG_F', { callsPerWindow: 8 }]],
    ['a shorter post-conversation wait', ['US_REG_F', { postConversationWaitDays: 3 }]],
    ['US calls until 22:00', ['US_REG_F', { window: { startMinute: 480, endMinute: 1320, edgesBlocked: true } }]],
    ['CN 4 connected calls a day', ['CN_NIFA', { cnConnectedCallsPerDay: 4 }]],
    ['an overlay of another regime', ['UK_CONC', undefined, ['US-MA-940CMR7']]],
    ['an unknown overlay', ['US_REG_F', undefined, ['US-XX']]],
    ['an overlay that loosens', ['US_REG_F', undefined, [{ id: 'loose', regime: 'US_REG_F', description: '', citation: '', params: { callsPerWindow: 9 } }]]],
  ];
  for (const [name, args] of loosening) {
    it(`refuses ${name}`, () => {
      assert.throws(() => resolvePack(...args), (e) => isAppError(e, 'INVALID_INPUT'));
    });
  }
  it('the UK firm window is policy and may be set (e.g. 09:00-20:00 or 07:30-21:30)', () => {
    assert.equal(resolvePack('UK_CONC', { window: { startMinute: 540, endMinute: 1200, edgesBlocked: true } }).params.window.startMinute, 540);
    assert.equal(resolvePack('UK_CONC', { window: { startMinute: 450, endMinute: 1290, edgesBlocked: true } }).params.window.endMinute, 1290);
  });
  it('an overlay tightens and records its source', () => {
    const p = resolvePack('US_REG_F', undefined, ['US-MA-940CMR7']);
    assert.equal(p.params.callsPerWindow, 2);
    assert.deepEqual(p.overlays, ['US-MA-940CMR7']);
    assert.match(p.sources.callsPerWindow, /940 CMR/);
  });
});
