import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePabulib } from '../pabulib/pabulib.parse.js';
import { instanceFromPabulib } from './instance.js';
import { seededLot } from './lot.js';
import { mesExact } from './mes-exact.js';
import { mesFast } from './mes-fast.js';
import { compileProfile } from './profile.js';

/** Small instances full of ties and near-ties: few voters, small whole costs. */
function randomInstance(draw: (n: number) => number) {
  const projects = Array.from({ length: 2 + draw(7) }, (_, i) => ({
    id: String(i + 1),
    cost: 1 + draw(draw(2) ? 12 : 900),
  }));
  const ballots = Array.from({ length: 1 + draw(25) }, () =>
    projects.filter(() => draw(5) < 2).map((p) => p.id),
  );
  return { budget: 0, projects, ballots };
}

describe('mesFast', () => {
  it('agrees with exact arithmetic, ties included, whenever it certifies an outcome', () => {
    const draw = seededLot(2024).below;
    let certified = 0;
    for (let run = 0; run < 1500; run++) {
      const profile = compileProfile(randomInstance(draw));
      const share = 1 + draw(80);
      const [fastTies, exactTies]: number[][][] = [[], []];
      const fast = mesFast(profile, share, undefined, fastTies);
      if (fast === undefined) continue;
      certified++;
      expect(fast).toEqual(mesExact(profile, share, exactTies));
      expect(fastTies).toEqual(exactTies);
    }
    expect(certified).toBeGreaterThan(1400);
  });

  it.each([
    ['poland_warszawa_2021_wesola.pb', [558, 600, 650, 700, 784, 785]],
    ['poland_wieliczka_2023_green-budget.pb', [151, 200, 250, 315, 316]],
  ])('agrees with exact arithmetic on %s', (name, shares) => {
    const text = readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');
    const profile = compileProfile(instanceFromPabulib(parsePabulib(text)));
    for (const share of shares) expect(mesFast(profile, share)).toEqual(mesExact(profile, share));
  });
});
