import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { AuditFilters } from './AuditFilters';
import { AuditLog } from './AuditLog';
import { useAuditT } from './audit.i18n';
import {
  type AuditFilterForm,
  auditFilterOf,
  csvHref,
  formFromParams,
  paramsFromForm,
} from './auditFilter';
import '../account/account.css';
import './audit.css';

/** /staff/audit — admins read who did what, filtered by actor, action, object and time. */
export function AuditPage() {
  const t = useAuditT();
  useDocumentTitle(t('title'));
  const [params, setParams] = useSearchParams();
  const form = useMemo(() => formFromParams(params), [params]);
  const filter = useMemo(() => auditFilterOf(form), [form]);
  const apply = (next: AuditFilterForm) => setParams(paramsFromForm(next));
  const query = paramsFromForm(form).toString();
  return (
    <div className="staff-content audit-page">
      <h1>{t('title')}</h1>
      <p className="audit-meta">{t('intro')}</p>
      <AuditFilters key={query} form={form} onApply={apply} />
      <section className="audit-export" aria-labelledby="audit-export-heading">
        <h2 id="audit-export-heading">{t('export.heading')}</h2>
        <p className="audit-meta">{t('export.hint')}</p>
        <p className="audit-export-links">
          <a href={csvHref(form, 'csv')} download>
            {t('export.csv')}
          </a>
          <a href={csvHref(form, 'excel')} download>
            {t('export.excel')}
          </a>
        </p>
      </section>
      <AuditLog
        key={`log-${query}`}
        filter={filter}
        onActor={(actor) => apply({ ...form, actor })}
        onObject={(type, object) => apply({ ...form, type, object })}
        onAnyActor={() => apply({ ...form, actor: '' })}
      />
    </div>
  );
}
