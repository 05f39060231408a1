import type { FileService } from '../files/file.service.js';
import { defineModule, type Uses } from '../module.js';
import { AppealResolver } from './appeals/appeal.resolver.js';
import { BallotResolver } from './ballots/ballot.resolver.js';
import { PaperBallotResolver } from './ballots/paper-ballot.resolver.js';
import { createBudgetServices } from './budget.services.js';
import { DeliveryResolver } from './delivery/delivery.resolver.js';
import { DeliveryService } from './delivery/delivery.service.js';
import { EditionResolver } from './editions/edition.resolver.js';
import { EvaluationResolver } from './evaluations/evaluation.resolver.js';
import { createReviewServices } from './evaluations/review.services.js';
import { MyProjectResolver } from './my-projects/my-project.resolver.js';
import { PabulibResolver } from './pabulib/pabulib.resolver.js';
import { PoolResolver } from './pools/pool.resolver.js';
import { ProjectResolver } from './projects/project.resolver.js';
import { ProjectLocatingResolver } from './projects/project-locating.resolver.js';
import { ProjectStaffResolver } from './projects/project-staff.resolver.js';
import { ProposalResolver } from './proposals/proposal.resolver.js';
import { ProposalService } from './proposals/proposal.service.js';
import { ProjectFilesResolver, ProposalFilesResolver } from './proposals/proposal-file.resolver.js';
import { ResultsResolver } from './results/results.resolver.js';
import { StatisticsResolver } from './statistics/statistics.resolver.js';
import { statisticsRoutes } from './statistics/statistics.route.js';

/** The participatory budget: one registration for all its sub-modules. */
export const budgetModule = defineModule({
  resolvers: [
    EditionResolver,
    PoolResolver,
    ProjectResolver,
    ProjectStaffResolver,
    ProjectLocatingResolver,
    BallotResolver,
    PaperBallotResolver,
    ResultsResolver,
    DeliveryResolver,
    StatisticsResolver,
    PabulibResolver,
    ProposalResolver,
    ProjectFilesResolver,
    ProposalFilesResolver,
    EvaluationResolver,
    AppealResolver,
    MyProjectResolver,
  ],
  services: ({ db, config, files }: Uses<{ files: FileService }>) => {
    const budget = createBudgetServices(db, config.maxVertices);
    return {
      budget: {
        ...budget,
        delivery: new DeliveryService(db, budget.editions, files),
        proposals: new ProposalService(db, config.maxVertices, budget.editions, files),
      },
      budgetReview: createReviewServices(db, budget.editions, files),
    };
  },
  loaders: ({ budget }) => ({ ...budget.projects.loaders(), ...budget.proposals.loaders() }),
  routes: statisticsRoutes,
});
