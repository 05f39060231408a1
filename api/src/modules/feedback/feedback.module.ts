import { defineModule } from '../module.js';
import { FeedbackResolver } from './feedback.resolver.js';
import { FeedbackService } from './feedback.service.js';

export const feedbackModule = defineModule({
  resolvers: [FeedbackResolver],
  services: ({ db }) => ({ feedback: new FeedbackService(db) }),
});
