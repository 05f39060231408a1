import type { ConsultationService } from '../consultations/consultation.service.js';
import { defineModule, type Uses } from '../module.js';
import { ReportResolver } from './report.resolver.js';
import { reportRoute } from './report.route.js';
import { ReportService } from './report.service.js';

export const reportsModule = defineModule({
  resolvers: [ReportResolver],
  services: ({ db, consultations }: Uses<{ consultations: ConsultationService }>) => ({
    reports: new ReportService(db, consultations),
  }),
  routes: reportRoute,
});
