import type { Database } from '../../../db/database.js';
import type { EditionService } from '../editions/edition.service.js';
import {
  ageBandStarts,
  selectAgeBands,
  selectChannelTotals,
  selectDistrictTurnout,
  selectPoolParticipation,
  selectSexes,
} from './statistics.sql.js';
import type { AgeBandCount, BudgetStatistics } from './statistics.type.js';

function ageBand(from: number, ballots: number): AgeBandCount {
  const next = ageBandStarts.find((start) => start > from);
  return { from, to: next === undefined ? null : next - 1, ballots };
}

/** Who took part in an edition, in counts only: never who voted for what. */
export class StatisticsService {
  constructor(
    private readonly db: Database,
    private readonly editions: EditionService,
  ) {}

  /** Once VOTING has ended (before, counts would be a running score). */
  async statistics(editionId: string): Promise<BudgetStatistics> {
    await this.editions.findAfterVoting(editionId, 'editionId');
    const pool = this.db.pool;
    const [totals, pools, ages, sexes, districts] = await Promise.all([
      selectChannelTotals(pool, editionId),
      selectPoolParticipation(pool, editionId),
      selectAgeBands(pool, editionId),
      selectSexes(pool, editionId),
      selectDistrictTurnout(pool, editionId),
    ]);
    const ballots = totals.online + totals.paper;
    return {
      editionId,
      ballots,
      ...totals,
      pools: pools.map((p) => ({ ...p, ballots: p.online + p.paper })),
      ageBands: ages.map((a) => ageBand(a.band, a.ballots)),
      sexes,
      districts: districts.map((d) => ({ ...d, share: ballots ? d.ballots / ballots : 0 })),
    };
  }
}
