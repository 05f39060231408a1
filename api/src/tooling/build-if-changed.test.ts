import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { type BuildStep, buildIfChanged } from './build-if-changed.js';

function project() {
  const root = mkdtempSync(join(tmpdir(), 'plac-build-'));
  mkdirSync(join(root, 'src/nested'), { recursive: true });
  mkdirSync(join(root, 'dist'));
  writeFileSync(join(root, 'src/a.ts'), 'a');
  writeFileSync(join(root, 'src/nested/b.ts'), 'b');
  const step: BuildStep = { name: 'app', inputs: ['src'], stamp: 'dist/.hash', command: 'build' };
  const runs: string[] = [];
  const build = () => buildIfChanged(root, [step], (command) => runs.push(command));
  return { root, build, runs };
}

describe('building only what changed', () => {
  test('builds the first time, then not again while the sources stay', () => {
    const { build, runs } = project();
    expect(build()).toEqual(['app']);
    expect(build()).toEqual([]);
    expect(runs).toEqual(['build']);
  });

  test('a changed or an added source builds again', () => {
    const { root, build, runs } = project();
    build();
    writeFileSync(join(root, 'src/nested/b.ts'), 'b2');
    expect(build()).toEqual(['app']);
    writeFileSync(join(root, 'src/c.ts'), '');
    expect(build()).toEqual(['app']);
    expect(runs).toHaveLength(3);
  });

  test('a removed output (no stamp) builds again', () => {
    const { root, build } = project();
    build();
    writeFileSync(join(root, 'dist/.hash'), 'stale');
    expect(build()).toEqual(['app']);
    expect(readFileSync(join(root, 'dist/.hash'), 'utf8')).toMatch(/^[0-9a-f]{64}$/);
  });
});
