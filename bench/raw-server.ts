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
import {
  commentCellProperties,
  commentCells,
  commentFeatureProperties,
  commentFeatures,
} from '../api/src/modules/tiles/comment-tiles.sql.js';
import { mvtSql } from '../api/src/modules/tiles/tile.sql.js';
import { castRawBallot } from './raw-ballot.js';

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
  const q = { ...visibleRemarks(consultationId), intersecting: new BBox(w, s, e, n).toPolygon() };
  const { rows } = await pool.query(commentPageSql(q, first, null));
  return { edges: rows.slice(0, first).map((node) => ({ node })) };
}

/** A consultation's visible remarks, as the list and the tiles take them by default. */
function visibleRemarks(consultationId: string): CommentQuery {
  return {
    consultationId,
    statuses: ['VISIBLE'],
    includeReplies: false,
    intersecting: null,
    areaId: null,
    zoneId: null,
    stances: null,
    topicId: null,
    since: null,
    until: null,
    hasResponse: null,
  };
}

/**
 * `GET /tiles/comments/{z}/{x}/{y}?consultation=<id>`: the same ST_AsMVT statement as Plac's
 * (cells below z 14, single remarks from it), the bytes as they come.
 */
async function commentTile(req: IncomingMessage, res: ServerResponse) {
  const url = new URL(req.url ?? '/', 'http://raw');
  const [z = 0, x = 0, y = 0] = url.pathname
    .split('/')
    .slice(3)
    .map((p) => Number.parseInt(p));
  const q = visibleRemarks(url.searchParams.get('consultation') ?? '');
  const address = { z, x, y };
  const cells = z < 14;
  const plan = {
    layer: 'comments',
    source: cells ? commentCells(q, address) : commentFeatures(q, address),
    properties: cells ? commentCellProperties : commentFeatureProperties,
    scope: { layer: 'comments' as const, scopeId: q.consultationId },
    cache: 'public' as const,
    key: '',
  };
  const { rows } = await pool.query<{ tile: Buffer | null }>(mvtSql(address, plan));
  res.writeHead(200, { 'content-type': 'application/vnd.mapbox-vector-tile' });
  res.end(rows[0]?.tile ?? Buffer.alloc(0));
}

/** The statements of `castBallot` for the voter named in the body, as bench/ballots.ts sends. */
async function ballot(req: IncomingMessage) {
  return castRawBallot(pool, await body(req));
}

const routes: Record<string, (req: IncomingMessage) => Promise<unknown>> = {
  '/comments': comments,
  '/ballot': ballot,
};

async function handle(req: IncomingMessage, res: ServerResponse) {
  const path = new URL(req.url ?? '/', 'http://raw').pathname;
  if (path.startsWith('/tiles/comments/')) {
    await commentTile(req, res).catch((error) => res.writeHead(500).end(String(error)));
    return;
  }
  const route = routes[path];
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
