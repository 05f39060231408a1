import { usePeopleT } from './people.i18n';
import type { Person } from './people.queries';

type Props = {
  label: string;
  people: readonly Person[];
  selectedId: string | null;
  onSelect: (person: Person) => void;
  /** A line under a person's name, e.g. where they asked to be verified. */
  note?: (person: Person) => string | null;
};

/** People as buttons that open their panel; the one open is marked. */
export function PersonList({ label, people, selectedId, onSelect, note }: Props) {
  const t = usePeopleT();
  return (
    <ul className="people-list" aria-label={label}>
      {people.map((person) => (
        <li key={person.id}>
          <button
            type="button"
            className="people-person"
            aria-pressed={person.id === selectedId}
            onClick={() => onSelect(person)}
          >
            <span className="people-name">{person.displayName}</span>
            <span className="people-meta">{person.email}</span>
            <span className="people-meta">
              {t(person.verified ? 'person.verified' : 'person.notVerified')}
              {' · '}
              {t('person.age', { days: person.accountAgeDays })}
            </span>
            {note?.(person) && <span className="people-meta">{note(person)}</span>}
          </button>
        </li>
      ))}
    </ul>
  );
}
