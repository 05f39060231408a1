import { useEffect } from 'react';
import { useQuery } from 'urql';
import { useI18n } from '../../i18n/I18nProvider';
import { formatPercent } from '../../ui/format';
import { usePlanImportT } from './planImport.i18n';
import { type ImportedPlan, ImportedPlanQuery } from './planImport.queries';

const pollMs = 2000;

/** Zones added, removed and changed against the version replaced, listed by symbol. */
function Changes({ changes }: { changes: NonNullable<ImportedPlan['changes']> }) {
  const t = usePlanImportT();
  const rows = [
    ['added', changes.added],
    ['removed', changes.removed],
    ['changed', changes.changed],
  ] as const;
  return (
    <dl className="plan-import-changes">
      {rows.map(([kind, symbols]) => (
        <div key={kind}>
          <dt>{t(`changes.${kind}`, { count: symbols.length })}</dt>
          <dd>{symbols.length > 0 ? symbols.join(', ') : t('changes.none')}</dd>
        </div>
      ))}
      <div>
        <dt>{t('changes.unchanged', { count: changes.unchanged })}</dt>
        <dd />
      </div>
    </dl>
  );
}

/** The plan just imported: its version, the change, and remarks moving to the new zones. */
export function ImportedPlanView({ imported }: { imported: ImportedPlan }) {
  const t = usePlanImportT();
  const { lang } = useI18n();
  const [{ data }, reexecute] = useQuery({
    query: ImportedPlanQuery,
    variables: { id: imported.id },
    requestPolicy: 'network-only',
  });
  const plan = data?.plan ?? imported;
  const reassignment = plan.reassignment;
  const running = reassignment?.status === 'RUNNING';
  useEffect(() => {
    if (!running) return;
    const timer = setInterval(() => reexecute({ requestPolicy: 'network-only' }), pollMs);
    return () => clearInterval(timer);
  }, [running, reexecute]);
  return (
    <section className="plan-import-done" aria-labelledby="plan-import-done-heading">
      <h2 id="plan-import-done-heading">{t('done.heading')}</h2>
      <p role="status">
        {plan.previousVersion
          ? t('done.newVersion', {
              name: plan.name,
              version: plan.version,
              previous: plan.previousVersion.version,
            })
          : t('done.first', { name: plan.name, version: plan.version })}
      </p>
      {plan.changes && <Changes changes={plan.changes} />}
      {reassignment && (
        <div className="plan-import-progress">
          <p id="plan-import-progress-label">
            {t(`reassignment.${reassignment.status}`, {
              done: reassignment.done,
              total: reassignment.total,
              moved: reassignment.moved,
            })}
          </p>
          <progress
            aria-labelledby="plan-import-progress-label"
            max={Math.max(reassignment.total, 1)}
            value={reassignment.total === 0 ? 1 : reassignment.done}
          >
            {formatPercent(reassignment.total ? reassignment.done / reassignment.total : 1, lang)}
          </progress>
        </div>
      )}
    </section>
  );
}
