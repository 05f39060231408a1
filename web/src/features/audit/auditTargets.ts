/** The object types the audit log records, in the order the filter offers them. */
export const auditTargetTypes = [
  'Consultation',
  'Comment',
  'SpatialPlan',
  'User',
  'OrganisationUnit',
  'BudgetEdition',
  'BudgetPool',
  'BudgetProject',
  'BudgetBallot',
] as const;

type Target = { targetType: string; targetId: string; consultationId?: string | null };

/**
 * Where an audited object is shown, or null when it has no page: a consultation, or a remark
 * (or plan) on its consultation's page. A person has none yet: the people screen finds
 * accounts by e-mail or name, and the API looks up no account by id.
 */
export function targetHref({ targetType, targetId, consultationId }: Target): string | null {
  const id = encodeURIComponent(targetId);
  if (consultationId) return `/consultations/${encodeURIComponent(consultationId)}`;
  switch (targetType) {
    case 'Consultation':
      return `/consultations/${id}`;
    case 'BudgetEdition':
      return `/budget/${id}`;
    case 'BudgetProject':
      return `/budget/projects/${id}`;
    default:
      return null;
  }
}
