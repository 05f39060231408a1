import { expect, test } from 'vitest';
import { createUser } from '../../../test/scenario.js';
import { usePlanImport } from './plan.import.scenario.js';
import { samplePlan } from './plan.test-data.js';

const { db, scene, importAs } = usePlanImport();

test('remarks made before a plan is linked fall in its zones once it is imported', async () => {
  const author = await createUser(db, 'early-bird');
  // Inside zone 1MW of the sample plan (21.004–21.010, 52.19915–52.203).
  const { rows } = await db.pool.query<{ id: string }>(
    `INSERT INTO comment (consultation_id, author_id, body, geometry, stance)
     VALUES ($1, $2, 'Za wysoko', ST_SetSRID(ST_MakePoint(21.007, 52.201), 4326), 'OBJECTION') RETURNING id`,
    [scene.consultationId, author.id],
  );
  const before = await db.prisma.comment.findUniqueOrThrow({ where: { id: rows[0]?.id } });
  expect(before.zoneId).toBeNull();
  const { error } = await importAs(samplePlan(4326));
  expect(error).toBeUndefined();
  const after = await db.prisma.comment.findUniqueOrThrow({
    where: { id: rows[0]?.id },
    include: { zone: true },
  });
  expect(after.zone?.symbol).toBe('1MW');
});
