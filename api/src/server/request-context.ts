import { parse as parseCookies } from 'cookie';
import type { Request, Response } from 'express';
import type { Config } from '../config.js';
import { type Context, createLoaders, type Services } from '../context.js';

export const sessionCookieName = 'plac_session';

/** Builds a request's context: who is asking (session cookie or bearer token), and its loaders. */
export async function createRequestContext(
  { req, res }: { req: Request; res: Response },
  { config, services }: { config: Config; services: Services },
): Promise<Context> {
  const bearer = req.headers.authorization?.match(/^Bearer\s+(\S+)$/i)?.[1];
  const sessionSecret = parseCookies(req.headers.cookie ?? '')[sessionCookieName];
  const { viewer, problem } = await services.sessions.authenticate({ bearer, sessionSecret });
  const cookieOptions = {
    httpOnly: true,
    sameSite: 'lax',
    secure: config.env === 'production',
    path: '/',
  } as const;
  return {
    config,
    services,
    loaders: createLoaders(services),
    log: req.log,
    viewer,
    credentialProblem: problem,
    ip: req.ip ?? req.socket.remoteAddress ?? 'unknown',
    sessionCookie: {
      set: (secret, expiresAt) =>
        res.cookie(sessionCookieName, secret, { ...cookieOptions, expires: expiresAt }),
      clear: () => res.clearCookie(sessionCookieName, cookieOptions),
    },
  };
}
