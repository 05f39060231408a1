import { defineModule } from '../module.js';
import { AuditResolver } from './audit.resolver.js';
import { auditRoutes } from './audit.route.js';
import { AuditService } from './audit.service.js';

export const auditModule = defineModule({
  resolvers: [AuditResolver],
  services: ({ db }) => ({ audit: new AuditService(db) }),
  loaders: ({ audit }) => ({ auditConsultation: audit.consultationLoader() }),
  routes: auditRoutes,
});
