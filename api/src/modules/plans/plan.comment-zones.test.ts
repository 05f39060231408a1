import { expect, test } from 'vitest';
import { createUser } from '../../../test/scenario.js';
import { remark } from '../comments/comments.scenario.js';
import { samplePlan } from './plan.test-data.js';
import { usePlanImport } from './plans.scenario.js';

const { db, scene, importAs } = usePlanImport();

const zoneOf = async (id: string) =>
  (await db.prisma.comment.findUniqueOrThrow({ where: { id }, include: { zone: true } })).zone
    ?.symbol ?? null;

test('remarks made before a plan is linked fall in its zones once it is imported', async () => {
  const author = await createUser(db, 'early-bird');
  const base = { consultationId: scene.consultationId, authorId: author.id };
  // Inside zone 1MW of the sample plan (21.004–21.010, 52.19915–52.203).
  const inside = await remark(db, {
    ...base,
    body: 'Za wysoko',
    geometry: { type: 'Point', coordinates: [21.007, 52.201] },
  });
  // Mostly in 1MW, its east end in the zone beyond 21.010: the rule is the longest share.
  const across = await remark(db, {
    ...base,
    geometry: {
      type: 'LineString',
      coordinates: [
        [21.005, 52.2],
        [21.0105, 52.2],
      ],
    },
  });
  expect(await zoneOf(inside)).toBeNull();
  const { error } = await importAs(samplePlan(4326));
  expect(error).toBeUndefined();
  expect(await zoneOf(inside)).toBe('1MW');
  expect(await zoneOf(across)).toBe('1MW');
});
