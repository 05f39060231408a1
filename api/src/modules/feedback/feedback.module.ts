import { defineModule } from '../module.js';
import { FeedbackResolver } from './feedback.resolver.js';
import { FeedbackService } from './feedback.service.js';

export const feedbackModule = defineModule({
  resolvers: [FeedbackResolver],
  services: ({ db, config }) => ({ feedback: new FeedbackService(db, config.maxGridCells) }),
});
