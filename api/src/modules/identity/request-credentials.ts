import type { IncomingHttpHeaders } from 'node:http';
import { parse as parseCookies } from 'cookie';
import type { SessionService } from './session.service.js';
import type { Viewer } from './viewer.js';

export const sessionCookieName = 'plac_session';

export type Credentials = { bearer?: string; sessionSecret?: string };

const bearerOf = (value: unknown) =>
  typeof value === 'string' ? value.match(/^Bearer\s+(\S+)$/i)?.[1] : undefined;

/**
 * The credentials a request carries: the session cookie, and a bearer token from the
 * Authorization header, or for a WebSocket from its connection parameters (browsers cannot
 * set headers on one).
 */
export function readCredentials(
  headers: IncomingHttpHeaders,
  authorization: unknown = headers.authorization,
): Credentials {
  return {
    bearer: bearerOf(authorization),
    sessionSecret: parseCookies(headers.cookie ?? '')[sessionCookieName],
  };
}

/**
 * Who sent a plain HTTP request (a download, a printable page). Credentials that sign no one
 * in leave a visitor, who gets the public version.
 */
export async function requestViewer(
  headers: IncomingHttpHeaders,
  sessions: SessionService,
): Promise<Viewer | null> {
  return (await sessions.authenticate(readCredentials(headers))).viewer;
}
