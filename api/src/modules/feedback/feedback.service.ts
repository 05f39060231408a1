import type { Database } from '../../db/database.js';
import type { FeedbackQuery } from './feedback.input.js';
import { selectFeedback } from './feedback.sql.js';
import type { FeedbackCell } from './feedback.type.js';

/** Comments counted by area or grid cell, for a choropleth of a consultation's feedback. */
export class FeedbackService {
  constructor(private readonly db: Database) {}

  async byArea(query: FeedbackQuery): Promise<FeedbackCell[]> {
    const rows = await selectFeedback(this.db.pool, query);
    return rows.map(({ support, objection, proposal, question, topics, ...cell }) => ({
      ...cell,
      stances: { support, objection, proposal, question },
      topics: topics.map(({ id, name, count }) => ({
        topic: id && name ? { id, name } : null,
        count,
      })),
    }));
  }
}
