import type { Database } from '../../db/database.js';
import { BallotService } from './ballot.service.js';
import { EditionService } from './edition.service.js';
import { ProjectService } from './project.service.js';
import { ResultsService } from './results.service.js';

/** The budget module's services, built once per process. */
export function createBudgetServices(db: Database, maxVertices: number) {
  const editions = new EditionService(db);
  return {
    editions,
    projects: new ProjectService(db, maxVertices),
    ballots: new BallotService(db, editions),
    results: new ResultsService(db, editions),
  };
}
