import type { IncomingHttpHeaders } from 'node:http';

/**
 * A browser page may open a socket (which carries the session cookie) only from this server's
 * own origin or one configured in PLAC_ALLOWED_ORIGINS. A client that sends no Origin is not a
 * browser page and carries its own credentials.
 */
export function originAllowed(headers: IncomingHttpHeaders, allowed: readonly string[]): boolean {
  const origin = headers.origin;
  if (origin === undefined) return true;
  if (allowed.includes(origin)) return true;
  try {
    return new URL(origin).host === headers.host;
  } catch {
    return false;
  }
}
