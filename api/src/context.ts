import type { Logger } from 'pino';
import type { Config } from './config.js';
import type { Database } from './db/database.js';
import { AreaService } from './modules/areas/area.service.js';

/** The domain services; stateless, built once per process. */
export type Services = ReturnType<typeof createServices>;

export function createServices(db: Database) {
  return { areas: new AreaService(db) };
}

/** Per-request DataLoaders, so that one request loads each relation in one query. */
export type Loaders = ReturnType<typeof createLoaders>;

export function createLoaders(services: Services) {
  return { areaGeometry: services.areas.geometryLoader() };
}

export type Context = {
  config: Config;
  services: Services;
  loaders: Loaders;
  log: Logger;
};
