import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../../context.js';
import { requireViewer } from '../../identity/access.js';
import { BudgetEdition } from '../editions/edition.type.js';

@Resolver()
export class PabulibResolver {
  @Authorized('ADMIN')
  @Mutation(() => BudgetEdition, {
    description:
      'Imports a Pabulib `.pb` text as an edition with one pool, its projects and ballots, all ' +
      'or nothing; a bad file is refused naming its line. `unitSlug` owns a city-wide pool.',
  })
  importPabulibEdition(
    @Ctx() context: Context,
    @Arg('file', () => String) file: string,
    @Arg('unitSlug', () => String, { nullable: true }) unitSlug: string | null,
  ) {
    return context.services.budget.imports.importFile(requireViewer(context), file, unitSlug);
  }
}
