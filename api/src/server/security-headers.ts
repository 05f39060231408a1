import type { RequestHandler } from 'express';
import helmet from 'helmet';
import type { Config } from '../config.js';

/**
 * helmet's headers, with a Content-Security-Policy the web client and the explorer work under:
 * scripts only from this server (no inline ones), MapLibre's workers from blob: URLs, an
 * external map style's origin where one is configured, and no framing by anyone.
 */
export function securityHeaders(config: Pick<Config, 'env' | 'map'>): RequestHandler {
  const production = config.env === 'production';
  const mapOrigin = config.map.styleUrl ? [new URL(config.map.styleUrl).origin] : [];
  return helmet({
    contentSecurityPolicy: {
      useDefaults: true,
      directives: {
        'script-src': ["'self'"],
        'worker-src': ["'self'", 'blob:'],
        'child-src': ["'self'", 'blob:'],
        'img-src': ["'self'", 'data:', 'blob:', ...mapOrigin],
        'connect-src': ["'self'", ...mapOrigin],
        'frame-ancestors': ["'none'"],
        // Browsers would move a plain-HTTP development server's assets to HTTPS.
        'upgrade-insecure-requests': production ? [] : null,
      },
    },
    strictTransportSecurity: production ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    referrerPolicy: { policy: 'same-origin' },
    xFrameOptions: { action: 'deny' },
  });
}
