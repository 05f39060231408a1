import type DataLoader from 'dataloader';
import type { Router } from 'express';
import type { PubSub } from 'type-graphql';
import type { Config } from '../config.js';
import type { Database } from '../db/database.js';

/** What every module's services may use: the database, the settings, the subscription bus. */
export type Foundation = {
  db: Database;
  config: Pick<
    Config,
    | 'redisUrl'
    | 'rateLimits'
    | 'reportMinAccountAgeHours'
    | 'maxVertices'
    | 'maxGridCells'
    | 'tiles'
    | 'files'
    | 'allowedOrigins'
    | 'planReassignBatchSize'
  >;
  pubSub: PubSub;
};

/** The deps of a module that uses services of modules listed before it. */
export type Uses<Services> = Foundation & Services;

// type-graphql takes resolver classes of any shape.
// biome-ignore lint/complexity/noBannedTypes: a resolver class is any constructor
type ResolverClass = Function;

/**
 * A domain module, registered once in `modules/index.ts`: its GraphQL resolvers, the services
 * they call (built once per process from the foundation and the services of modules listed
 * before it), its per-request DataLoaders and any HTTP routes outside GraphQL.
 */
export type PlacModule<Needs, Provides, Loaders, RouteNeeds> = {
  resolvers: readonly ResolverClass[];
  services(deps: Foundation & Needs): Provides;
  loaders?(services: Provides): Loaders;
  routes?(services: RouteNeeds): Router;
};

export type AnyLoaders = Record<string, DataLoader<never, unknown, unknown>>;

/** Declares a module; the type parameters are inferred from the functions given. */
export const defineModule = <
  Needs = unknown,
  Provides = unknown,
  Loaders extends AnyLoaders = Record<never, never>,
  RouteNeeds = never,
>(
  module: PlacModule<Needs, Provides, Loaders, RouteNeeds>,
) => module;
