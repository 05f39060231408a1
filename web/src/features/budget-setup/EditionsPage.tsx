import { Link } from 'react-router';
import { useQuery } from 'urql';
import { QueryState } from '../../ui/QueryState';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { useStaffViewer } from '../staff/useStaffViewer';
import { useBudgetSetupT } from './budgetSetup.i18n';
import { SetupEditionsQuery } from './budgetSetup.queries';
import { NewEditionForm } from './NewEditionForm';
import { PabulibImport } from './PabulibImport';
import '../account/account.css';
import '../people/people.css';
import './budget-setup.css';

/** /staff/budget — the editions; admins create one or import a Pabulib file. */
export function EditionsPage() {
  const t = useBudgetSetupT();
  useDocumentTitle(t('title'));
  const { access } = useStaffViewer();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: SetupEditionsQuery });
  const refresh = () => reexecute({ requestPolicy: 'network-only' });
  return (
    <div className="staff-content">
      <h1>{t('title')}</h1>
      <p className="people-meta">{t('intro')}</p>
      <QueryState fetching={fetching && !data} error={error} onRetry={refresh}>
        {data && (
          <section aria-labelledby="editions-heading">
            <h2 id="editions-heading">{t('list.heading')}</h2>
            {data.editions.length === 0 ? (
              <p>{t('list.empty')}</p>
            ) : (
              <div className="units-table">
                <table>
                  <thead>
                    <tr>
                      <th scope="col">{t('list.year')}</th>
                      <th scope="col">{t('list.name')}</th>
                      <th scope="col">{t('list.phase')}</th>
                      <th scope="col">{t('list.pools')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {data.editions.map((edition) => (
                      <tr key={edition.id}>
                        <td>{edition.year}</td>
                        <td>
                          <Link to={`/staff/budget/${edition.id}`}>{edition.title}</Link>
                        </td>
                        <td>
                          {edition.currentPhase
                            ? t(`phase.${edition.currentPhase}`)
                            : t('list.noPhase')}
                        </td>
                        <td>{edition.pools.length}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </section>
        )}
      </QueryState>
      {access.has('ADMIN') ? (
        <div className="setup-forms">
          <NewEditionForm />
          <PabulibImport units={data?.units ?? []} onImported={refresh} />
        </div>
      ) : (
        <p>{t('new.adminOnly')}</p>
      )}
    </div>
  );
}
