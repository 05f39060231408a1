import { expect, test } from 'vitest';
import { useTestServer } from '../../../../test/server.js';
import { insideMokotow } from '../../comments/comments.scenario.js';
import { decodeTile, tileOf, tilePath } from '../../tiles/tiles.scenario.js';
import { locateProject } from '../projects/project.scenario.js';
import { createFundedProject } from './delivery.scenario.js';
import { insertUpdate } from './delivery.sql.js';

const { db, server } = useTestServer({ PLAC_TILES_PROJECTS_DETAIL_ZOOM: '13' });

async function get(path: string, headers: Record<string, string> = {}) {
  const res = await fetch(`${server.url}${path}`, { headers });
  const bytes = new Uint8Array(await res.arrayBuffer());
  return { res, features: res.ok ? (decodeTile(bytes).projects ?? []) : [] };
}

test("a funded project's tile feature carries its latest progress, and an update is a new ETag", async () => {
  const { editionId, funded } = await createFundedProject(db);
  await locateProject(db, funded, insideMokotow);
  const path = tilePath('projects', tileOf(insideMokotow, 14), `edition=${editionId}`);
  const before = await get(path);
  expect(before.features.map((f) => f.properties)).toEqual([{ id: funded, status: 'SELECTED' }]);
  const etag = before.res.headers.get('etag') ?? '';
  const update = { reportedOn: '2026-11-30', body: 'Start.', actualCostGrosze: null };
  await insertUpdate(db.pool, funded, null, { ...update, progress: 20 });
  await insertUpdate(db.pool, funded, null, { ...update, reportedOn: '2026-12-01', progress: 45 });
  const after = await get(path, { 'if-none-match': etag });
  expect(after.res.status).toBe(200);
  expect(after.features.map((f) => f.properties)).toEqual([
    { id: funded, status: 'SELECTED', progress: 45 },
  ]);
});
