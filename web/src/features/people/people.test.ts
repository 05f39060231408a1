import { describe, expect, it } from 'vitest';
import { holdsGrant, roleInput, roleProblem } from './roleGrant';
import {
  type VerificationDraft,
  verificationInput,
  verificationProblems,
} from './verificationForm';
import { verifierUnits } from './verifierUnits';

const draft: VerificationDraft = {
  method: 'IN_PERSON',
  document: 'ID_CARD',
  checkedOn: '2026-12-01',
  unitId: 'mokotow',
  birthYear: '',
};

describe('verificationProblems', () => {
  it('passes a complete draft', () => {
    expect(verificationProblems(draft, '2026-12-01')).toEqual([]);
  });

  it('names every missing field, in the form’s order', () => {
    const blank = { method: '', document: '', checkedOn: '', unitId: '', birthYear: '' } as const;
    expect(verificationProblems(blank, '2026-12-01')).toEqual([
      'method',
      'document',
      'checkedOn',
      'unitId',
    ]);
  });

  it('refuses a day after today in Warsaw and a birth year that is not one', () => {
    expect(verificationProblems({ ...draft, checkedOn: '2026-12-02' }, '2026-12-01')).toEqual([
      'future',
    ]);
    expect(verificationProblems({ ...draft, birthYear: '86' }, '2026-12-01')).toEqual([
      'birthYear',
    ]);
  });
});

describe('verificationInput', () => {
  it('sends the birth year as a number, or null when not seen', () => {
    expect(verificationInput('u1', { ...draft, birthYear: ' 1986 ' }).birthYear).toBe(1986);
    expect(verificationInput('u1', draft)).toEqual({
      userId: 'u1',
      method: 'IN_PERSON',
      document: 'ID_CARD',
      checkedOn: '2026-12-01',
      unitId: 'mokotow',
      birthYear: null,
    });
  });

  it('has no field for a document number', () => {
    expect(Object.keys(verificationInput('u1', draft)).some((key) => /number/i.test(key))).toBe(
      false,
    );
  });
});

describe('verifierUnits', () => {
  const mokotow = { id: 'm', name: 'Urząd Dzielnicy Mokotów', kind: 'DISTRICT_OFFICE' } as const;
  const wola = { id: 'w', name: 'Urząd Dzielnicy Wola', kind: 'DISTRICT_OFFICE' } as const;
  const bureau = { id: 'b', name: 'Biuro Planowania', kind: 'CITY_BUREAU' } as const;

  it('gives an admin every district office', () => {
    expect(verifierUnits([{ role: 'ADMIN' }], [mokotow, wola])).toEqual([mokotow, wola]);
  });

  it('gives a planner only their own district offices, never a bureau', () => {
    const grants = [
      { role: 'PLANNER', unit: bureau },
      { role: 'PLANNER', unit: mokotow },
    ] as const;
    expect(verifierUnits(grants, [mokotow, wola])).toEqual([mokotow]);
    expect(verifierUnits([{ role: 'MODERATOR' }], [mokotow])).toEqual([]);
  });
});

describe('role grants', () => {
  it('asks for a unit for a PLANNER only', () => {
    expect(roleProblem({ role: '', unitId: '' })).toBe('role');
    expect(roleProblem({ role: 'PLANNER', unitId: '' })).toBe('unitId');
    expect(roleProblem({ role: 'MODERATOR', unitId: '' })).toBeNull();
  });

  it('sends a unit only with a PLANNER role', () => {
    expect(roleInput('u1', { role: 'MODERATOR', unitId: 'm' })).toEqual({
      userId: 'u1',
      role: 'MODERATOR',
      unitId: null,
    });
    expect(roleInput('u1', { role: 'PLANNER', unitId: 'm' }).unitId).toBe('m');
  });

  it('knows a grant held, a planner’s by its unit', () => {
    const held = [
      { role: 'PLANNER', unit: { id: 'm' } },
      { role: 'MODERATOR', unit: null },
    ];
    expect(holdsGrant(held, { role: 'PLANNER', unitId: 'm' })).toBe(true);
    expect(holdsGrant(held, { role: 'PLANNER', unitId: 'w' })).toBe(false);
    expect(holdsGrant(held, { role: 'MODERATOR', unitId: '' })).toBe(true);
    expect(holdsGrant(held, { role: 'ADMIN', unitId: '' })).toBe(false);
  });
});
