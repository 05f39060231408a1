import type { Logger } from 'pino';
import type { Config } from './config.js';
import type { DomainError } from './errors/domain-error.js';
import type { Viewer } from './modules/identity/viewer.js';
import type { Loaders, Services } from './modules/index.js';

export { createLoaders, createServices, type Loaders, type Services } from './modules/index.js';

export type SessionCookie = { set(secret: string, expiresAt: Date): void; clear(): void };

export type Context = {
  config: Config;
  services: Services;
  loaders: Loaders;
  log: Logger;
  /** The signed-in user; null for a visitor. */
  viewer: Viewer | null;
  /** Why credentials the request carried did not sign anyone in (expired, revoked…). */
  credentialProblem?: DomainError;
  ip: string;
  sessionCookie: SessionCookie;
};
