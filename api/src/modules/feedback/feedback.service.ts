import type { Database } from '../../db/database.js';
import type { FeedbackQuery } from './feedback.input.js';
import { selectFeedback } from './feedback.sql.js';

/** Comments counted by area or grid cell, for a choropleth of a consultation's feedback. */
export class FeedbackService {
  constructor(private readonly db: Database) {}

  byArea(query: FeedbackQuery) {
    return selectFeedback(this.db.pool, query);
  }
}
