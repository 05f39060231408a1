import {
  Arg,
  Authorized,
  Ctx,
  FieldResolver,
  ID,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import type { Context } from '../../../context.js';
import { UploadedFile } from '../../files/file.type.js';
import { requireViewer } from '../../identity/access.js';
import { AppealDecisionInput, AppealInput } from './appeal.input.js';
import { AppealEntry, BudgetAppeal } from './appeal.type.js';

@Resolver(() => BudgetAppeal)
export class AppealResolver {
  @Authorized('PLANNER')
  @Query(() => [AppealEntry], {
    description: "The edition's appeals in pools you manage, undecided first (at most 200).",
  })
  budgetAppeals(@Ctx() context: Context, @Arg('editionId', () => ID) editionId: string) {
    return context.services.budgetReview.appeals.list(requireViewer(context), editionId);
  }

  @Authorized()
  @Mutation(() => BudgetAppeal, {
    description:
      'An author appeals the negative evaluation of a REJECTED project, once, in APPEALS.',
  })
  appealBudgetProject(
    @Ctx() context: Context,
    @Arg('projectId', () => ID) projectId: string,
    @Arg('input', () => AppealInput) input: AppealInput,
  ) {
    return context.services.budgetReview.appeals.appeal(requireViewer(context), projectId, input);
  }

  @Authorized('PLANNER')
  @Mutation(() => BudgetAppeal, { description: 'Reinstates the project or dismisses the appeal.' })
  decideBudgetAppeal(
    @Ctx() context: Context,
    @Arg('appealId', () => ID) appealId: string,
    @Arg('input', () => AppealDecisionInput) input: AppealDecisionInput,
  ) {
    return context.services.budgetReview.appeals.decide(requireViewer(context), appealId, input);
  }

  @FieldResolver(() => [UploadedFile])
  async files(@Root() appeal: BudgetAppeal, @Ctx() { loaders }: Context) {
    const files = await Promise.all(appeal.fileIds.map((id) => loaders.uploadedFile.load(id)));
    return files.filter((file) => file !== null);
  }
}
