import type { Database } from '../../db/database.js';
import { BallotService } from './ballot.service.js';
import { EditionService } from './edition.service.js';
import { EditionAdminService } from './edition-admin.service.js';
import { EditionImportService } from './edition-import.service.js';
import { PaperBallotService } from './paper-ballot.service.js';
import { ProjectService } from './project.service.js';
import { ProjectStaffService } from './project-staff.service.js';
import { ResultsService } from './results.service.js';

/** The budget module's services, built once per process. */
export function createBudgetServices(db: Database, maxVertices: number) {
  const editions = new EditionService(db);
  const projects = new ProjectService(db, maxVertices, editions);
  return {
    editions,
    editionAdmin: new EditionAdminService(db, editions),
    projects,
    projectStaff: new ProjectStaffService(db, editions, projects),
    paperBallots: new PaperBallotService(db, editions),
    ballots: new BallotService(db, editions),
    results: new ResultsService(db, editions),
    imports: new EditionImportService(db, editions),
  };
}
