import { defineModule } from '../module.js';
import { AuditResolver } from './audit.resolver.js';
import { AuditService } from './audit.service.js';

export const auditModule = defineModule({
  resolvers: [AuditResolver],
  services: ({ db }) => ({ audit: new AuditService(db) }),
});
