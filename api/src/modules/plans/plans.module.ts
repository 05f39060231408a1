import type { ConsultationService } from '../consultations/consultation.service.js';
import type { FileService } from '../files/file.service.js';
import { defineModule, type Uses } from '../module.js';
import { ConsultationPlansResolver, PlanResolver, PlanZoneResolver } from './plan.resolver.js';
import { PlanService } from './plan.service.js';
import { PlanPreviewResolver, PlanVersionResolver } from './plan-version.resolver.js';

type Needs = Uses<{ consultations: ConsultationService; files: FileService }>;

export const plansModule = defineModule({
  resolvers: [
    PlanResolver,
    PlanZoneResolver,
    ConsultationPlansResolver,
    PlanVersionResolver,
    PlanPreviewResolver,
  ],
  services: ({ db, config, consultations, files }: Needs) => ({
    plans: new PlanService(db, consultations, files, {
      maxVertices: config.maxVertices,
      reassignBatchSize: config.planReassignBatchSize,
    }),
  }),
  loaders: ({ plans }) => plans.loaders(),
});
