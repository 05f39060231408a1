import { Authorized, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../../context.js';
import { requireViewer } from '../../identity/access.js';
import { MyBudgetProject } from './my-project.type.js';

@Resolver()
export class MyProjectResolver {
  @Authorized()
  @Query(() => [MyBudgetProject], {
    description:
      'Your projects as author or co-author, drafts included, newest first (at most 100).',
  })
  myBudgetProjects(@Ctx() context: Context) {
    return context.services.budgetReview.myProjects.list(requireViewer(context));
  }
}
