import type { Request, Response } from 'express';
import type { Config } from '../config.js';
import { type Context, createLoaders, type Services } from '../context.js';
import { sessionCookieName } from '../modules/identity/request-credentials.js';
import { authenticationOf } from './authenticate.js';

/**
 * Builds a request's context: who is asking (signed in by `authenticate` from the session
 * cookie or a bearer token), and its loaders.
 */
export async function createRequestContext(
  { req, res }: { req: Request; res: Response },
  { config, services }: { config: Config; services: Services },
): Promise<Context> {
  const { viewer, problem } = authenticationOf(res);
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
