import { type FormEvent, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { useErrorText } from '../../../errors/errors.i18n';
import {
  SetCoordinatorsMutation,
  type StaffConsultation,
} from '../consultations/consultations.queries';
import { useStaffT } from '../staff.i18n';
import { mayOpen } from '../staffAccess';
import { useStaffViewer } from '../useStaffViewer';
import { PeopleSearchQuery } from './coordinators.queries';

type Props = { consultation: StaffConsultation };

function PeopleSearch({ onPick, taken }: { onPick: (id: string) => void; taken: Set<string> }) {
  const t = useStaffT();
  const errorText = useErrorText();
  const [text, setText] = useState('');
  const [search, setSearch] = useState('');
  const [{ data, fetching, error }] = useQuery({
    query: PeopleSearchQuery,
    variables: { search },
    pause: search.length < 3,
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSearch(text.trim());
  };
  const people = data?.people.edges.map((edge) => edge.node) ?? [];
  return (
    <search>
      <form className="staff-filters" onSubmit={submit}>
        <label>
          {t('coordinators.search')}
          <input
            type="search"
            value={text}
            minLength={3}
            maxLength={200}
            onChange={(e) => setText(e.target.value)}
          />
        </label>
        <button type="submit">{t('list.search')}</button>
      </form>
      {error && (
        <p role="alert" className="account-error">
          {errorText(error)}
        </p>
      )}
      <p role="status" className="account-hint">
        {search.length >= 3 && !fetching && data
          ? t('coordinators.found', { count: people.length })
          : ''}
      </p>
      <ul className="staff-items">
        {people.map((person) => (
          <li key={person.id}>
            {person.displayName} <span className="staff-muted">{person.email}</span>{' '}
            <button type="button" disabled={taken.has(person.id)} onClick={() => onPick(person.id)}>
              {t('coordinators.add')}
            </button>
          </li>
        ))}
      </ul>
    </search>
  );
}

/** Who residents can turn to: the coordinators, named from the viewer or a search. */
export function CoordinatorsSection({ consultation }: Props) {
  const t = useStaffT();
  const errorText = useErrorText();
  const { viewer, access } = useStaffViewer();
  const [{ fetching, error }, setCoordinators] = useMutation(SetCoordinatorsMutation);
  const ids = consultation.coordinators.map((c) => c.id);
  const taken = new Set(ids);
  const save = (userIds: string[]) => setCoordinators({ consultationId: consultation.id, userIds });
  return (
    <section className="staff-section" aria-labelledby="staff-coordinators">
      <h2 id="staff-coordinators">{t('coordinators.heading')}</h2>
      {consultation.coordinators.length === 0 ? (
        <p>{t('coordinators.none')}</p>
      ) : (
        <ul className="staff-items">
          {consultation.coordinators.map((person) => (
            <li key={person.id}>
              {person.displayName}{' '}
              <button
                type="button"
                disabled={fetching}
                aria-label={t('coordinators.removeNamed', { name: person.displayName })}
                onClick={() => save(ids.filter((id) => id !== person.id))}
              >
                {t('coordinators.remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {viewer && !taken.has(viewer.id) && (
        <p>
          <button type="button" disabled={fetching} onClick={() => save([...ids, viewer.id])}>
            {t('coordinators.addMe')}
          </button>
        </p>
      )}
      {error && (
        <p role="alert" className="account-error">
          {errorText(error)}
        </p>
      )}
      {mayOpen(access, ['DISTRICT_PLANNER']) && (
        <PeopleSearch taken={taken} onPick={(id) => save([...ids, id])} />
      )}
    </section>
  );
}
