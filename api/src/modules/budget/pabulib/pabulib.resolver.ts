import { Arg, Authorized, Ctx, Extensions, Mutation, Resolver } from 'type-graphql';
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
  // Warsaw's largest district file is 0.85 MB; the staff body limit bounds the text first.
  @Extensions({ maxTextLength: 32 * 1024 * 1024 })
  importPabulibEdition(
    @Ctx() context: Context,
    @Arg('file', () => String) file: string,
    @Arg('unitSlug', () => String, { nullable: true }) unitSlug: string | null,
  ) {
    return context.services.budget.imports.importFile(requireViewer(context), file, unitSlug);
  }
}
