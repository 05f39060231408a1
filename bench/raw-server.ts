/**
 * The raw baseline the benches compare Plac with: a bare `node:http` server running Plac's own
 * SQL through `pg` (one pool of Plac's default size) and answering JSON, with no GraphQL, no
 * sign-in, no checks. Started by bench/kit.ts; prints the port it listens on.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import pg from 'pg';
import { BBox } from '../api/src/geo/bbox.js';
import type { CommentQuery } from '../api/src/modules/comments/comment-filter.sql.js';
import { commentPageSql } from '../api/src/modules/comments/comment-list.sql.js';

const pool = new pg.Pool({
  connectionString: process.env.DATABASE_URL,
  max: 10,
  options: '-c jit=off',
});

async function body(req: IncomingMessage) {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return JSON.parse(Buffer.concat(chunks).toString() || '{}');
}

/** The page `comments(consultationId, filter: { bbox }, first)` reads, as its rows. */
async function comments(req: IncomingMessage) {
  const { consultationId, bbox, first } = await body(req);
  const [w, s, e, n] = bbox as [number, number, number, number];
  const q: CommentQuery = {
    consultationId,
    statuses: ['VISIBLE'],
    includeReplies: false,
    intersecting: new BBox(w, s, e, n).toPolygon(),
    areaId: null,
    zoneId: null,
    stances: null,
    topicId: null,
    since: null,
    until: null,
    hasResponse: null,
  };
  const { rows } = await pool.query(commentPageSql(q, first, null));
  return { edges: rows.slice(0, first).map((node) => ({ node })) };
}

const routes: Record<string, (req: IncomingMessage) => Promise<unknown>> = {
  '/comments': comments,
};

async function handle(req: IncomingMessage, res: ServerResponse) {
  const route = routes[new URL(req.url ?? '/', 'http://raw').pathname];
  if (!route) {
    res.writeHead(404).end();
    return;
  }
  try {
    const json = JSON.stringify(await route(req));
    res.writeHead(200, { 'content-type': 'application/json' }).end(json);
  } catch (error) {
    res.writeHead(500).end(String(error));
  }
}

const server = createServer((req, res) => void handle(req, res));
server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  console.log(`raw baseline listening on http://localhost:${port}`);
});
process.on('SIGTERM', () => server.close(() => void pool.end()));
