import type { Database } from '../../../db/database.js';
import { isUuid } from '../../../db/uuid.js';
import { badInput, type ErrorParams, notFound } from '../../../errors/domain-error.js';
import type { BudgetPhase } from '../../../generated/prisma/enums.js';
import { money } from '../money.js';
import { type EditionRow, selectEditions } from './edition.sql.js';
import type { BudgetEdition } from './edition.type.js';

/** The phase whose period holds `at`, or null between and outside phases. */
export function phaseAt(phases: EditionRow['phases'], at: Date): BudgetPhase | null {
  return phases.find((p) => p.startsAt <= at && at < p.endsAt)?.phase ?? null;
}

function toEdition(row: EditionRow, now: Date): BudgetEdition {
  return {
    ...row,
    currentPhase: phaseAt(row.phases, now),
    pools: row.pools.map((p) => ({ ...p, amount: money(p.amountGrosze) })),
  };
}

/**
 * The edition residents are shown first, on the home map and at /budget: the one voting now,
 * else the newest with a phase under way, else the newest. Editions come newest first.
 */
export function currentOf<E extends { currentPhase: BudgetPhase | null }>(editions: E[]) {
  return (
    editions.find((e) => e.currentPhase === 'VOTING') ??
    editions.find((e) => e.currentPhase !== null) ??
    editions[0] ??
    null
  );
}

export class EditionService {
  constructor(private readonly db: Database) {}

  /** Newest year first. */
  async list(): Promise<BudgetEdition[]> {
    const rows = await selectEditions(this.db.pool, null);
    const now = new Date();
    return rows.map((row) => toEdition(row, now));
  }

  async current(): Promise<BudgetEdition | null> {
    return currentOf(await this.list());
  }

  async find(id: string, field = 'id'): Promise<BudgetEdition> {
    const [row] = isUuid(id) ? await selectEditions(this.db.pool, id) : [];
    if (!row) throw notFound(`No budget edition has id "${id}".`, field);
    return toEdition(row, new Date());
  }

  /**
   * The edition, if it is in `phase` now; else why not, naming `field`: PHASE_CLOSED, or the
   * reason given (e.g. BALLOT_OUTSIDE_VOTING), with the phase and its dates.
   */
  async findInPhase(
    id: string,
    phase: BudgetPhase,
    field: string,
    reason: 'PHASE_CLOSED' | 'BALLOT_OUTSIDE_VOTING' = 'PHASE_CLOSED',
  ) {
    const edition = await this.find(id, field);
    if (edition.currentPhase !== phase) {
      const period = edition.phases.find((p) => p.phase === phase);
      const when = period
        ? `${phase} runs ${period.startsAt.toISOString()} to ${period.endsAt.toISOString()}`
        : `the edition has no ${phase} phase`;
      const params: ErrorParams = period
        ? { phase, startsAt: period.startsAt.toISOString(), endsAt: period.endsAt.toISOString() }
        : { phase };
      throw badInput(field, `this is allowed only during ${phase}; ${when}`, reason, params);
    }
    return edition;
  }

  /** The edition, once its VOTING phase has ended (RESULTS or later); else why not. */
  async findAfterVoting(id: string, field: string) {
    const edition = await this.find(id, field);
    const voting = edition.phases.find((p) => p.phase === 'VOTING');
    if (!voting || voting.endsAt > new Date()) {
      const when = voting
        ? `VOTING runs until ${voting.endsAt.toISOString()}`
        : 'the edition has no VOTING phase';
      const params = voting ? { endsAt: voting.endsAt.toISOString() } : undefined;
      throw badInput(
        field,
        `this is allowed only once VOTING has ended; ${when}`,
        'PHASE_VOTING_NOT_ENDED',
        params,
      );
    }
    return edition;
  }

  /** The edition, while its VOTING phase (if any) has not ended: what a tally reads is open. */
  async findBeforeVotingEnds(id: string, field: string) {
    const edition = await this.find(id, field);
    const voting = edition.phases.find((p) => p.phase === 'VOTING');
    if (voting && voting.endsAt <= new Date()) {
      const endedAt = voting.endsAt.toISOString();
      throw badInput(
        field,
        `this is allowed only until VOTING ends; it ended ${endedAt}`,
        'PHASE_VOTING_ENDED',
        { endedAt },
      );
    }
    return edition;
  }
}
