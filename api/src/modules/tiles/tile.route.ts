import { type Request, type Response, Router } from 'express';
import { DomainError } from '../../errors/domain-error.js';
import { requestViewer } from '../identity/request-credentials.js';
import type { SessionService } from '../identity/session.service.js';
import type { TileService } from './tile.service.js';
import { parseTileAddress } from './tile-address.js';

const statusOf: Partial<Record<DomainError['code'], number>> = {
  BAD_USER_INPUT: 400,
  NOT_FOUND: 404,
  FORBIDDEN: 403,
};

/** Browsers and proxies keep a public tile a minute, then revalidate it with its ETag. */
export const publicCache = 'public, max-age=60, stale-while-revalidate=300';
/** A tile with content only this viewer may see: kept by the browser, revalidated each time. */
export const privateCache = 'private, no-cache';

/**
 * GET /tiles/:layer/:z/:x/:y.mvt — a Mapbox Vector Tile of one layer, for whoever the session
 * cookie or bearer token names (or a visitor). Refusals are JSON, as GraphQL's errors.
 */
export function tileRoutes(services: { tiles: TileService; sessions: SessionService }): Router {
  const router = Router();
  router.get('/tiles/:layer/:z/:x/:y.mvt', async (req: Request, res: Response) => {
    res.set('Vary', 'Authorization, Cookie');
    try {
      const { layer, z, x, y } = req.params as Record<string, string>;
      const address = parseTileAddress(String(z), String(x), String(y));
      const viewer = await requestViewer(req.headers, services.sessions);
      const search = new URL(req.originalUrl, 'http://tile.invalid').searchParams;
      const answer = await services.tiles.tile(
        viewer,
        String(layer),
        address,
        search,
        req.get('if-none-match'),
      );
      res.set('ETag', answer.etag);
      res.set('Cache-Control', answer.cache === 'public' ? publicCache : privateCache);
      if (answer.status === 304) {
        res.status(304).end();
        return;
      }
      res.type('application/vnd.mapbox-vector-tile').send(Buffer.from(answer.body));
    } catch (error) {
      const status = error instanceof DomainError ? statusOf[error.code] : undefined;
      if (!status || !(error instanceof DomainError)) throw error;
      const { message, code, reason, field, params } = error;
      res
        .status(status)
        .set('Cache-Control', 'no-store')
        .json({ errors: [{ message, extensions: { code, reason, field, params } }] });
    }
  });
  return router;
}
