import { request as httpRequest } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, test } from 'vitest';
import { createConsultation, createUser } from '../../test/scenario.js';
import { useTestServer } from '../../test/server.js';
import type { Position } from '../geo/geojson.js';
import { insideMokotow, remark } from '../modules/comments/comments.scenario.js';
import { tileOf, tilePath } from '../modules/tiles/tiles.scenario.js';

const { db, server } = useTestServer();
let consultationId: string;

/** A raw request, so that nothing decompresses on the way: the bytes as they came. */
function send(path: string, headers: Record<string, string>, body?: string) {
  return new Promise<{ status: number; headers: Record<string, unknown>; bytes: Buffer }>(
    (resolve, reject) => {
      const req = httpRequest(
        `${server.url}${path}`,
        { method: body ? 'POST' : 'GET', headers },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () =>
            resolve({
              status: res.statusCode ?? 0,
              headers: res.headers,
              bytes: Buffer.concat(chunks),
            }),
          );
        },
      );
      req.on('error', reject);
      req.end(body);
    },
  );
}

const districts = JSON.stringify({ query: '{ areas(kind: DISTRICT) { id name slug geometry } }' });
const graphql = (encoding?: string) =>
  send(
    '/graphql',
    { 'content-type': 'application/json', ...(encoding ? { 'accept-encoding': encoding } : {}) },
    districts,
  );

beforeAll(async () => {
  consultationId = (await createConsultation(db)).id;
  const authorId = (await createUser(db, 'Autor')).id;
  for (let i = 0; i < 40; i++) {
    const point = { type: 'Point' as const, coordinates: [21.0 + i * 0.0002, 52.2] as Position };
    await remark(db, { consultationId, authorId, geometry: point, body: `Uwaga ${i} `.repeat(20) });
  }
});

describe('response compression', () => {
  test('a compressed tile has a strong ETag of its own, and revalidates to 304', async () => {
    const path = tilePath('areas', tileOf(insideMokotow, 10), 'kind=DISTRICT');
    const plain = await send(path, {});
    expect(plain.headers.etag).toMatch(/^"/);
    const gzipped = await send(path, { 'accept-encoding': 'gzip' });
    expect(gzipped.headers['content-encoding']).toBe('gzip');
    expect(gzipped.headers.etag).toBe(`${String(plain.headers.etag).slice(0, -1)}-gzip"`);
    const again = await send(path, {
      'accept-encoding': 'gzip',
      'if-none-match': String(gzipped.headers.etag),
    });
    expect(again.status).toBe(304);
  });

  test('a large GraphQL response comes gzipped when asked, plain when not', async () => {
    const plain = await graphql();
    expect(plain.headers['content-encoding']).toBeUndefined();
    const text = plain.bytes.toString('utf8');
    expect(JSON.parse(text).data.areas.length).toBeGreaterThan(10);

    const gzipped = await graphql('gzip');
    expect(gzipped.headers['content-encoding']).toBe('gzip');
    expect(gzipped.headers.vary).toMatch(/Accept-Encoding/i);
    expect(gzipped.bytes.length).toBeLessThan(plain.bytes.length / 2);
    expect(gunzipSync(gzipped.bytes).toString('utf8')).toBe(text);

    const brotli = await graphql('br, gzip');
    expect(brotli.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(brotli.bytes).toString('utf8')).toBe(text);
  });

  test('a small response stays plain', async () => {
    const small = await send('/healthz', { 'accept-encoding': 'gzip' });
    expect(small.headers['content-encoding']).toBeUndefined();
  });

  test('CSV and GeoJSON exports and vector tiles are compressed', async () => {
    for (const path of [
      `/consultations/${consultationId}/comments.csv`,
      `/consultations/${consultationId}/comments.geojson`,
      tilePath('comments', tileOf([21.004, 52.2], 14), `consultation=${consultationId}`),
      tilePath('areas', tileOf(insideMokotow, 10), 'kind=DISTRICT'),
    ]) {
      const res = await send(path, { 'accept-encoding': 'gzip' });
      expect(res.status, path).toBe(200);
      expect(res.headers['content-encoding'], path).toBe('gzip');
    }
  });
});
