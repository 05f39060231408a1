import type { ConsultationService } from '../consultations/consultation.service.js';
import { defineModule, type Uses } from '../module.js';
import { ConsultationPlansResolver, PlanResolver, PlanZoneResolver } from './plan.resolver.js';
import { PlanService } from './plan.service.js';

export const plansModule = defineModule({
  resolvers: [PlanResolver, PlanZoneResolver, ConsultationPlansResolver],
  services: ({ db, config, consultations }: Uses<{ consultations: ConsultationService }>) => ({
    plans: new PlanService(db, consultations, config.maxVertices),
  }),
  loaders: ({ plans }) => plans.loaders(),
});
