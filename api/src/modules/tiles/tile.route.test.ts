import { beforeAll, describe, expect, test } from 'vitest';
import { organisers, type SignedIn } from '../../../test/personas.js';
import { createConsultation, createUser } from '../../../test/scenario.js';
import { useTestServer } from '../../../test/server.js';
import { insideMokotow, point, remark } from '../comments/comments.scenario.js';
import { setStatus } from '../comments/moderation.sql.js';
import { decodeTile, tileOf, tilePath } from './tiles.scenario.js';

const { db, services, server } = useTestServer({ PLAC_TILES_COMMENTS_DETAIL_ZOOM: '14' });
let planner: SignedIn;
let otherPlanner: SignedIn;
let consultationId: string;
let authorId: string;
const ids: Record<'visible' | 'hidden' | 'withdrawn', string> = {
  visible: '',
  hidden: '',
  withdrawn: '',
};
const detail = tileOf(insideMokotow, 15);

async function get(path: string, headers: Record<string, string> = {}) {
  const res = await fetch(`${server.url}${path}`, { headers });
  return { res, bytes: new Uint8Array(await res.arrayBuffer()) };
}
const commentsTile = (query = '') =>
  tilePath('comments', detail, `consultation=${consultationId}${query}`);
const idsIn = (bytes: Uint8Array) =>
  (decodeTile(bytes).comments ?? []).map((f) => f.properties.id).sort();

beforeAll(async () => {
  ({ planner, otherPlanner } = await organisers(db, services));
  consultationId = (await createConsultation(db)).id;
  authorId = (await createUser(db, 'Autor')).id;
  const base = { consultationId, authorId, geometry: point(insideMokotow) };
  ids.visible = await remark(db, { ...base, stance: 'SUPPORT' });
  ids.hidden = await remark(db, { ...base, status: 'HIDDEN' });
  ids.withdrawn = await remark(db, { ...base, status: 'WITHDRAWN' });
});

describe('GET /tiles/comments', () => {
  test('a public tile: visible remarks only, with id, stance and status', async () => {
    const { res, bytes } = await get(commentsTile());
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/vnd.mapbox-vector-tile');
    expect(res.headers.get('cache-control')).toMatch(/^public, max-age=60/);
    expect(res.headers.get('etag')).toMatch(/^"[\w-]{32}"$/);
    const [feature, ...more] = decodeTile(bytes).comments ?? [];
    expect(more).toEqual([]);
    expect(feature?.properties).toEqual({ id: ids.visible, stance: 'SUPPORT', status: 'VISIBLE' });
    expect(feature?.type).toBe(1);
  });

  test('hidden and withdrawn remarks are in no public tile, whatever is asked', async () => {
    expect(idsIn((await get(commentsTile())).bytes)).toEqual([ids.visible]);
    for (const headers of [{}, otherPlanner.headers]) {
      const { res, bytes } = await get(commentsTile('&status=HIDDEN,WITHDRAWN'), headers);
      expect(res.status).toBe(403);
      expect(JSON.parse(new TextDecoder().decode(bytes)).errors[0].extensions).toMatchObject({
        code: 'FORBIDDEN',
        reason: 'NOT_ALLOWED',
        field: 'status',
      });
    }
  });

  test('the organising planner asks for hidden ones: a private tile', async () => {
    const { res, bytes } = await get(commentsTile('&status=HIDDEN,VISIBLE'), planner.headers);
    expect(res.headers.get('cache-control')).toBe('private, no-cache');
    expect(idsIn(bytes)).toEqual([ids.hidden, ids.visible].sort());
  });

  test("the list's filters: stance, answered", async () => {
    expect(idsIn((await get(commentsTile('&stance=OBJECTION'))).bytes)).toEqual([]);
    expect(idsIn((await get(commentsTile('&stance=SUPPORT,QUESTION'))).bytes)).toEqual([
      ids.visible,
    ]);
    expect(idsIn((await get(commentsTile('&answered=true'))).bytes)).toEqual([]);
  });

  test('a draft consultation is no tile for the public, a private one for its planner', async () => {
    const draft = (await createConsultation(db, { status: 'DRAFT' })).id;
    const path = tilePath('comments', detail, `consultation=${draft}`);
    expect((await get(path)).res.status).toBe(404);
    const { res } = await get(path, planner.headers);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('private, no-cache');
  });
});

describe('bad tile requests: 400 naming the parameter', () => {
  test.each([
    ['/tiles/comments/23/0/0.mvt', 'z', 'INPUT_OUT_OF_RANGE'],
    ['/tiles/comments/2/4/0.mvt', 'x', 'INPUT_OUT_OF_RANGE'],
    ['/tiles/comments/2/0/-1.mvt', 'y', 'INPUT_INVALID'],
    ['/tiles/comments/1.5/0/0.mvt', 'z', 'INPUT_INVALID'],
    ['/tiles/comments/2/0/0.mvt', 'consultation', 'INPUT_REQUIRED'],
    ['/tiles/comments/2/0/0.mvt?consultation=nope', 'consultation', 'INPUT_INVALID'],
  ])('%s → %s', async (path, field, reason) => {
    const { res, bytes } = await get(path);
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    const [error] = JSON.parse(new TextDecoder().decode(bytes)).errors;
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason, field });
  });

  test('a parameter the layer does not take, a stance that does not exist', async () => {
    for (const [query, field] of [
      ['&colour=red', 'colour'],
      ['&stance=SUPPORT,LOVE', 'stance'],
      ['&answered=maybe', 'answered'],
      ['&topic=1', 'topic'],
    ]) {
      const { res, bytes } = await get(commentsTile(query));
      expect(res.status, query).toBe(400);
      expect(JSON.parse(new TextDecoder().decode(bytes)).errors[0].extensions.field).toBe(field);
    }
  });

  test('an unknown layer: 404', async () => {
    const { res } = await get('/tiles/parcels/2/0/0.mvt');
    expect(res.status).toBe(404);
  });
});

describe('tile caching', () => {
  const revalidate = async (etag: string) =>
    (await get(commentsTile(), { 'if-none-match': etag })).res;

  test('unchanged: 304; a new remark, a hidden one, an answer: a new ETag', async () => {
    const first = (await get(commentsTile())).res.headers.get('etag') ?? '';
    expect((await revalidate(first)).status).toBe(304);
    expect((await revalidate(`W/${first}`)).status).toBe(304);

    const added = await remark(db, { consultationId, authorId, geometry: point(insideMokotow) });
    const afterRemark = await revalidate(first);
    expect(afterRemark.status).toBe(200);
    const second = afterRemark.headers.get('etag') ?? '';
    expect(second).not.toBe(first);
    expect(idsIn((await get(commentsTile())).bytes)).toContain(added);

    await setStatus(db.pool, added, 'HIDDEN', 'test: hidden');
    const afterHide = await revalidate(second);
    expect(afterHide.status).toBe(200);
    expect(afterHide.headers.get('etag')).not.toBe(second);
    expect(idsIn((await get(commentsTile())).bytes)).not.toContain(added);
  });

  test("another consultation's remark leaves this one's tiles as they were", async () => {
    const etag = (await get(commentsTile())).res.headers.get('etag') ?? '';
    const elsewhere = (await createConsultation(db)).id;
    await remark(db, { consultationId: elsewhere, authorId });
    expect((await revalidate(etag)).status).toBe(304);
  });
});
