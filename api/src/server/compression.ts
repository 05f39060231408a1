import { constants } from 'node:zlib';
import compression from 'compression';
import type { RequestHandler, Response } from 'express';

export const vectorTileType = 'application/vnd.mapbox-vector-tile';

/** Stored files are sent as they were uploaded: many are compressed already (images, PDF, zip). */
const uncompressedPaths = /^\/files\//;

/**
 * gzip or brotli, as the client accepts, for bodies over 1 kB of a compressible type: GraphQL's
 * JSON, CSV and GeoJSON exports, vector tiles (protobuf, which mime-db does not list), the web
 * client's scripts. Brotli at quality 4: near gzip's speed, smaller output; 11 costs ~100× the CPU.
 */
export function compressResponses(): RequestHandler[] {
  return [weakenEncodedETags, compressor];
}

const compressor = compression({
  threshold: 1024,
  brotli: { params: { [constants.BROTLI_PARAM_QUALITY]: 4 } },
  filter: (req, res) => {
    if (uncompressedPaths.test(req.path)) return false;
    const type = String(res.getHeader('Content-Type') ?? '');
    return type.startsWith(vectorTileType) || compression.filter(req, res);
  },
});

/**
 * A strong ETag names one exact byte sequence, and compressed bytes are other bytes (RFC 9110
 * 8.8.1): once a body is encoded its ETag becomes weak, as nginx does. If-None-Match compares
 * weakly, so revalidation still answers 304. Runs after compression has set Content-Encoding:
 * it wraps writeHead first, so compression's wrapper (added later) runs before it.
 */
const weakenEncodedETags: RequestHandler = (_req, res, next) => {
  const writeHead = res.writeHead;
  res.writeHead = function (this: Response, ...args: Parameters<Response['writeHead']>) {
    const etag = this.getHeader('ETag');
    if (this.getHeader('Content-Encoding') && typeof etag === 'string' && etag.startsWith('"')) {
      this.setHeader('ETag', `W/${etag}`);
    }
    return writeHead.apply(this, args);
  } as Response['writeHead'];
  next();
};
