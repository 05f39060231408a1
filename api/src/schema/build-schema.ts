import 'reflect-metadata';
import { GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { buildSchema, type PubSub } from 'type-graphql';
import { errorReasonEnum } from '../errors/error-reason.enum.js';
import { AreaResolver } from '../modules/areas/area.resolver.js';
import { AuditResolver } from '../modules/audit/audit.resolver.js';
import { BudgetResolver } from '../modules/budget/budget.resolver.js';
import { BudgetStaffResolver } from '../modules/budget/budget-staff.resolver.js';
import { EditionAdminResolver } from '../modules/budget/edition-admin.resolver.js';
import { BudgetProjectDetailsResolver } from '../modules/budget/project-details.resolver.js';
import { CommentResolver } from '../modules/comments/comment.resolver.js';
import { CommentSubscriptionResolver } from '../modules/comments/comment.subscription.js';
import { CommentFieldsResolver } from '../modules/comments/comment-fields.resolver.js';
import { ModerationResolver } from '../modules/comments/moderation.resolver.js';
import { ConsultationResolver } from '../modules/consultations/consultation.resolver.js';
import {
  ConsultationDetailsResolver,
  MeetingResolver,
} from '../modules/consultations/consultation-details.resolver.js';
import { FeedbackResolver } from '../modules/feedback/feedback.resolver.js';
import { authChecker, denyUndeclaredMutations } from '../modules/identity/access.js';
import { AccessTokenResolver } from '../modules/identity/access-token.resolver.js';
import { AccountResolver } from '../modules/identity/account.resolver.js';
import { RoleResolver } from '../modules/identity/role.resolver.js';
import { UserResolver } from '../modules/identity/user.resolver.js';
import {
  ConsultationPlansResolver,
  PlanResolver,
  PlanZoneResolver,
} from '../modules/plans/plan.resolver.js';
import { ReportResolver } from '../modules/reports/report.resolver.js';
import { CommentResponseResolver } from '../modules/responses/comment-response.resolver.js';
import { ResponseResolver } from '../modules/responses/response.resolver.js';
import { UnitResolver } from '../modules/units/unit.resolver.js';
import { createPubSub } from '../realtime/pubsub.js';

export const resolvers = [
  AreaResolver,
  UnitResolver,
  BudgetResolver,
  BudgetStaffResolver,
  EditionAdminResolver,
  BudgetProjectDetailsResolver,
  ConsultationResolver,
  ConsultationDetailsResolver,
  MeetingResolver,
  PlanResolver,
  PlanZoneResolver,
  ConsultationPlansResolver,
  CommentResolver,
  CommentFieldsResolver,
  CommentSubscriptionResolver,
  ModerationResolver,
  AccountResolver,
  UserResolver,
  AccessTokenResolver,
  RoleResolver,
  AuditResolver,
  ResponseResolver,
  FeedbackResolver,
  ReportResolver,
  CommentResponseResolver,
] as const;

/** `pubSub` carries subscription events; the services publish to the same one. */
export async function buildPlacSchema(pubSub: PubSub = createPubSub()): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers,
    pubSub,
    validate: false,
    authChecker,
    authMode: 'error',
    globalMiddlewares: [denyUndeclaredMutations],
  });
  const config = schema.toConfig();
  return new GraphQLSchema({ ...config, types: [...config.types, errorReasonEnum] });
}

/** The SDL committed in schema/schema.graphql: sorted, so that it diffs cleanly. */
export async function printPlacSchema(): Promise<string> {
  return `${printSchema(lexicographicSortSchema(await buildPlacSchema()))}\n`;
}
