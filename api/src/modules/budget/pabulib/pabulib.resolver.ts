import { Arg, Authorized, Ctx, Extensions, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../../context.js';
import { requireViewer } from '../../identity/access.js';
import { BudgetEdition } from '../editions/edition.type.js';
import { PabulibPreview } from './pabulib-preview.type.js';

// Warsaw's largest district file is 0.85 MB; the staff body limit bounds the text first.
const fileText = { maxTextLength: 32 * 1024 * 1024 };

@Resolver()
export class PabulibResolver {
  @Authorized('ADMIN')
  @Query(() => PabulibPreview, {
    description:
      'What importPabulibEdition would make of a `.pb` text (meta, pool, counts) and every ' +
      'problem stopping it, by the same check; writes nothing.',
  })
  @Extensions(fileText)
  pabulibImportPreview(
    @Ctx() context: Context,
    @Arg('file', () => String) file: string,
    @Arg('unitSlug', () => String, { nullable: true }) unitSlug: string | null,
  ) {
    requireViewer(context);
    return context.services.budget.imports.preview(file, unitSlug);
  }

  @Authorized('ADMIN')
  @Mutation(() => BudgetEdition, {
    description:
      'Imports a Pabulib `.pb` text as an edition with one pool, its projects and ballots, all ' +
      'or nothing; a bad file is refused naming its line. `unitSlug` owns a city-wide pool.',
  })
  @Extensions(fileText)
  importPabulibEdition(
    @Ctx() context: Context,
    @Arg('file', () => String) file: string,
    @Arg('unitSlug', () => String, { nullable: true }) unitSlug: string | null,
  ) {
    return context.services.budget.imports.importFile(requireViewer(context), file, unitSlug);
  }
}
