import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { useStaffViewer } from '../staff/useStaffViewer';
import { PersonPanel } from './PersonPanel';
import { PersonSearch } from './PersonSearch';
import { usePeopleT } from './people.i18n';
import { type Person, UnitsQuery } from './people.queries';
import { verifierUnits } from './verifierUnits';
import { WaitingResidents } from './WaitingResidents';
import '../account/account.css';
import './people.css';

/**
 * /staff/people — admins and the planners of district offices find accounts and verify
 * residents; admins also grant and revoke roles.
 */
export function PeoplePage() {
  const t = usePeopleT();
  useDocumentTitle(t('title'));
  const { viewer, access } = useStaffViewer();
  const [params, setParams] = useSearchParams();
  const search = params.get('search')?.trim() ?? '';
  const [selected, setSelected] = useState<Person | null>(null);
  const [{ data }] = useQuery({ query: UnitsQuery });
  const units = data?.units ?? [];
  const isAdmin = access.has('ADMIN');
  const verifyAt = verifierUnits(
    viewer?.roles ?? [],
    units.filter((unit) => unit.kind === 'DISTRICT_OFFICE'),
  );
  return (
    <div className="staff-content people-page">
      <h1>{t('title')}</h1>
      <p className="people-meta">{t(isAdmin ? 'intro.admin' : 'intro.planner')}</p>
      <div className="people-layout">
        <div>
          <PersonSearch
            key={search}
            search={search}
            onSearch={(words) => setParams({ search: words })}
            selectedId={selected?.id ?? null}
            onSelect={setSelected}
          />
          <WaitingResidents selectedId={selected?.id ?? null} onSelect={setSelected} />
        </div>
        {selected ? (
          <PersonPanel
            key={selected.id}
            person={selected}
            verifierUnits={verifyAt}
            isAdmin={isAdmin}
            units={units}
          />
        ) : (
          <p className="people-meta people-panel-empty">{t('panel.empty')}</p>
        )}
      </div>
    </div>
  );
}
