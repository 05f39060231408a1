import { readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const src = fileURLToPath(new URL('../../../', import.meta.url));
const entry = fileURLToPath(new URL('../budget.cli.ts', import.meta.url));

// Static imports and re-exports that stay at run time; `import type` is erased, `import()` is lazy.
const staticImport = /^(?:import|export)\s+(?!type\s)(?:[^'";]*?\sfrom\s+)?'([^']+)'/gm;

/** Every module `file` loads at start-up, following static imports: source paths and packages. */
function startupGraph(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  if (!file.startsWith('/')) return seen;
  const text = readFileSync(file, 'utf8');
  for (const [, specifier = ''] of text.matchAll(staticImport)) {
    const next = specifier.startsWith('.')
      ? join(dirname(file), specifier).replace(/\.js$/, '.ts')
      : specifier;
    startupGraph(next, seen);
  }
  return seen;
}

describe('budget CLI start-up', () => {
  const graph = [...startupGraph(entry)].map((f) => (f.startsWith('/') ? relative(src, f) : f));

  it('reaches the tally command', () => {
    expect(graph).toContain('modules/budget/cli/tally.command.ts');
    expect(graph).toContain('modules/budget/pabulib/pabulib.parse.ts');
  });

  it('loads no database, Prisma or configuration code before a command needs it', () => {
    const packages = graph.filter((f) => !f.startsWith('modules/'));
    expect(packages.filter((f) => !f.startsWith('node:'))).toEqual([]);
    expect(graph.filter((f) => /(^|\/)(db|generated|audit)\//.test(f))).toEqual([]);
  });
});
