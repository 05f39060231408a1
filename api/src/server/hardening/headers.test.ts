import { describe, expect, test } from 'vitest';
import { useTestServer } from '../../../test/server.js';

const development = useTestServer();
const production = useTestServer({ NODE_ENV: 'production' });

const headersOf = async (url: string, accept = 'text/html') =>
  (await fetch(url, { headers: { accept } })).headers;

describe('security headers', () => {
  test('a CSP without inline scripts, no framing, nosniff, a referrer policy, no X-Powered-By', async () => {
    const headers = await headersOf(`${development.server.url}/graphql`);
    const csp = headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain('worker-src');
    expect(headers.get('x-content-type-options')).toBe('nosniff');
    expect(headers.get('referrer-policy')).toBe('same-origin');
    expect(headers.get('x-powered-by')).toBeNull();
    expect(headers.get('strict-transport-security')).toBeNull();
  });

  test('the explorer has no inline script: its script and style are files', async () => {
    const page = await (
      await fetch(`${development.server.url}/graphql`, { headers: { accept: 'text/html' } })
    ).text();
    expect(page).not.toMatch(/<script>|<style>|\son[a-z]+=/);
    const script = await fetch(`${development.server.url}/graphql/explorer.js`);
    expect(script.headers.get('content-type')).toMatch(/javascript/);
    expect(await script.text()).toContain('__schema');
  });

  test('production adds HSTS and turns introspection and the explorer off', async () => {
    const headers = await headersOf(`${production.server.url}/healthz`, 'application/json');
    expect(headers.get('strict-transport-security')).toMatch(/max-age=\d+/);
    const { body } = await production.request('{ __schema { queryType { name } } }');
    expect(body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(body.errors?.[0]?.extensions?.reason).toBe('REQUEST_INVALID');
  });

  test('production does not suggest field names to a stranger', async () => {
    const { body } = await production.request('{ consultationz { id } }');
    expect(body.errors?.[0]?.message).not.toMatch(/Did you mean/);
    const { body: dev } = await development.request('{ consultationz { id } }');
    expect(dev.errors?.[0]?.message).toMatch(/Did you mean/);
  });
});
