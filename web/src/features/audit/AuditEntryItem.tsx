import { Link } from 'react-router';
import { useI18n } from '../../i18n/I18nProvider';
import { formatDateTime } from '../../ui/format';
import { useAuditT } from './audit.i18n';
import type { AuditEntry } from './audit.queries';
import { actionLabel, typeLabel } from './auditLabels';
import { targetHref } from './auditTargets';

type Props = {
  entry: AuditEntry;
  onActor: (actorId: string) => void;
  onObject: (targetType: string, targetId: string) => void;
};

const shown = (value: unknown) => JSON.stringify(value, null, 2);

/** One audited action: when, who, what, on which object (linked), and the change itself. */
export function AuditEntryItem({ entry, onActor, onObject }: Props) {
  const t = useAuditT();
  const { lang } = useI18n();
  const href = targetHref(entry);
  const object = `${typeLabel(t, entry.targetType)} ${entry.targetId}`;
  return (
    <article className="audit-entry">
      <h3 className="audit-entry-title">
        {actionLabel(t, entry.action)} <code>{entry.action}</code>
      </h3>
      <p className="audit-meta">
        <time dateTime={entry.createdAt}>{formatDateTime(entry.createdAt, lang)}</time>
        {' · '}
        {entry.actor ? (
          <>
            {t('entry.by', { name: entry.actor.displayName, email: entry.actor.email ?? '' })}{' '}
            <button
              type="button"
              className="link-button"
              onClick={() => entry.actor && onActor(entry.actor.id)}
            >
              {t('entry.onlyActor')}
            </button>
          </>
        ) : (
          t('entry.bySystem')
        )}
      </p>
      <p className="audit-meta">
        {href ? <Link to={href}>{object}</Link> : object}{' '}
        <button
          type="button"
          className="link-button"
          onClick={() => onObject(entry.targetType, entry.targetId)}
        >
          {t('entry.onlyObject')}
        </button>
      </p>
      {(entry.before != null || entry.after != null) && (
        <details className="audit-change">
          <summary>{t('entry.change')}</summary>
          <div className="audit-change-sides">
            <div>
              <h4>{t('entry.before')}</h4>
              <pre>{shown(entry.before ?? null)}</pre>
            </div>
            <div>
              <h4>{t('entry.after')}</h4>
              <pre>{shown(entry.after ?? null)}</pre>
            </div>
          </div>
        </details>
      )}
    </article>
  );
}
