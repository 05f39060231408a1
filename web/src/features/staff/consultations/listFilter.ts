import { type ConsultationStatus, consultationStatuses } from '../home/byStatus';

export type ListFilter = { unitId: string; status: ConsultationStatus | ''; text: string };

const isStatus = (value: string): value is ConsultationStatus =>
  (consultationStatuses as readonly string[]).includes(value);

/** The list's filter from the address (?unit=…&status=…&q=…); anything unknown is dropped. */
export function filterFromSearch(params: URLSearchParams): ListFilter {
  const status = params.get('status') ?? '';
  return {
    unitId: params.get('unit') ?? '',
    status: isStatus(status) ? status : '',
    text: (params.get('q') ?? '').slice(0, 200),
  };
}

/** The address's query for a filter, empty parts left out. */
export function searchFromFilter(filter: ListFilter): URLSearchParams {
  const params = new URLSearchParams();
  if (filter.unitId) params.set('unit', filter.unitId);
  if (filter.status) params.set('status', filter.status);
  if (filter.text.trim()) params.set('q', filter.text.trim());
  return params;
}

/** The API's ConsultationsFilter for the list's filter. */
export function apiFilter(filter: ListFilter) {
  return {
    ...(filter.unitId ? { unitId: filter.unitId } : {}),
    ...(filter.status ? { status: [filter.status] } : {}),
    ...(filter.text.trim() ? { text: filter.text.trim() } : {}),
  };
}
