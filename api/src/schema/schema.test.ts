import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { printPlacSchema } from './build-schema.js';
import { sdlPath } from './sdl-path.js';

test('schema/schema.graphql is what the code emits (run `npm run schema:emit`)', async () => {
  expect(readFileSync(sdlPath, 'utf8')).toBe(await printPlacSchema());
});
