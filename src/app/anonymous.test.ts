import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { createTestApp, type TestApp } from './testing.ts';

let h: TestApp;
before(async () => {
  h = await createTestApp();
});
after(async () => {
  await h.close();
});

test('every /v1 route refuses an anonymous caller with 401 problem+json', async () => {
  const routes: { method: string; url: string }[] = [];
  // Fastify has no public route list; the OpenAPI document lists every route we registered.
  const doc = (await h.app.inject({ method: 'GET', url: '/docs/json' })).json() as { paths: Record<string, Record<string, unknown>> };
  for (const [path, methods] of Object.entries(doc.paths)) {
    if (!path.startsWith('/v1')) continue;
    for (const m of Object.keys(methods)) routes.push({ method: m.toUpperCase(), url: path.replace(/\{[^}]+\}/g, '1') });
  }
  // Every domain's routes are in the document (the platform, portfolio, delinquency,
  // compliance, scoring and arrangements domains register over fifty /v1 routes).
  assert.ok(routes.length >= 50, `only ${routes.length} /v1 routes in the OpenAPI document`);
  for (const r of routes) {
    const res = await h.app.inject({ method: r.method as 'GET', url: r.url, payload: r.method === 'GET' ? undefined : {} });
    assert.equal(res.statusCode, 401, `${r.method} ${r.url} answered ${res.statusCode}`);
    assert.match(String(res.headers['content-type']), /application\/problem\+json/);
    const bad = await h.app.inject({ method: r.method as 'GET', url: r.url, headers: { authorization: 'Bearer rk_00000000.notavalidsecretatall' }, payload: r.method === 'GET' ? undefined : {} });
    assert.equal(bad.statusCode, 401, `${r.method} ${r.url} with a bad key answered ${bad.statusCode}`);
    // Missing and wrong keys are told apart.
    assert.match(res.body, /an API key is required/);
    assert.match(bad.body, /the API key is not valid/);
  }
});

test('health and OpenAPI are public', async () => {
  assert.equal((await h.app.inject({ method: 'GET', url: '/healthz' })).statusCode, 200);
  const doc = await h.app.inject({ method: 'GET', url: '/docs/json' });
  assert.equal(doc.statusCode, 200);
  assert.equal(doc.json().info.title, 'Recoup API');
  // Problem titles follow Accept-Language (zh-CN or English).
  const zh = await h.app.inject({ method: 'GET', url: '/v1/accounts', headers: { 'accept-language': 'zh-CN,zh;q=0.9,en;q=0.5' } });
  assert.equal(zh.json().title, '需要身份验证');
  assert.equal(zh.headers['content-language'], 'zh-CN');
  const en = await h.app.inject({ method: 'GET', url: '/v1/accounts' });
  assert.equal(en.json().title, 'Authentication required');
  // Error answers are documented on every /v1 operation, as problem+json with located errors.
  const post = doc.json().paths['/v1/payments'].post.responses;
  const problem = post['4XX'] ?? post['4xx'];
  assert.ok(problem, `responses of POST /v1/payments: ${Object.keys(post).join(', ')}`);
  assert.ok(JSON.stringify(problem).includes('errors'));
  const metrics = await h.app.inject({ method: 'GET', url: '/metrics' });
  assert.match(metrics.body, /process_cpu_user_seconds_total/);
});
