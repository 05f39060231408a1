import type { CacheExchangeOpts } from '@urql/exchange-graphcache';
import { invalidateEveryQuery } from '../features/account/accountCache';
import { invalidateProjectComments } from '../features/budget-comments/budgetCommentsCache';
import { invalidateAfterDelivery } from '../features/budget-delivery/deliveryCache';
import {
  invalidateAfterPaperBallot,
  invalidateAfterTally,
} from '../features/budget-tally/tallyCache';
import { invalidateAfterDecision } from '../features/moderation/moderationCache';
import {
  invalidateAfterRoleChange,
  invalidateAfterVerification,
} from '../features/people/peopleCache';
import { invalidateAfterResponse, invalidateQueryField } from '../features/planner/plannerCache';
import type { introspection } from '../graphql/graphql-env';

type SchemaTypes = introspection['types'];
type RootType = 'Query' | 'Mutation' | 'Subscription';

/** Object types with no `id`: graphcache stores them inside their parent, not by key. */
type EmbeddedType = {
  [Name in keyof SchemaTypes]: SchemaTypes[Name] extends { kind: 'OBJECT'; fields: infer Fields }
    ? 'id' extends keyof Fields
      ? never
      : Name extends RootType | `__${string}`
        ? never
        : Name
    : never;
}[keyof SchemaTypes];

const embedded = () => null;

/** Typed against the schema: a new id-less type fails the typecheck until it is listed here. */
const keys = {
  AgeBandCount: embedded,
  AppealEntry: embedded,
  AuditEventConnection: embedded,
  AuditEventEdge: embedded,
  AuthorHistory: embedded,
  AwaitingAnswer: embedded,
  BudgetPhasePeriod: embedded,
  BudgetProjectConnection: embedded,
  BudgetProjectEdge: embedded,
  BudgetStatistics: embedded,
  CoauthorInvitation: embedded,
  CommentConnection: embedded,
  CommentEdge: embedded,
  CommentVersion: embedded,
  ConflictCandidate: embedded,
  ConflictCandidateConnection: embedded,
  ConflictCandidateEdge: embedded,
  ConsultationConnection: embedded,
  ConsultationEdge: embedded,
  ConsultationReport: embedded,
  ConsultationStatusCount: embedded,
  CostLine: embedded,
  CreatedAccessToken: embedded,
  DecisionCount: embedded,
  DeliveryProject: embedded,
  DeliverySummary: embedded,
  DistrictCount: embedded,
  DistrictTurnout: embedded,
  EvaluationChecklistItem: embedded,
  FeedbackCell: embedded,
  FormalRemark: embedded,
  ModerationItem: embedded,
  ModerationItemEdge: embedded,
  ModerationQueue: embedded,
  Money: embedded,
  MyBudgetProject: embedded,
  NearProject: embedded,
  OfficialResponse: embedded,
  PabulibMetaEntry: embedded,
  PabulibPreview: embedded,
  PabulibPreviewEdition: embedded,
  PabulibPreviewPool: embedded,
  PabulibProblem: embedded,
  PageInfo: embedded,
  PaperBallotConnection: embedded,
  PaperBallotEdge: embedded,
  PersonConnection: embedded,
  PersonEdge: embedded,
  PlanChanges: embedded,
  PlanFeatureProblem: embedded,
  PlanPreview: embedded,
  PlanReassignment: embedded,
  PoolParticipation: embedded,
  PoolResult: embedded,
  PreviewZone: embedded,
  ProjectConflict: embedded,
  ProjectDelivery: embedded,
  ProjectResult: embedded,
  ProposalAccess: embedded,
  ProposalVocabulary: embedded,
  ReportDistrict: embedded,
  ReportRemark: embedded,
  RoleGrant: embedded,
  RoleHolderConnection: embedded,
  RoleHolderEdge: embedded,
  SexCount: embedded,
  StaffOverview: embedded,
  StanceCounts: embedded,
  TopicCount: embedded,
  VerificationEntry: embedded,
  VerificationEntryConnection: embedded,
  VerificationEntryEdge: embedded,
  VerificationRequestConnection: embedded,
  VerificationRequestEdge: embedded,
  ZoneParameter: embedded,
} satisfies Record<EmbeddedType, () => null>;

/**
 * What a mutation changes beyond the entity it returns: the queries to fetch again.
 * Each feature lists its own mutations here.
 */
const updates: CacheExchangeOpts['updates'] = {
  Mutation: {
    signIn: (_result, _args, cache) => invalidateEveryQuery(cache),
    signUp: (_result, _args, cache) => invalidateEveryQuery(cache),
    signOut: (_result, _args, cache) => invalidateEveryQuery(cache),
    signOutEverywhere: (_result, _args, cache) => invalidateEveryQuery(cache),
    createAccessToken: (_result, _args, cache) => cache.invalidate('Query', 'myAccessTokens'),
    revokeAccessToken: (_result, _args, cache) => cache.invalidate('Query', 'myAccessTokens'),
    deleteMyAccount: (_result, _args, cache) => invalidateEveryQuery(cache),
    addProjectComment: (_result, args, cache) =>
      invalidateProjectComments(cache, args.projectId as string),
    replyToComment: (_result, args, cache) =>
      cache.invalidate({ __typename: 'Comment', id: args.commentId as string }, 'replies'),
    importPlan: (_result, args, cache) =>
      cache.invalidate({ __typename: 'Consultation', id: args.consultationId as string }, 'plans'),
    enterPaperBallot: (_result, _args, cache) => invalidateAfterPaperBallot(cache),
    removePaperBallot: (_result, _args, cache) => invalidateAfterPaperBallot(cache),
    tallyEdition: (_result, _args, cache) => invalidateAfterTally(cache),
    publishResults: (_result, _args, cache) => invalidateAfterTally(cache),
    castBallot: (_result, args, cache) =>
      cache.invalidate('Query', 'myBallot', { editionId: args.editionId as string }),
    respondToComment: (_result, args, cache) =>
      invalidateAfterResponse(cache, [args.commentId as string]),
    respondToComments: (_result, args, cache) =>
      invalidateAfterResponse(cache, args.commentIds as string[]),
    hideComment: (_result, _args, cache) => invalidateAfterDecision(cache),
    restoreComment: (_result, _args, cache) => invalidateAfterDecision(cache),
    verifyResident: (_result, _args, cache) => invalidateAfterVerification(cache),
    revokeVerification: (_result, _args, cache) => invalidateAfterVerification(cache),
    grantRole: (_result, _args, cache) => invalidateAfterRoleChange(cache),
    revokeRole: (_result, _args, cache) => invalidateAfterRoleChange(cache),
    addProjectDeliveryUpdate: (_result, _args, cache) => invalidateAfterDelivery(cache),
    editProjectDeliveryUpdate: (_result, _args, cache) => invalidateAfterDelivery(cache),
    removeProjectDeliveryUpdate: (_result, _args, cache) => invalidateAfterDelivery(cache),
    createBudgetEdition: (_result, _args, cache) => invalidateQueryField(cache, 'editions'),
    importPabulibEdition: (_result, _args, cache) => invalidateQueryField(cache, 'editions'),
    publishConsultationReport: (_result, _args, cache) =>
      invalidateQueryField(cache, 'consultationReport'),
  },
};

export const cacheOptions: CacheExchangeOpts = { keys, updates };
