export const consultationStatuses = ['DRAFT', 'ANNOUNCED', 'OPEN', 'CLOSED', 'REPORTED'] as const;
export type ConsultationStatus = (typeof consultationStatuses)[number];

/** Consultations grouped by status, in the lifecycle's order, empty groups left out. */
export function groupByStatus<C extends { status: ConsultationStatus }>(
  consultations: readonly C[],
): { status: ConsultationStatus; items: C[] }[] {
  return consultationStatuses
    .map((status) => ({ status, items: consultations.filter((c) => c.status === status) }))
    .filter((group) => group.items.length > 0);
}

/** Remarks wait for an answer while a consultation is open and after it closes, until the report. */
export const takesAnswers = (status: ConsultationStatus) =>
  status === 'OPEN' || status === 'CLOSED';
