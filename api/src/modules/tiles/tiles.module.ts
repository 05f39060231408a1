import type { ConsultationService } from '../consultations/consultation.service.js';
import { defineModule, type Uses } from '../module.js';
import type { PlanService } from '../plans/plan.service.js';
import { commentTiles } from './comment-tiles.js';
import { areaTiles, consultationTiles, zoneTiles } from './place-tiles.js';
import { projectTiles } from './project-tiles.js';
import { tileRoutes } from './tile.route.js';
import { TileService } from './tile.service.js';
import { TileCache } from './tile-cache.js';

type Needs = Uses<{ consultations: ConsultationService; plans: PlanService }>;

export const tilesModule = defineModule({
  resolvers: [],
  services: ({ db, config, consultations, plans }: Needs) => ({
    tiles: new TileService(
      db,
      {
        comments: commentTiles(consultations, config.tiles.commentsDetailZoom),
        projects: projectTiles(db.pool, config.tiles.projectsDetailZoom),
        zones: zoneTiles(plans),
        areas: areaTiles,
        consultations: consultationTiles,
      },
      new TileCache(config.tiles.cacheBytes),
    ),
  }),
  routes: tileRoutes,
});
