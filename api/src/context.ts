import type { Logger } from 'pino';
import type { Config } from './config.js';
import type { Database } from './db/database.js';
import type { DomainError } from './errors/domain-error.js';
import { AreaService } from './modules/areas/area.service.js';
import { AuditService } from './modules/audit/audit.service.js';
import { createBudgetServices } from './modules/budget/budget.services.js';
import { CommentService } from './modules/comments/comment.service.js';
import { commentAddedTopic } from './modules/comments/comment.subscription.js';
import { CommentQueryService } from './modules/comments/comment-query.service.js';
import { ModerationService } from './modules/comments/moderation.service.js';
import { ConsultationService } from './modules/consultations/consultation.service.js';
import { CoordinatorService } from './modules/consultations/coordinator.service.js';
import { MeetingService } from './modules/consultations/meeting.service.js';
import { ExportService } from './modules/exports/export.service.js';
import { FeedbackService } from './modules/feedback/feedback.service.js';
import { AccessTokenService } from './modules/identity/access-token.service.js';
import { AccountService } from './modules/identity/account.service.js';
import { RateLimits } from './modules/identity/rate-limits.js';
import { RoleService } from './modules/identity/role.service.js';
import { SessionService } from './modules/identity/session.service.js';
import { UserService } from './modules/identity/user.service.js';
import type { Viewer } from './modules/identity/viewer.js';
import { PlanService } from './modules/plans/plan.service.js';
import { ReportService } from './modules/reports/report.service.js';
import { ResponseService } from './modules/responses/response.service.js';
import { UnitService } from './modules/units/unit.service.js';
import { createPubSub } from './realtime/pubsub.js';

/** The domain services; stateless but for rate-limit counters, built once per process. */
export type Services = ReturnType<typeof createServices>;

export function createServices(db: Database, config: Pick<Config, 'redisUrl' | 'maxVertices'>) {
  const pubSub = createPubSub();
  const sessions = new SessionService(db);
  const consultations = new ConsultationService(db, config.maxVertices);
  const rateLimits = new RateLimits(config.redisUrl);
  const comments = new CommentService(db, consultations, config.maxVertices, (comment) =>
    pubSub.publish(commentAddedTopic, comment),
  );
  return {
    pubSub,
    areas: new AreaService(db),
    consultations,
    meetings: new MeetingService(db, consultations),
    coordinators: new CoordinatorService(db, consultations),
    plans: new PlanService(db, consultations, config.maxVertices),
    comments,
    commentQueries: new CommentQueryService(db, consultations, config.maxVertices),
    moderation: new ModerationService(db, comments),
    audit: new AuditService(db),
    units: new UnitService(db),
    budget: createBudgetServices(db, config.maxVertices),
    users: new UserService(db),
    sessions,
    rateLimits,
    accounts: new AccountService(db, sessions, rateLimits),
    accessTokens: new AccessTokenService(db),
    roles: new RoleService(db),
    responses: new ResponseService(db),
    feedback: new FeedbackService(db),
    reports: new ReportService(db, consultations),
    exports: new ExportService(db, consultations),
  };
}

/** Per-request DataLoaders, so that one request loads each relation in one query. */
export type Loaders = ReturnType<typeof createLoaders>;

export function createLoaders(services: Services) {
  return {
    ...services.consultations.loaders(),
    ...services.plans.loaders(),
    ...services.comments.loaders(),
    area: services.areas.areaLoader(),
    ...services.budget.projects.loaders(),
    areaGeometry: services.areas.geometryLoader(),
    user: services.users.userLoader(),
    roles: services.users.rolesLoader(),
    officialResponse: services.responses.responseLoader(),
  };
}

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
