export { PabulibError } from './pabulib.errors.js';
export { parsePabulib } from './pabulib.parse.js';
export type { PabulibBallot, PabulibFile, PabulibProject } from './pabulib.types.js';
export { writePabulib } from './pabulib.write.js';
