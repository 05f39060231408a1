import { describe, expect, it } from 'vitest';
import { targetHref } from './auditTargets';

const at = (targetType: string, targetId: string) => ({ targetType, targetId });

describe('targetHref', () => {
  it('opens a consultation, and a comment on its consultation', () => {
    expect(targetHref(at('Consultation', 'c1'))).toBe('/consultations/c1');
    expect(targetHref({ ...at('Comment', 'k1'), consultationId: 'c1' })).toBe('/consultations/c1');
  });

  it('gives no link for a comment whose consultation is not known', () => {
    expect(targetHref(at('Comment', 'k1'))).toBeNull();
  });

  it('opens budget editions and projects', () => {
    expect(targetHref(at('BudgetEdition', 'e1'))).toBe('/budget/e1');
    expect(targetHref(at('BudgetProject', 'p1'))).toBe('/budget/projects/p1');
  });

  it('gives no link for an object without a page, and escapes ids', () => {
    expect(targetHref(at('OrganisationUnit', 'x'))).toBeNull();
    expect(targetHref(at('Consultation', 'a/b?c'))).toBe('/consultations/a%2Fb%3Fc');
  });
});
