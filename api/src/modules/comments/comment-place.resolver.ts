import { FieldResolver, Resolver, Root } from 'type-graphql';
import type { WrittenComment } from './comment.service.js';
import { Comment } from './comment.type.js';

@Resolver(() => Comment)
export class CommentPlaceResolver {
  @FieldResolver(() => Boolean, {
    description:
      'True on the comment addComment or editComment returns when its line or area reached ' +
      'past the consultation area and was clipped to it (so the client can say so); false ' +
      'everywhere else.',
  })
  clippedToConsultation(@Root() comment: WrittenComment) {
    return comment.clippedToConsultation ?? false;
  }
}
