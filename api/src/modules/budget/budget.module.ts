import { defineModule } from '../module.js';
import { BallotResolver } from './ballots/ballot.resolver.js';
import { createBudgetServices } from './budget.services.js';
import { EditionResolver } from './editions/edition.resolver.js';
import { PabulibResolver } from './pabulib/pabulib.resolver.js';
import { PoolResolver } from './pools/pool.resolver.js';
import { ProjectResolver } from './projects/project.resolver.js';
import { ProjectStaffResolver } from './projects/project-staff.resolver.js';
import { ResultsResolver } from './results/results.resolver.js';

/** The participatory budget: one registration for all its sub-modules. */
export const budgetModule = defineModule({
  resolvers: [
    EditionResolver,
    PoolResolver,
    ProjectResolver,
    ProjectStaffResolver,
    BallotResolver,
    ResultsResolver,
    PabulibResolver,
  ],
  services: ({ db, config }) => ({ budget: createBudgetServices(db, config.maxVertices) }),
  loaders: ({ budget }) => budget.projects.loaders(),
});
