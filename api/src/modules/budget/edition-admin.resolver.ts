import { Arg, Authorized, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../context.js';
import { requireViewer } from '../identity/access.js';
import { BudgetEditionInput, BudgetPhasePeriodInput, BudgetPoolInput } from './edition.input.js';
import { BudgetEdition, BudgetPool } from './edition.type.js';

/** How admins set an edition up over GraphQL: the edition, its schedule, its pools. */
@Resolver()
export class EditionAdminResolver {
  @Authorized('ADMIN')
  @Mutation(() => BudgetEdition, {
    description: 'A new edition with its rules and phases; bad input is refused naming the field.',
  })
  createBudgetEdition(
    @Ctx() context: Context,
    @Arg('input', () => BudgetEditionInput) input: BudgetEditionInput,
  ) {
    return context.services.budget.editionAdmin.create(requireViewer(context), input);
  }

  @Authorized('ADMIN')
  @Mutation(() => BudgetEdition, {
    description: "Replaces the edition's schedule; refused once its results are published.",
  })
  setBudgetEditionPhases(
    @Ctx() context: Context,
    @Arg('editionId', () => ID) editionId: string,
    @Arg('phases', () => [BudgetPhasePeriodInput]) phases: BudgetPhasePeriodInput[],
  ) {
    const viewer = requireViewer(context);
    return context.services.budget.editionAdmin.setPhases(viewer, editionId, phases);
  }

  @Authorized('ADMIN')
  @Mutation(() => BudgetPool, { description: 'A city-wide or area pool of an edition.' })
  createBudgetPool(
    @Ctx() context: Context,
    @Arg('input', () => BudgetPoolInput) input: BudgetPoolInput,
  ) {
    return context.services.budget.editionAdmin.createPool(requireViewer(context), input);
  }
}
