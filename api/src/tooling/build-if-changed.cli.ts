import { repoRoot } from '../config.js';
import { buildIfChanged, buildSteps } from './build-if-changed.js';

// npm start: rebuild the Prisma client and the web client only when their sources changed.
const built = buildIfChanged(repoRoot);
const unchanged = buildSteps.filter((step) => !built.includes(step.name)).map((s) => s.name);
if (unchanged.length) console.log(`Up to date, not rebuilt: ${unchanged.join(', ')}.`);
