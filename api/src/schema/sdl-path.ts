import { join } from 'node:path';
import { repoRoot } from '../config.js';

export const sdlPath = join(repoRoot, 'schema', 'schema.graphql');
