import { Router } from 'express';
import type { NonEmptyArray } from 'type-graphql';
import type { Database } from '../db/database.js';
import { createPubSub } from '../realtime/pubsub.js';
import { areasModule } from './areas/areas.module.js';
import { auditModule } from './audit/audit.module.js';
import { budgetModule } from './budget/budget.module.js';
import { commentsModule } from './comments/comments.module.js';
import { consultationsModule } from './consultations/consultations.module.js';
import { exportsModule } from './exports/exports.module.js';
import { feedbackModule } from './feedback/feedback.module.js';
import { filesModule } from './files/files.module.js';
import { identityModule } from './identity/identity.module.js';
import type { Foundation } from './module.js';
import { plansModule } from './plans/plans.module.js';
import { reportsModule } from './reports/reports.module.js';
import { responsesModule } from './responses/responses.module.js';
import { staffModule } from './staff/staff.module.js';
import { tilesModule } from './tiles/tiles.module.js';
import { unitsModule } from './units/units.module.js';

/** Every module, once. A module's services may use those of the modules before it. */
const modules = [
  areasModule,
  unitsModule,
  identityModule,
  auditModule,
  filesModule,
  consultationsModule,
  plansModule,
  commentsModule,
  responsesModule,
  feedbackModule,
  reportsModule,
  exportsModule,
  staffModule,
  budgetModule,
  tilesModule,
] as const;

type Module = (typeof modules)[number];
type Intersection<U> = (U extends unknown ? (k: U) => void : never) extends (k: infer I) => void
  ? I
  : never;

/** The domain services; stateless but for rate-limit counters, built once per process. */
export type Services = Pick<Foundation, 'pubSub'> & Intersection<ReturnType<Module['services']>>;

/** Per-request DataLoaders, so that one request loads each relation in one query. */
export type Loaders = Intersection<ReturnType<NonNullable<Module['loaders']>>>;

export const resolvers = modules.flatMap((module) => module.resolvers) as unknown as NonEmptyArray<
  // biome-ignore lint/complexity/noBannedTypes: type-graphql's own type for resolver classes
  Function
>;

export function createServices(db: Database, config: Foundation['config']): Services {
  const services: Record<string, unknown> = { pubSub: createPubSub() };
  for (const module of modules) {
    Object.assign(services, module.services({ ...services, db, config } as never));
  }
  return services as Services;
}

export function createLoaders(services: Services): Loaders {
  const loaders = modules.map((module) => module.loaders?.(services as never));
  return Object.assign({}, ...loaders);
}

/** The modules' HTTP routes outside GraphQL: printable pages and downloads. */
export function moduleRoutes(services: Services): Router {
  const router = Router();
  for (const { routes } of modules) if (routes) router.use(routes(services as never));
  return router;
}
