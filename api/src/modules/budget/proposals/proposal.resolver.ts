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
import { GeoJSONScalar } from '../../../geo/geojson.scalar.js';
import { requireViewer } from '../../identity/access.js';
import { BudgetPool } from '../pools/pool.type.js';
import { ProjectLocation } from '../projects/project.type.js';
import { ProjectProposalInput } from './proposal.input.js';
import { proposalRefusal } from './proposal.service.js';
import {
  CoauthorInvitation,
  ProjectAuthor,
  ProjectProposal,
  ProposalAccess,
  ProposalVocabulary,
} from './proposal.type.js';

@Resolver(() => ProjectProposal)
export class ProposalResolver {
  @Authorized()
  @Query(() => ProjectProposal, { description: 'One of your proposals, drafts included.' })
  projectProposal(@Ctx() context: Context, @Arg('id', () => ID) id: string) {
    return context.services.budget.proposals.find(requireViewer(context), id);
  }

  @Query(() => ProposalAccess)
  async budgetProposalAccess(
    @Ctx() { services, viewer }: Context,
    @Arg('editionId', () => ID) editionId: string,
  ) {
    const reason = proposalRefusal(
      viewer,
      await services.budget.editions.find(editionId, 'editionId'),
    );
    return { allowed: reason === null, reason };
  }

  @Query(() => ProposalVocabulary)
  budgetProposalVocabulary(
    @Ctx() { services }: Context,
    @Arg('editionId', () => ID) editionId: string,
  ) {
    return services.budget.proposals.vocabulary(editionId);
  }

  @Query(() => BudgetPool, {
    nullable: true,
    description:
      'The pool for a project at this location: the district pool whose area holds it (or most ' +
      'of it), else the city-wide pool.',
  })
  suggestBudgetPool(
    @Ctx() { services }: Context,
    @Arg('editionId', () => ID) editionId: string,
    @Arg('location', () => GeoJSONScalar) location: unknown,
  ) {
    return services.budget.proposals.suggestPool(editionId, location);
  }

  @Authorized()
  @Mutation(() => ProjectProposal, { description: 'Saves a new draft, or rewrites your draft.' })
  saveProjectProposal(
    @Ctx() context: Context,
    @Arg('input', () => ProjectProposalInput) input: ProjectProposalInput,
  ) {
    return context.services.budget.proposals.save(requireViewer(context), input);
  }

  @Authorized()
  @Mutation(() => ProjectProposal, { description: 'DRAFT → SUBMITTED, during SUBMISSION.' })
  submitProjectProposal(@Ctx() context: Context, @Arg('id', () => ID) id: string) {
    return context.services.budget.proposals.submit(requireViewer(context), id);
  }

  @Authorized()
  @Mutation(() => ProjectProposal, {
    description: 'SUBMITTED → DRAFT, before verification: the project is no longer public.',
  })
  withdrawProjectProposal(@Ctx() context: Context, @Arg('id', () => ID) id: string) {
    return context.services.budget.proposals.withdraw(requireViewer(context), id);
  }

  @Authorized()
  @Mutation(() => CoauthorInvitation)
  async inviteProjectCoauthor(
    @Ctx() context: Context,
    @Arg('projectId', () => ID) projectId: string,
    @Arg('email', () => String) email: string,
  ) {
    const invitation = await context.services.budget.proposals.invite(
      requireViewer(context),
      projectId,
      email,
    );
    const { editionId, token } = invitation;
    return {
      ...invitation,
      acceptPath: `/budget/${editionId}/propose/${projectId}?invitation=${token}`,
    };
  }

  @Authorized()
  @Mutation(() => ProjectProposal, { description: 'You become a co-author of the project.' })
  acceptProjectCoauthorInvitation(
    @Ctx() context: Context,
    @Arg('token', () => String) token: string,
  ) {
    return context.services.budget.proposals.accept(requireViewer(context), token);
  }

  @FieldResolver(() => [ProjectAuthor])
  authors(@Root() proposal: ProjectProposal, @Ctx() { services }: Context) {
    return services.budget.proposals.authors(proposal.id);
  }

  @FieldResolver(() => [ProjectLocation])
  locations(@Root() proposal: ProjectProposal, @Ctx() { loaders }: Context) {
    return loaders.budgetProjectLocations.load(proposal.id);
  }
}
