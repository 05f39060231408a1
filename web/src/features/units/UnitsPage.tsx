import { useQuery } from 'urql';
import { QueryState } from '../../ui/QueryState';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { UnitForm } from './UnitForm';
import { useUnitsT } from './units.i18n';
import { UnitsScreenQuery } from './units.queries';
import '../account/account.css';
import '../people/people.css';
import './units.css';

/** /staff/units — admins see the organising units and add one. */
export function UnitsPage() {
  const t = useUnitsT();
  useDocumentTitle(t('title'));
  const [{ data, fetching, error }, reexecute] = useQuery({ query: UnitsScreenQuery });
  return (
    <div className="staff-content">
      <h1>{t('title')}</h1>
      <p className="people-meta">{t('intro')}</p>
      <QueryState
        fetching={fetching && !data}
        error={error}
        onRetry={() => reexecute({ requestPolicy: 'network-only' })}
      >
        {data && (
          <div className="people-layout">
            <section aria-labelledby="units-list-heading">
              <h2 id="units-list-heading">{t('list.heading')}</h2>
              <div className="units-table">
                <table>
                  <thead>
                    <tr>
                      <th scope="col">{t('list.name')}</th>
                      <th scope="col">{t('list.kind')}</th>
                      <th scope="col">{t('list.district')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {data.units.map((unit) => (
                      <tr key={unit.id}>
                        <td>{unit.name}</td>
                        <td>{t(`kind.${unit.kind}`)}</td>
                        <td>{unit.area?.name ?? t('list.none')}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </section>
            <UnitForm
              districts={data.districts}
              onCreated={() => reexecute({ requestPolicy: 'network-only' })}
            />
          </div>
        )}
      </QueryState>
    </div>
  );
}
