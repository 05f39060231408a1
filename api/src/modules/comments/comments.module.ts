import { topics } from '../../realtime/topics.js';
import type { ConsultationService } from '../consultations/consultation.service.js';
import { defineModule, type Uses } from '../module.js';
import { CommentResolver } from './comment.resolver.js';
import { CommentService } from './comment.service.js';
import { CommentSubscriptionResolver } from './comment.subscription.js';
import { CommentFieldsResolver } from './comment-fields.resolver.js';
import { CommentQueryService } from './comment-query.service.js';
import { ModerationResolver } from './moderation.resolver.js';
import { ModerationService } from './moderation.service.js';

export const commentsModule = defineModule({
  resolvers: [
    CommentResolver,
    CommentFieldsResolver,
    CommentSubscriptionResolver,
    ModerationResolver,
  ],
  services: ({
    db,
    config,
    pubSub,
    consultations,
  }: Uses<{ consultations: ConsultationService }>) => {
    const comments = new CommentService(db, consultations, config.maxVertices, (comment) =>
      pubSub.publish(topics.commentAdded, comment),
    );
    return {
      comments,
      commentQueries: new CommentQueryService(db, consultations, config.maxVertices),
      moderation: new ModerationService(db, comments, config.reportMinAccountAgeHours),
    };
  },
  loaders: ({ comments }) => comments.loaders(),
});
