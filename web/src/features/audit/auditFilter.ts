import type { AuditFilter } from './audit.queries';
import { warsawDayEnd, warsawDayStart } from './warsawDay';

/** The audit log's filters as the address keeps them, so a filtered log can be linked to. */
export type AuditFilterForm = {
  /** An account id (picked from an entry) or an e-mail (typed). */
  actor: string;
  action: string;
  type: string;
  object: string;
  /** Warsaw calendar days, `YYYY-MM-DD`, both included. */
  from: string;
  to: string;
};

const names = ['actor', 'action', 'type', 'object', 'from', 'to'] as const;

export function formFromParams(params: URLSearchParams): AuditFilterForm {
  const form = {} as AuditFilterForm;
  for (const name of names) form[name] = params.get(name)?.trim() ?? '';
  return form;
}

/** The address's query: only the filters that are set. */
export function paramsFromForm(form: AuditFilterForm): URLSearchParams {
  const params = new URLSearchParams();
  for (const name of names) {
    const value = form[name].trim();
    if (value) params.set(name, value);
  }
  return params;
}

const isEmail = (actor: string) => actor.includes('@');

/** The API's filter; a day that is not a day is left out rather than sent. */
export function auditFilterOf(form: AuditFilterForm): AuditFilter {
  const filter: AuditFilter = {};
  if (isEmail(form.actor)) filter.actorEmail = form.actor;
  else if (form.actor) filter.actorId = form.actor;
  if (form.action) filter.action = form.action;
  if (form.type) filter.targetType = form.type;
  if (form.object) filter.targetId = form.object;
  const since = warsawDayStart(form.from);
  const until = warsawDayEnd(form.to);
  if (since) filter.since = since.toISOString();
  if (until) filter.until = until.toISOString();
  return filter;
}

/** The days are the wrong way round: "from" after "to" finds nothing. */
export function daysReversed(form: AuditFilterForm): boolean {
  return Boolean(form.from && form.to && form.from > form.to);
}

/** GET /audit.csv with the same filters, as the API's route names them; `excel` for Polish Excel. */
export function csvHref(form: AuditFilterForm, format: 'csv' | 'excel'): string {
  const filter = auditFilterOf(form);
  const params = new URLSearchParams();
  if (form.actor) params.set('actor', form.actor);
  if (filter.action) params.set('action', filter.action);
  if (filter.targetType) params.set('targetType', filter.targetType);
  if (filter.targetId) params.set('targetId', filter.targetId);
  if (filter.since) params.set('since', filter.since);
  if (filter.until) params.set('until', filter.until);
  if (format === 'excel') params.set('format', 'excel');
  const query = params.toString();
  return query ? `/audit.csv?${query}` : '/audit.csv';
}
