import type { ConsultationService } from '../consultations/consultation.service.js';
import { defineModule, type Uses } from '../module.js';
import { commentTiles } from './comment-tiles.js';
import { tileRoutes } from './tile.route.js';
import { TileService } from './tile.service.js';

export const tilesModule = defineModule({
  resolvers: [],
  services: ({ db, config, consultations }: Uses<{ consultations: ConsultationService }>) => ({
    tiles: new TileService(db, {
      comments: commentTiles(consultations, config.tiles.commentsDetailZoom),
    }),
  }),
  routes: tileRoutes,
});
