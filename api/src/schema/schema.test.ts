import { readFileSync } from 'node:fs';
import { isObjectType } from 'graphql';
import { expect, test } from 'vitest';
import { buildPlacSchema, printPlacSchema } from './build-schema.js';
import { sdlPath } from './sdl-path.js';

test('schema/schema.graphql is what the code emits (run `npm run schema:emit`)', async () => {
  expect(readFileSync(sdlPath, 'utf8')).toBe(await printPlacSchema());
});

test("plain properties use graphql's default resolver; resolver methods keep the guards", async () => {
  const schema = await buildPlacSchema();
  const fieldsOf = (name: string) => {
    const type = schema.getType(name);
    if (!isObjectType(type)) throw new Error(`${name} is not an object type`);
    return type.getFields();
  };
  expect(fieldsOf('FeedbackCell').total?.resolve).toBeUndefined();
  expect(fieldsOf('SpatialPlan').versions?.resolve).toBeTypeOf('function');
  expect(fieldsOf('Mutation').castBallot?.resolve).toBeTypeOf('function');
});
