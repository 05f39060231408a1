import type pg from 'pg';
import type { Database } from '../../../db/database.js';
import { inTransaction } from '../../../db/transaction.js';
import { isUuid } from '../../../db/uuid.js';
import { conflict, forbidden, notFound } from '../../../errors/domain-error.js';
import {
  checkPageSize,
  decodeCursor,
  encodeCursor,
  toConnection,
} from '../../../graphql/connection.js';
import { recordAudit } from '../../audit/audit.service.js';
import { isAdmin, type Viewer } from '../../identity/viewer.js';
import type { EditionService } from '../editions/edition.service.js';
import type { BudgetEdition } from '../editions/edition.type.js';
import { checkApprovals } from './ballot.rules.js';
import { insertApprovals, selectBallotProjects } from './ballot.sql.js';
import { checkPaperVoter, checkReference, checkSheet } from './paper-ballot.rules.js';
import {
  deletePaperBallot,
  hasTally,
  insertPaperBallot,
  lockPaperBallot,
  type PaperBallotRow,
  selectPaperBallotEdition,
  selectPaperBallots,
  selectVoterByEmail,
  updatePaperBallot,
} from './paper-ballot.sql.js';

type Sheet = { districtPoolId: string | null; projectIds: string[] };

/**
 * Paper ballots entered by district staff, with the limits of castBallot, each for the verified
 * account of the resident who handed it in: one ballot per voter and edition, on paper or
 * online, is the same unique constraint (docs/budget-voting.md).
 */
export class PaperBallotService {
  constructor(
    private readonly db: Database,
    private readonly editions: EditionService,
  ) {}

  async enter(viewer: Viewer, editionId: string, sheet: Sheet, reference: string, email: string) {
    const edition = await this.editions.findInPhase(
      editionId,
      'VOTING',
      'editionId',
      'BALLOT_OUTSIDE_VOTING',
    );
    checkSheet(edition, sheet);
    checkDistrictStaff(viewer, edition, sheet.districtPoolId);
    const sheetReference = checkReference(reference);
    return inTransaction(this.db.pool, async (client) => {
      await checkSheetProjects(client, edition, sheet);
      const voter = checkPaperVoter(edition, await selectVoterByEmail(client, email.trim()));
      const ballot = await insertPaperBallot(client, {
        editionId,
        voterId: voter.id,
        districtPoolId: sheet.districtPoolId,
        enteredById: viewer.userId,
        reference: sheetReference,
      });
      if (ballot === 'VOTER_HAS_VOTED') {
        throw conflict(
          'This voter has already voted in the edition, online or on paper.',
          'voterEmail',
          'PAPER_BALLOT_VOTER_HAS_VOTED',
        );
      }
      if (ballot === 'REFERENCE_TAKEN') {
        throw conflict(
          `A paper ballot "${sheetReference}" was already entered in edition ${editionId}.`,
          'voterReference',
          'PAPER_BALLOT_ALREADY_ENTERED',
        );
      }
      await insertApprovals(client, ballot.id, sheet.projectIds);
      // Who entered which sheet, but neither the voter nor what it approves: the ballot is secret.
      await recordAudit(client, {
        actorId: viewer.userId,
        action: 'budget.ballot.paper',
        targetType: 'BudgetBallot',
        targetId: ballot.id,
        after: { editionId, voterReference: sheetReference, enteredById: viewer.userId },
      });
      return {
        id: ballot.id,
        editionId,
        districtPoolId: sheet.districtPoolId,
        reference: sheetReference,
        castAt: ballot.castAt,
        projectIds: [...sheet.projectIds].sort(),
      };
    });
  }

  /** The edition's paper ballots, newest first, for the staff who enter them. */
  async list(viewer: Viewer, editionId: string, first: number, after: string | null) {
    const edition = await this.editions.find(editionId, 'editionId');
    checkDistrictStaff(viewer, edition, null);
    checkPageSize(first);
    const rows = await selectPaperBallots(this.db.pool, editionId, first, decodeCursor(after));
    return toConnection(rows, first, (row) => encodeCursor({ createdAt: row.castAt, id: row.id }));
  }

  /** A mistyped sheet put right before the tally: its district pool and approvals. */
  async correct(viewer: Viewer, ballotId: string, sheet: Sheet) {
    return this.beforeTally(viewer, ballotId, async (client, ballot, edition) => {
      checkSheet(edition, sheet);
      checkDistrictStaff(viewer, edition, sheet.districtPoolId);
      await checkSheetProjects(client, edition, sheet);
      await updatePaperBallot(client, ballot.id, sheet.districtPoolId, sheet.projectIds);
      await audit(client, viewer, 'budget.ballot.paper.correct', ballot);
      return { ...ballot, ...sheet, projectIds: [...sheet.projectIds].sort() };
    });
  }

  /** A sheet entered by mistake (or for the wrong voter) taken out before the tally. */
  async remove(viewer: Viewer, ballotId: string) {
    return this.beforeTally(viewer, ballotId, async (client, ballot) => {
      await deletePaperBallot(client, ballot.id);
      await audit(client, viewer, 'budget.ballot.paper.remove', ballot);
      return ballot;
    });
  }

  private async beforeTally<T>(
    viewer: Viewer,
    ballotId: string,
    work: (client: pg.ClientBase, ballot: PaperBallotRow, edition: BudgetEdition) => Promise<T>,
  ) {
    const missing = notFound(`No paper ballot has id "${ballotId}".`, 'ballotId');
    const editionId = isUuid(ballotId) && (await selectPaperBallotEdition(this.db.pool, ballotId));
    if (!editionId) throw missing;
    // Read before the transaction: the embedded database serves one connection at a time.
    const edition = await this.editions.find(editionId, 'ballotId');
    return inTransaction(this.db.pool, async (client) => {
      const ballot = await lockPaperBallot(client, ballotId);
      if (!ballot) throw missing;
      checkDistrictStaff(viewer, edition, ballot.districtPoolId);
      if (await hasTally(client, edition.id)) {
        throw conflict(
          `Edition ${edition.id} is tallied: its paper ballots are final.`,
          'ballotId',
          'PAPER_BALLOT_TALLIED',
        );
      }
      return work(client, ballot, edition);
    });
  }
}

async function checkSheetProjects(client: pg.ClientBase, edition: BudgetEdition, sheet: Sheet) {
  const found = await selectBallotProjects(client, edition.id, sheet.projectIds);
  checkApprovals(edition, sheet.districtPoolId, sheet.projectIds, found);
}

function audit(client: pg.ClientBase, viewer: Viewer, action: string, ballot: PaperBallotRow) {
  return recordAudit(client, {
    actorId: viewer.userId,
    action,
    targetType: 'BudgetBallot',
    targetId: ballot.id,
    before: { editionId: ballot.editionId, voterReference: ballot.reference },
  });
}

/** Admins, or planners of the chosen district pool's unit (of any district pool if none). */
function checkDistrictStaff(viewer: Viewer, edition: BudgetEdition, districtPoolId: string | null) {
  if (isAdmin(viewer)) return;
  const staffOf = edition.pools.filter(
    (p) => p.kind === 'AREA' && viewer.plannerUnitIds.has(p.unitId),
  );
  const allowed =
    districtPoolId === null ? staffOf.length > 0 : staffOf.some((p) => p.id === districtPoolId);
  if (!allowed) {
    throw forbidden("Only planners of the district pool's office and admins enter paper ballots.");
  }
}
