import { type FormEvent, useState } from 'react';
import { useQuery } from 'urql';
import { QueryState } from '../../ui/QueryState';
import { Field } from '../account/Field';
import { PersonList } from './PersonList';
import { usePeopleT } from './people.i18n';
import { PeopleSearchQuery, type Person } from './people.queries';

type Props = {
  search: string;
  onSearch: (search: string) => void;
  selectedId: string | null;
  onSelect: (person: Person) => void;
};

/** Find an account by the start of its e-mail or a part of its name (3 characters or more). */
export function PersonSearch({ search, onSearch, selectedId, onSelect }: Props) {
  const t = usePeopleT();
  const [typed, setTyped] = useState(search);
  const [problem, setProblem] = useState<string | null>(null);
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: PeopleSearchQuery,
    variables: { search },
    pause: search.length < 3,
    requestPolicy: 'cache-and-network',
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const words = typed.trim();
    if ([...words].length < 3) {
      setProblem(t('search.tooShort'));
      return;
    }
    setProblem(null);
    onSearch(words);
  };
  const people = data?.people.edges.map((edge) => edge.node) ?? [];
  return (
    <section className="people-section" aria-labelledby="people-search-heading">
      <h2 id="people-search-heading">{t('search.heading')}</h2>
      <search>
        <form className="people-search" onSubmit={submit}>
          <Field
            label={t('search.label')}
            hint={t('search.hint')}
            type="search"
            value={typed}
            maxLength={200}
            onChange={(event) => setTyped(event.target.value)}
            error={problem}
          />
          <button type="submit">{t('search.submit')}</button>
        </form>
      </search>
      {search.length >= 3 && (
        <QueryState
          fetching={fetching}
          error={error}
          empty={data ? people.length === 0 : undefined}
          emptyText={t('search.none', { search })}
          onRetry={() => reexecute({ requestPolicy: 'network-only' })}
        >
          <PersonList
            label={t('search.results', { search })}
            people={people}
            selectedId={selectedId}
            onSelect={onSelect}
          />
          {data?.people.pageInfo.hasNextPage && <p className="people-meta">{t('search.more')}</p>}
        </QueryState>
      )}
    </section>
  );
}
