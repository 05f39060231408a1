import { defineModule } from '../module.js';
import { UnitResolver } from './unit.resolver.js';
import { UnitService } from './unit.service.js';

export const unitsModule = defineModule({
  resolvers: [UnitResolver],
  services: ({ db }) => ({ units: new UnitService(db) }),
});
