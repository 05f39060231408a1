import { defineModule } from '../module.js';
import { StaffResolver } from './staff.resolver.js';
import { StaffService } from './staff.service.js';

export const staffModule = defineModule({
  resolvers: [StaffResolver],
  services: ({ db }) => ({ staff: new StaffService(db) }),
});
