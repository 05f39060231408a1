import { defineModule } from '../module.js';
import { CommentResponseResolver } from './comment-response.resolver.js';
import { ResponseResolver } from './response.resolver.js';
import { ResponseService } from './response.service.js';

export const responsesModule = defineModule({
  resolvers: [ResponseResolver, CommentResponseResolver],
  services: ({ db }) => ({ responses: new ResponseService(db) }),
  loaders: ({ responses }) => ({ officialResponse: responses.responseLoader() }),
});
