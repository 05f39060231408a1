import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../../context.js';
import { requireViewer } from '../../identity/access.js';
import {
  BudgetEditionInput,
  BudgetEditionRulesInput,
  BudgetPhasePeriodInput,
} from './edition.input.js';
import { BudgetEdition } from './edition.type.js';

/** Editions as everyone reads them, and how admins set one up: its rules and its schedule. */
@Resolver()
export class EditionResolver {
  @Query(() => [BudgetEdition], { description: 'Participatory budget editions, newest first.' })
  editions(@Ctx() { services }: Context) {
    return services.budget.editions.list();
  }

  @Query(() => BudgetEdition, {
    nullable: true,
    description:
      'The edition to show first: voting now, else the newest under way, else the newest.',
  })
  currentBudgetEdition(@Ctx() { services }: Context) {
    return services.budget.editions.current();
  }

  @Query(() => BudgetEdition)
  edition(@Ctx() { services }: Context, @Arg('id', () => ID) id: string) {
    return services.budget.editions.find(id);
  }

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
  @Mutation(() => BudgetEdition, {
    description:
      'Renames the edition and replaces its rules; refused once its results are published.',
  })
  updateBudgetEdition(
    @Ctx() context: Context,
    @Arg('editionId', () => ID) editionId: string,
    @Arg('input', () => BudgetEditionRulesInput) input: BudgetEditionRulesInput,
  ) {
    return context.services.budget.editionAdmin.update(requireViewer(context), editionId, input);
  }
}
