import { describe, expect, it } from 'vitest';
import { targetHref } from './auditTargets';

describe('targetHref', () => {
  it('opens a consultation, a comment through its consultation, and a person on the people screen', () => {
    expect(targetHref('Consultation', 'c1')).toBe('/consultations/c1');
    expect(targetHref('Comment', 'k1')).toBe('/staff/comments/k1');
    expect(targetHref('User', 'u1')).toBe('/staff/people?user=u1');
  });

  it('opens budget editions and projects', () => {
    expect(targetHref('BudgetEdition', 'e1')).toBe('/budget/e1');
    expect(targetHref('BudgetProject', 'p1')).toBe('/budget/projects/p1');
  });

  it('gives no link for an object without a page, and escapes ids', () => {
    expect(targetHref('OrganisationUnit', 'x')).toBeNull();
    expect(targetHref('Consultation', 'a/b?c')).toBe('/consultations/a%2Fb%3Fc');
  });
});
