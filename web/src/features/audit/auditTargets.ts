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

/**
 * Where an audited object is shown, or null when it has no page. A comment opens through
 * /staff/comments/:id, which finds its consultation; a person opens on the people screen.
 */
export function targetHref(targetType: string, targetId: string): string | null {
  const id = encodeURIComponent(targetId);
  switch (targetType) {
    case 'Consultation':
      return `/consultations/${id}`;
    case 'Comment':
      return `/staff/comments/${id}`;
    case 'User':
      return `/staff/people?user=${id}`;
    case 'BudgetEdition':
      return `/budget/${id}`;
    case 'BudgetProject':
      return `/budget/projects/${id}`;
    default:
      return null;
  }
}
