import { describe, expect, it } from 'vitest';
import { mayOpen, type StaffGrant, staffAccessOf } from './staffAccess';
import { entryFor, staffNavigation } from './staffNavigation';

const district = { id: 'u1', kind: 'DISTRICT_OFFICE' } as const;
const bureau = { id: 'u2', kind: 'CITY_BUREAU' } as const;

describe('staffAccessOf', () => {
  it('gives nothing to a resident or a visitor', () => {
    expect(staffAccessOf([]).size).toBe(0);
    expect(staffAccessOf(null).size).toBe(0);
  });

  it('makes a district office planner a district planner too, a bureau planner not', () => {
    expect([...staffAccessOf([{ role: 'PLANNER', unit: district }])].sort()).toEqual([
      'DISTRICT_PLANNER',
      'PLANNER',
    ]);
    expect([...staffAccessOf([{ role: 'PLANNER', unit: bureau }])]).toEqual(['PLANNER']);
  });
});

describe('the staff menu', () => {
  const labels = (grants: StaffGrant[]) => {
    const access = staffAccessOf(grants);
    return staffNavigation.filter((entry) => mayOpen(access, entry.roles)).map((e) => e.to);
  };

  it('shows a moderator the home and moderation, not the consultations', () => {
    const entries = labels([{ role: 'MODERATOR' }]);
    expect(entries).toContain('/staff');
    expect(entries).toContain('/staff/moderation');
    expect(entries).not.toContain('/staff/consultations');
  });

  it('shows a planner the consultations, not moderation', () => {
    const entries = labels([{ role: 'PLANNER', unit: bureau }]);
    expect(entries).toContain('/staff/consultations');
    expect(entries).not.toContain('/staff/moderation');
  });

  it('shows an admin every entry', () => {
    expect(labels([{ role: 'ADMIN' }])).toEqual(staffNavigation.map((e) => e.to));
  });

  it('finds the entry of a page below it, the longest prefix winning', () => {
    expect(entryFor('/staff/consultations/new')?.to).toBe('/staff/consultations');
    expect(entryFor('/staff/')?.to).toBe('/staff');
    expect(entryFor('/staff/consultationsx')?.to).toBe('/staff');
  });
});
