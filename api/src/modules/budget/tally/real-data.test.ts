import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parsePabulib } from '../pabulib/pabulib.parse.js';
import { equalShares } from './equal-shares.js';
import { greedy } from './greedy.js';
import { instanceFromPabulib } from './instance.js';

const shared = fileURLToPath(new URL('../../../../../../shared/data/pabulib/', import.meta.url));
const fixtures = fileURLToPath(new URL('../fixtures/', import.meta.url));
const hasShared = existsSync(shared);

/** The shared copy when there is one, else the fixture copy kept in the repository. */
function readPabulib(folder: string, name: string) {
  const path = hasShared ? `${shared}${folder}/${name}` : `${fixtures}${name}`;
  return parsePabulib(readFileSync(path, 'utf8'));
}

function compare(tally: string[], official: string[]) {
  return {
    onlyTally: tally.filter((id) => !official.includes(id)).sort(),
    onlyOfficial: official.filter((id) => !tally.includes(id)).sort(),
  };
}

/**
 * Where Warsaw's official outcome is not the greedy rule's, as the file records it. Ursynów:
 * the rule funds 1687 (2,075 votes) and 459 (1,950), which fit, and later 1471 and 2136; the
 * city funded neither 1687 nor 459 but 2150 (1,923) and 976 (1,916) instead — for reasons the
 * file does not record (withdrawn or found infeasible, presumably). Nothing here bends the
 * rule to match; any change to these lists fails the test.
 */
const knownDisagreements: Record<string, ReturnType<typeof compare>> = {
  'poland_warszawa_2021_ursynow.pb': {
    onlyTally: ['1471', '1687', '2136', '459'],
    onlyOfficial: ['2150', '976'],
  },
};

const fixtureDistricts = ['poland_warszawa_2021_rembertow.pb', 'poland_warszawa_2021_wesola.pb'];
const sharedDistricts = hasShared
  ? readdirSync(`${shared}warszawa-2021`).filter(
      (name) => name.endsWith('.pb') && !fixtureDistricts.includes(name),
    )
  : [];

function checkGreedy(name: string) {
  const file = readPabulib('warszawa-2021', name);
  const instance = instanceFromPabulib(file);
  const tally = greedy(instance);
  const official = file.projects.filter((p) => p.selected).map((p) => p.id);
  const difference = compare(tally.selected, official);
  const agrees = difference.onlyTally.length + difference.onlyOfficial.length === 0;
  console.log(`${name}: greedy ${agrees ? 'matches' : 'differs from'} the official selection`);
  expect(tally.cost).toBeLessThanOrEqual(instance.budget);
  expect(difference).toEqual(knownDisagreements[name] ?? { onlyTally: [], onlyOfficial: [] });
}

describe('Warsaw 2021 with the greedy rule', () => {
  it.each(fixtureDistricts)('%s matches the official selection', checkGreedy);
});

describe.skipIf(!hasShared)(
  'Warsaw 2021 with the greedy rule, the districts only ../shared holds',
  () => {
    it('are the other 16 of 18', () => expect(sharedDistricts).toHaveLength(16));
    it.each(sharedDistricts)(
      '%s matches the official selection, or its known disagreement',
      checkGreedy,
    );
  },
);

describe('Wieliczka 2023 Green Budget with Equal Shares', () => {
  it('funds exactly the official 30 projects with ADD1', () => {
    const file = readPabulib('wieliczka-2023', 'poland_wieliczka_2023_green-budget.pb');
    expect(file.meta.rule).toBe('equalshares/add1');
    const instance = instanceFromPabulib(file);
    const outcome = equalShares(instance, { completion: 'ADD1' });
    const official = file.projects.filter((p) => p.selected).map((p) => p.id);
    expect(official).toHaveLength(30);
    expect([...outcome.selected].sort()).toEqual([...official].sort());
    expect(outcome.cost).toBeLessThanOrEqual(instance.budget);
  });
});
