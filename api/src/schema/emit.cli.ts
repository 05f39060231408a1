import { writeFileSync } from 'node:fs';
import { printPlacSchema } from './build-schema.js';
import { sdlPath } from './sdl-path.js';

writeFileSync(sdlPath, await printPlacSchema());
console.log(`Wrote ${sdlPath}`);
