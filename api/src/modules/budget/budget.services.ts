import type { Database } from '../../db/database.js';
import { BallotService } from './ballots/ballot.service.js';
import { PaperBallotService } from './ballots/paper-ballot.service.js';
import { EditionService } from './editions/edition.service.js';
import { EditionAdminService } from './editions/edition-admin.service.js';
import { EditionImportService } from './pabulib/edition-import.service.js';
import { PoolService } from './pools/pool.service.js';
import { ConflictCandidateService } from './projects/conflict-candidate.service.js';
import { ProjectService } from './projects/project.service.js';
import { ProjectConflictService } from './projects/project-conflict.service.js';
import { ProjectLocationService } from './projects/project-location.service.js';
import { ResultsService } from './results/results.service.js';
import { StatisticsService } from './statistics/statistics.service.js';

/** The budget module's services, built once per process. */
export function createBudgetServices(db: Database, maxVertices: number) {
  const editions = new EditionService(db);
  const projects = new ProjectService(db, maxVertices, editions);
  return {
    editions,
    editionAdmin: new EditionAdminService(db, editions),
    pools: new PoolService(db, editions),
    projects,
    projectConflicts: new ProjectConflictService(db, editions, projects),
    projectLocations: new ProjectLocationService(db, maxVertices, editions, projects),
    conflictCandidates: new ConflictCandidateService(db, editions),
    paperBallots: new PaperBallotService(db, editions),
    ballots: new BallotService(db, editions),
    results: new ResultsService(db, editions),
    statistics: new StatisticsService(db, editions),
    imports: new EditionImportService(db, editions),
  };
}
