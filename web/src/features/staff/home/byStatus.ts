export const consultationStatuses = ['DRAFT', 'ANNOUNCED', 'OPEN', 'CLOSED', 'REPORTED'] as const;
export type ConsultationStatus = (typeof consultationStatuses)[number];

/** Counts by status in the lifecycle's order, whatever order they came in; a missing one is 0. */
export function countsInOrder(
  counts: readonly { status: ConsultationStatus; count: number }[],
): { status: ConsultationStatus; count: number }[] {
  return consultationStatuses.map((status) => ({
    status,
    count: counts.find((c) => c.status === status)?.count ?? 0,
  }));
}
