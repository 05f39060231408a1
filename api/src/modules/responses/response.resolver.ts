import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { ResponseDecision } from '../../generated/prisma/enums.js';
import { requireViewer } from '../identity/access.js';
import { User } from '../identity/identity.types.js';
import { maxBulkResponses } from './response.input.js';
import { OfficialResponse } from './response.type.js';

@Resolver(() => OfficialResponse)
export class ResponseResolver {
  @FieldResolver(() => User, { description: 'The planner who wrote (or last changed) it.' })
  responder(@Root() response: OfficialResponse, @Ctx() { loaders }: Context) {
    return loaders.user.load(response.responderId);
  }

  @Authorized('PLANNER')
  @Mutation(() => OfficialResponse, {
    description:
      'Creates or replaces the official response to a top-level comment. Planners of the ' +
      'organising unit and admins; refused once the report is published. Audited.',
  })
  async respondToComment(
    @Ctx() context: Context,
    @Arg('commentId', () => ID) commentId: string,
    @Arg('decision', () => ResponseDecision) decision: ResponseDecision,
    @Arg('justification', () => String) justification: string,
  ) {
    const request = { commentIds: [commentId], decision, justification };
    const [response] = await context.services.responses.respond(
      requireViewer(context),
      request,
      () => 'commentId',
    );
    return response;
  }

  @Authorized('PLANNER')
  @Mutation(() => [OfficialResponse], {
    description:
      `Answers up to ${maxBulkResponses} top-level comments of one consultation with the same ` +
      'decision and justification: all of them, or none if any id is refused.',
  })
  respondToComments(
    @Ctx() context: Context,
    @Arg('commentIds', () => [ID]) commentIds: string[],
    @Arg('decision', () => ResponseDecision) decision: ResponseDecision,
    @Arg('justification', () => String) justification: string,
  ) {
    return context.services.responses.respond(
      requireViewer(context),
      { commentIds, decision, justification },
      (i) => `commentIds[${i}]`,
    );
  }
}
