import type { CommentService } from '../comments/comment.service.js';
import { defineModule, type Uses } from '../module.js';
import { CommentResponseResolver } from './comment-response.resolver.js';
import { ResponseResolver } from './response.resolver.js';
import { ResponseService } from './response.service.js';

export const responsesModule = defineModule({
  resolvers: [ResponseResolver, CommentResponseResolver],
  services: ({ db, comments }: Uses<{ comments: CommentService }>) => ({
    responses: new ResponseService(db, (ids) => comments.announceUpdated(ids)),
  }),
  loaders: ({ responses }) => ({ officialResponse: responses.responseLoader() }),
});
