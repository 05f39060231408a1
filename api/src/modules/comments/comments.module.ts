import { topics } from '../../realtime/topics.js';
import type { ConsultationService } from '../consultations/consultation.service.js';
import { defineModule, type Uses } from '../module.js';
import { CommentResolver } from './comment.resolver.js';
import { CommentService } from './comment.service.js';
import { CommentSubscriptionResolver } from './comment.subscription.js';
import { CommentFieldsResolver } from './comment-fields.resolver.js';
import { CommentPlaceResolver } from './comment-place.resolver.js';
import { CommentQueryService } from './comment-query.service.js';
import { ModerationResolver } from './moderation.resolver.js';
import { ModerationService } from './moderation.service.js';
import { ModerationQueueService } from './moderation-queue.service.js';
import { ProjectCommentResolver } from './project-comment.resolver.js';

export const commentsModule = defineModule({
  resolvers: [
    CommentResolver,
    CommentFieldsResolver,
    CommentPlaceResolver,
    CommentSubscriptionResolver,
    ModerationResolver,
    ProjectCommentResolver,
  ],
  services: ({
    db,
    config,
    pubSub,
    consultations,
  }: Uses<{ consultations: ConsultationService }>) => {
    const comments = new CommentService(db, consultations, config.maxVertices, {
      added: (comment) => pubSub.publish(topics.commentAdded, comment),
      updated: (comment) => pubSub.publish(topics.commentUpdated, comment),
    });
    return {
      comments,
      commentQueries: new CommentQueryService(db, consultations, config.maxVertices),
      moderation: new ModerationService(db, comments, config.reportMinAccountAgeHours),
      moderationQueue: new ModerationQueueService(db),
    };
  },
  loaders: ({ comments }) => comments.loaders(),
});
