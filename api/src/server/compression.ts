import { constants } from 'node:zlib';
import compression from 'compression';
import type { RequestHandler } from 'express';

export const vectorTileType = 'application/vnd.mapbox-vector-tile';

/** Stored files are sent as they were uploaded: many are compressed already (images, PDF, zip). */
const uncompressedPaths = /^\/files\//;

/**
 * gzip or brotli, as the client accepts, for bodies over 1 kB of a compressible type: GraphQL's
 * JSON, CSV and GeoJSON exports, vector tiles (protobuf, which mime-db does not list), the web
 * client's scripts. Brotli at quality 4: near gzip's speed, smaller output; 11 costs ~100× the CPU.
 */
export function compressResponses(): RequestHandler {
  return compression({
    threshold: 1024,
    brotli: { params: { [constants.BROTLI_PARAM_QUALITY]: 4 } },
    filter: (req, res) => {
      if (uncompressedPaths.test(req.path)) return false;
      const type = String(res.getHeader('Content-Type') ?? '');
      return type.startsWith(vectorTileType) || compression.filter(req, res);
    },
  });
}
