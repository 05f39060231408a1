import { execSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sourceHash } from './source-hash.js';

/** Something built from sources: the command that builds it and the stamp it leaves. */
export type BuildStep = {
  name: string;
  inputs: readonly string[];
  /** Written after a build with the hash of its inputs; inside the output, so a clean removes it. */
  stamp: string;
  command: string;
};

export const buildSteps: readonly BuildStep[] = [
  {
    name: 'Prisma client',
    inputs: ['prisma/schema.prisma', 'package-lock.json'],
    stamp: 'api/src/generated/.source-hash',
    command: 'npm run prisma:generate',
  },
  {
    name: 'web client',
    inputs: [
      'web/src',
      'web/index.html',
      'web/vite.config.ts',
      'web/package.json',
      'schema/schema.graphql',
      'package-lock.json',
    ],
    stamp: 'web/dist/.source-hash',
    command: 'npm run build',
  },
];

/** Runs each step whose inputs changed since its last build; says which it skipped. */
export function buildIfChanged(root: string, steps = buildSteps, run = runCommand): string[] {
  const built: string[] = [];
  for (const step of steps) {
    const stampPath = join(root, step.stamp);
    const hash = sourceHash(root, step.inputs);
    if (existsSync(stampPath) && readFileSync(stampPath, 'utf8') === hash) continue;
    run(step.command, root);
    writeFileSync(stampPath, hash);
    built.push(step.name);
  }
  return built;
}

function runCommand(command: string, cwd: string) {
  execSync(command, { cwd, stdio: 'inherit' });
}
