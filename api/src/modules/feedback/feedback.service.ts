import type { Database } from '../../db/database.js';
import { badInput } from '../../errors/domain-error.js';
import type { FeedbackQuery } from './feedback.input.js';
import { selectFeedback } from './feedback.sql.js';

/** Comments counted by area or grid cell, for a choropleth of a consultation's feedback. */
export class FeedbackService {
  constructor(
    private readonly db: Database,
    private readonly maxGridCells: number,
  ) {}

  /**
   * A grid with more cells than allowed is refused: the count is one pass over the remarks
   * whatever the cells, and no more cells than the limit get their shapes and topics.
   */
  async byArea(query: FeedbackQuery) {
    const max = this.maxGridCells;
    const { cells, count } = await selectFeedback(this.db.pool, query, max);
    if (count > max) {
      const problem = `${query.cellMeters} m cells would make ${count} cells for these remarks; at most ${max} are allowed: choose larger cells`;
      throw badInput('cellMeters', problem, 'FEEDBACK_GRID_TOO_FINE', { cells: count, max });
    }
    return cells;
  }
}
