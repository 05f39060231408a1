import type { IncomingMessage } from 'node:http';
import type { Express } from 'express';
import proxyAddr from 'proxy-addr';

/**
 * The client's address for a raw request (a WebSocket upgrade), by the same `trust proxy`
 * rule as Express's `req.ip`: behind a trusted proxy, from X-Forwarded-For.
 */
export function clientAddressOf(app: Express): (req: IncomingMessage) => string {
  const trust = app.get('trust proxy fn') as Parameters<typeof proxyAddr>[1];
  return (req) => proxyAddr(req, trust) ?? req.socket.remoteAddress ?? 'unknown';
}
