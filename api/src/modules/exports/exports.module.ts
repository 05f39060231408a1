import type { ConsultationService } from '../consultations/consultation.service.js';
import { defineModule, type Uses } from '../module.js';
import { exportRoutes } from './export.route.js';
import { ExportService } from './export.service.js';

export const exportsModule = defineModule({
  resolvers: [],
  services: ({ db, consultations }: Uses<{ consultations: ConsultationService }>) => ({
    exports: new ExportService(db, consultations),
  }),
  routes: exportRoutes,
});
