import type { Database } from '../../db/database.js';
import { badInput } from '../../errors/domain-error.js';
import type { FeedbackQuery } from './feedback.input.js';
import { countGridPairs, selectFeedback } from './feedback.sql.js';
import { FeedbackGrouping } from './feedback.type.js';

/** Comments counted by area or grid cell, for a choropleth of a consultation's feedback. */
export class FeedbackService {
  constructor(
    private readonly db: Database,
    private readonly maxGridCells: number,
  ) {}

  async byArea(query: FeedbackQuery) {
    if (query.by === FeedbackGrouping.GRID) await this.checkGridSize(query);
    return selectFeedback(this.db.pool, query);
  }

  /** A grid too fine for its remarks is refused before it is built; the work it would take is known. */
  private async checkGridSize(query: FeedbackQuery) {
    const cells = await countGridPairs(this.db.pool, query);
    const max = this.maxGridCells;
    if (cells > max) {
      const problem = `${query.cellMeters} m cells would make ${cells} cells for these remarks; at most ${max} are allowed: choose larger cells`;
      throw badInput('cellMeters', problem, 'FEEDBACK_GRID_TOO_FINE', { cells, max });
    }
  }
}
