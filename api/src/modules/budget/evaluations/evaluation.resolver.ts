import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../../context.js';
import {
  checkPageSize,
  decodeCursor,
  encodeCursor,
  toConnection,
} from '../../../graphql/connection.js';
import { withLazyTotal } from '../../../graphql/lazy-total.js';
import { requireViewer } from '../../identity/access.js';
import {
  EvaluationAssignmentInput,
  EvaluationDecisionInput,
  VerificationQueueFilter,
} from './evaluation.input.js';
import {
  BudgetReviewer,
  VerificationEntry,
  VerificationEntryConnection,
} from './evaluation.type.js';

const queued = ['SUBMITTED', 'IN_VERIFICATION'] as const;

/** The office's verification queue: start, assign, decide. */
@Resolver()
export class EvaluationResolver {
  @Authorized('PLANNER')
  @Query(() => VerificationEntryConnection, {
    description: "The edition's projects to verify that you may see, oldest first.",
  })
  async budgetVerificationQueue(
    @Ctx() context: Context,
    @Arg('editionId', () => ID) editionId: string,
    @Arg('filter', () => VerificationQueueFilter, { nullable: true })
    filter: VerificationQueueFilter | null,
    @Arg('first', () => Int, { defaultValue: 20 }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
  ) {
    checkPageSize(first);
    const viewer = requireViewer(context);
    const edition = await context.services.budget.editions.find(editionId, 'editionId');
    const query = {
      editionId: edition.id,
      statuses: filter?.statuses?.length ? filter.statuses : [...queued],
      poolId: filter?.poolId ?? null,
      reviewerId: filter?.reviewerId ?? null,
      overdue: filter?.overdue ?? false,
    };
    const { rows, count } = await context.services.budgetReview.evaluations.queue(
      viewer,
      query,
      first,
      decodeCursor(after),
    );
    return withLazyTotal(toConnection(rows, first, encodeCursor), count);
  }

  @Authorized('PLANNER')
  @Query(() => [BudgetReviewer], {
    description: 'Planners to assign evaluations to (at most 500).',
  })
  budgetReviewers(@Ctx() context: Context) {
    return context.services.budgetReview.evaluations.reviewers();
  }

  @Authorized('PLANNER')
  @Mutation(() => [ID], { description: 'SUBMITTED → IN_VERIFICATION with a formal checklist.' })
  startBudgetVerification(
    @Ctx() context: Context,
    @Arg('projectIds', () => [ID]) projectIds: string[],
  ) {
    const viewer = requireViewer(context);
    return context.services.budgetReview.evaluations.startVerification(viewer, projectIds);
  }

  @Authorized('PLANNER')
  @Mutation(() => [ID], { description: "Assigns the projects' open evaluations." })
  assignBudgetEvaluations(
    @Ctx() context: Context,
    @Arg('projectIds', () => [ID]) projectIds: string[],
    @Arg('input', () => EvaluationAssignmentInput) input: EvaluationAssignmentInput,
  ) {
    const viewer = requireViewer(context);
    return context.services.budgetReview.evaluations.assign(viewer, projectIds, input);
  }

  @Authorized('PLANNER')
  @Mutation(() => VerificationEntry, { description: "Decides the project's open evaluation." })
  decideBudgetEvaluation(
    @Ctx() context: Context,
    @Arg('projectId', () => ID) projectId: string,
    @Arg('input', () => EvaluationDecisionInput) input: EvaluationDecisionInput,
  ) {
    const viewer = requireViewer(context);
    return context.services.budgetReview.evaluations.decide(viewer, projectId, input);
  }
}
