import { describe, expect, it } from 'vitest';
import { unitInput, unitProblem } from './unitDraft';

describe('unitProblem', () => {
  it('asks for a name, then a kind, then a district office its district', () => {
    expect(unitProblem({ name: ' ', kind: 'CITY_BUREAU', areaId: '' })).toBe('name');
    expect(unitProblem({ name: 'Biuro', kind: '', areaId: '' })).toBe('kind');
    expect(unitProblem({ name: 'Urząd', kind: 'DISTRICT_OFFICE', areaId: '' })).toBe('areaId');
    expect(unitProblem({ name: 'Biuro', kind: 'CITY_BUREAU', areaId: '' })).toBeNull();
  });
});

describe('unitInput', () => {
  it('sends the name trimmed and no district for a city bureau', () => {
    expect(unitInput({ name: ' Biuro Kultury ', kind: 'CITY_BUREAU', areaId: 'a1' })).toEqual({
      name: 'Biuro Kultury',
      kind: 'CITY_BUREAU',
      areaId: null,
    });
    expect(unitInput({ name: 'Urząd', kind: 'DISTRICT_OFFICE', areaId: 'a1' }).areaId).toBe('a1');
  });
});
