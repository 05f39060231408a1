import { useId } from 'react';
import { type TermKey, useTerms } from '../../terms/terms.i18n';
import type { District } from '../districts/districts.queries';
import { useHomeT } from './home.i18n';
import { type HomeFilter, initialFilter } from './homeFilter';
import type { ItemKind } from './homeItems';

type Props = {
  districts: readonly District[];
  consultationStatuses: readonly string[];
  projectStatuses: readonly string[];
  filter: HomeFilter;
  onChange: (filter: HomeFilter) => void;
};

const kinds: ItemKind[] = ['consultation', 'project'];

/** District, statuses and layers: native controls, so the keyboard works as everywhere. */
export function HomeFilters({
  districts,
  consultationStatuses,
  projectStatuses,
  filter,
  onChange,
}: Props) {
  const t = useHomeT();
  const term = useTerms();
  const ids = { district: useId(), consultation: useId(), project: useId() };
  const statusSelect = (kind: ItemKind, statuses: readonly string[], value: string | null) => (
    <div className="home-field">
      <label htmlFor={ids[kind]}>
        {t(kind === 'consultation' ? 'consultationStatus' : 'projectStatus')}
      </label>
      <select
        id={ids[kind]}
        value={value ?? ''}
        onChange={(event) => {
          const status = event.target.value || null;
          onChange(
            kind === 'consultation'
              ? { ...filter, consultationStatus: status }
              : { ...filter, projectStatus: status },
          );
        }}
      >
        <option value="">{t('anyStatus')}</option>
        {statuses.map((status) => (
          <option key={status} value={status}>
            {term(`${kind}Status.${status}` as TermKey)}
          </option>
        ))}
      </select>
    </div>
  );

  return (
    <details className="home-filters" open={!narrowScreen()}>
      <summary>{t('filters')}</summary>
      <div className="home-field">
        <label htmlFor={ids.district}>{t('district')}</label>
        <select
          id={ids.district}
          value={filter.districtId ?? ''}
          onChange={(event) => onChange({ ...filter, districtId: event.target.value || null })}
        >
          <option value="">{t('allDistricts')}</option>
          {districts.map((district) => (
            <option key={district.id} value={district.id}>
              {district.name}
            </option>
          ))}
        </select>
      </div>
      {statusSelect('consultation', consultationStatuses, filter.consultationStatus)}
      {statusSelect('project', projectStatuses, filter.projectStatus)}
      <fieldset className="home-layers">
        <legend>{t('layers')}</legend>
        {kinds.map((kind) => (
          <label key={kind} className="home-check">
            <input
              type="checkbox"
              checked={filter.layers[kind]}
              onChange={() =>
                onChange({ ...filter, layers: { ...filter.layers, [kind]: !filter.layers[kind] } })
              }
            />
            {t(`layer.${kind}`)}
          </label>
        ))}
      </fieldset>
      <button type="button" onClick={() => onChange(initialFilter)}>
        {t('clear')}
      </button>
    </details>
  );
}

/** Phones start with the filters folded, so the list or map shows without scrolling. */
function narrowScreen(): boolean {
  return typeof window !== 'undefined' && window.matchMedia?.('(max-width: 600px)').matches;
}
