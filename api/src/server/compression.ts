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
  return [tagEncodedETags, compressor];
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
 * 8.8.1): an encoded body keeps a strong tag of its own, the plain one with the encoding
 * appended (`"abc"` → `"abc-br"`), as Apache does. Handlers that answer If-None-Match compare
 * with `withoutEncoding`. Runs after compression has set Content-Encoding: it wraps writeHead
 * first, so compression's wrapper (added later) runs before it.
 */
const tagEncodedETags: RequestHandler = (_req, res, next) => {
  const writeHead = res.writeHead;
  res.writeHead = function (this: Response, ...args: Parameters<Response['writeHead']>) {
    const etag = this.getHeader('ETag');
    const encoding = this.getHeader('Content-Encoding');
    if (typeof encoding === 'string' && typeof etag === 'string' && /^".*"$/.test(etag)) {
      this.setHeader('ETag', `${etag.slice(0, -1)}-${encoding}"`);
    }
    return writeHead.apply(this, args);
  } as Response['writeHead'];
  next();
};

/** The tag a handler set, from one a client sends back (encoded by `tagEncodedETags` or not). */
export function withoutEncoding(tag: string) {
  return tag.replace(/-(br|gzip|deflate)"$/, '"');
}
