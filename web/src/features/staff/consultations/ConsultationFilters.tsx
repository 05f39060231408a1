import { type FormEvent, useState } from 'react';
import { upperFirst, useTerms } from '../../../terms/terms.i18n';
import { consultationStatuses } from '../home/byStatus';
import { useStaffT } from '../staff.i18n';
import type { StaffUnit } from './consultations.queries';
import type { ListFilter } from './listFilter';

type Props = {
  filter: ListFilter;
  units: readonly StaffUnit[];
  onChange: (filter: ListFilter) => void;
};

/** Unit and status apply at once; the words on submit. */
export function ConsultationFilters({ filter, units, onChange }: Props) {
  const t = useStaffT();
  const terms = useTerms();
  const [text, setText] = useState(filter.text);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onChange({ ...filter, text });
  };
  return (
    <search>
      <form className="staff-filters" onSubmit={submit}>
        <label>
          {t('list.unit')}
          <select
            value={filter.unitId}
            onChange={(e) => onChange({ ...filter, unitId: e.target.value })}
          >
            <option value="">{t('list.anyUnit')}</option>
            {units.map((unit) => (
              <option key={unit.id} value={unit.id}>
                {unit.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('list.status')}
          <select
            value={filter.status}
            onChange={(e) =>
              onChange({ ...filter, status: e.target.value as ListFilter['status'] })
            }
          >
            <option value="">{t('list.anyStatus')}</option>
            {consultationStatuses.map((status) => (
              <option key={status} value={status}>
                {upperFirst(terms(`consultationStatus.${status}`))}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('list.text')}
          <input
            type="search"
            value={text}
            maxLength={200}
            onChange={(e) => setText(e.target.value)}
          />
        </label>
        <button type="submit">{t('list.search')}</button>
      </form>
    </search>
  );
}
