import { parse as parseCookies } from 'cookie';
import type { Request } from 'express';
import type { Services } from '../../context.js';
import { sessionCookieName } from '../../server/request-context.js';
import type { Viewer } from '../identity/viewer.js';

/**
 * Who sent a plain HTTP request (a download, a printable page), by the same session cookie
 * or bearer token as /graphql. Credentials that sign no one in leave a visitor, who gets the
 * public version.
 */
export async function requestViewer(req: Request, services: Services): Promise<Viewer | null> {
  const bearer = req.headers.authorization?.match(/^Bearer\s+(\S+)$/i)?.[1];
  const sessionSecret = parseCookies(req.headers.cookie ?? '')[sessionCookieName];
  return (await services.sessions.authenticate({ bearer, sessionSecret })).viewer;
}
