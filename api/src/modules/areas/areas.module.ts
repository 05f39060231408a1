import { defineModule } from '../module.js';
import { AreaResolver } from './area.resolver.js';
import { AreaService } from './area.service.js';

export const areasModule = defineModule({
  resolvers: [AreaResolver],
  services: ({ db }) => ({ areas: new AreaService(db) }),
  loaders: ({ areas }) => ({ area: areas.areaLoader(), areaGeometry: areas.geometryLoader() }),
});
