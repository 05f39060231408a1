import { Writable } from 'node:stream';
import pino from 'pino';
import { describe, expect, test } from 'vitest';
import { useTestServer } from '../../test/server.js';
import { accessTokenOf, signedUpResident } from '../modules/identity/identity.scenario.js';

// Every line the server logs, as written.
const lines: string[] = [];
const sink = new Writable({
  write(chunk, _encoding, done) {
    lines.push(String(chunk));
    done();
  },
});
const { services, request } = useTestServer({}, pino({ level: 'info' }, sink));

describe('the request log', () => {
  test('a signed-in request leaves no cookie, bearer token or Set-Cookie in the log', async () => {
    // Signing up answers with Set-Cookie; the next requests send the cookie and a bearer token.
    const { userId, cookie } = await signedUpResident(request);
    const { token } = await accessTokenOf(services, userId);
    await request('{ me { id } }', {}, { cookie });
    await request('{ me { id } }', {}, { authorization: `Bearer ${token}` });
    await request('{ me { id } }', {}, { cookie, authorization: `Bearer ${token}` });

    const log = lines.join('');
    const session = cookie.split('=')[1] ?? '';
    expect(session.length).toBeGreaterThan(20);
    expect(lines.filter((l) => l.includes('"url":"/graphql"')).length).toBeGreaterThanOrEqual(4);
    expect(log).not.toContain(session);
    expect(log).not.toContain(token);
    expect(log).not.toContain(token.slice(-16));
    expect(log).toContain('"cookie":"[redacted]"');
    expect(log).toContain('"authorization":"[redacted]"');
    expect(log).toContain('"set-cookie":"[redacted]"');
  });
});
