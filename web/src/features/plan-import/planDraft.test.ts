import { describe, expect, it } from 'vitest';
import { draftProblems, initialCrs, initialName, type PlanDraft, planFields } from './planDraft';
import type { PlanFile } from './planFile';

const file = (patch: Partial<PlanFile>): PlanFile => ({
  collection: { type: 'FeatureCollection', features: [] },
  featureCount: 1,
  declaredCrs: null,
  guessedCrs: null,
  name: null,
  ...patch,
});

const draft: PlanDraft = {
  name: 'Plan Racławicka',
  kind: 'LOCAL_PLAN',
  stage: 'DRAFT_FOR_CONSULTATION',
  version: '',
  crs: 'EPSG_4326',
};

describe('initialCrs', () => {
  it('trusts the declared CRS over the guess, and falls back to degrees', () => {
    expect(initialCrs(file({ declaredCrs: 'EPSG_4326', guessedCrs: 'EPSG_2180' }))).toBe(
      'EPSG_4326',
    );
    expect(initialCrs(file({ guessedCrs: 'EPSG_2180' }))).toBe('EPSG_2180');
    expect(initialCrs(file({}))).toBe('EPSG_4326');
  });
});

describe('initialName', () => {
  it('takes the file’s own name, else the file name without .geojson', () => {
    expect(initialName(file({ name: 'MPZP Racławicka' }), 'a.geojson')).toBe('MPZP Racławicka');
    expect(initialName(file({}), 'mokotow-plan.epsg2180.GeoJSON')).toBe('mokotow-plan.epsg2180');
  });
});

describe('draftProblems', () => {
  it('asks for a name of 3 to 300 characters', () => {
    expect(draftProblems(draft)).toEqual({});
    expect(draftProblems({ ...draft, name: ' ab ' })).toEqual({ name: 'short' });
    expect(draftProblems({ ...draft, name: 'x'.repeat(301) })).toEqual({ name: 'long' });
  });
});

describe('planFields', () => {
  it('sends the name trimmed and leaves an empty version to the API’s "1"', () => {
    expect(planFields({ ...draft, name: ' Plan ' })).toEqual({
      name: 'Plan',
      kind: 'LOCAL_PLAN',
      stage: 'DRAFT_FOR_CONSULTATION',
      crs: 'EPSG_4326',
    });
    expect(planFields({ ...draft, version: ' 2 ' }).version).toBe('2');
  });
});
