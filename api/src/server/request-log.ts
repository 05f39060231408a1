import type { Logger } from 'pino';
import { pinoHttp } from 'pino-http';

/** Headers that carry a secret: a session, a token. They never reach the log. */
const secretHeaders = ['cookie', 'authorization', 'set-cookie', 'proxy-authorization'];

const withoutSecrets = (headers: Record<string, unknown> | undefined) =>
  headers &&
  Object.fromEntries(
    Object.entries(headers).map(([name, value]) => [
      name,
      secretHeaders.includes(name.toLowerCase()) ? '[redacted]' : value,
    ]),
  );

/** One log line per request, with its headers but never its credentials. */
export function requestLog(log: Logger) {
  return pinoHttp({
    logger: log,
    autoLogging: { ignore: (req) => req.url === '/healthz' },
    // pino-http hands these its own serialised request and response.
    serializers: {
      req: (req) => ({ ...req, headers: withoutSecrets(req.headers) }),
      res: (res) => ({ ...res, headers: withoutSecrets(res.headers) }),
    },
  });
}
