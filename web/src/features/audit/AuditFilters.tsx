import { type FormEvent, useState } from 'react';
import { Field } from '../account/Field';
import { useAuditT } from './audit.i18n';
import { auditActions } from './auditActions';
import { type AuditFilterForm, daysReversed } from './auditFilter';
import { auditTargetTypes } from './auditTargets';

type Props = {
  form: AuditFilterForm;
  onApply: (form: AuditFilterForm) => void;
};

/** The log's filters: the actor's e-mail, action, object type and id, Warsaw days. */
export function AuditFilters({ form, onApply }: Props) {
  const t = useAuditT();
  const [draft, setDraft] = useState(form);
  // An actor picked from an entry is an id, shown by name above the log, not typed here.
  const [email, setEmail] = useState(form.actor.includes('@') ? form.actor : '');
  const set = (name: keyof AuditFilterForm) => (value: string) =>
    setDraft((current) => ({ ...current, [name]: value }));
  const reversed = daysReversed(draft);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const picked = form.actor.includes('@') ? '' : form.actor;
    if (!reversed) onApply({ ...draft, actor: email.trim() || picked });
  };
  return (
    <form className="audit-filters" onSubmit={submit} aria-label={t('filters.label')}>
      <Field
        label={t('filters.actorEmail')}
        type="email"
        value={email}
        maxLength={254}
        onChange={(event) => setEmail(event.target.value)}
      />
      <Field
        label={t('filters.action')}
        hint={t('filters.actionHint')}
        list="audit-actions"
        value={draft.action}
        maxLength={100}
        onChange={(event) => set('action')(event.target.value)}
      />
      <datalist id="audit-actions">
        {auditActions.map((action) => (
          <option key={action} value={action} />
        ))}
      </datalist>
      <div className="account-field">
        <label htmlFor="audit-type">{t('filters.type')}</label>
        <select id="audit-type" value={draft.type} onChange={(e) => set('type')(e.target.value)}>
          <option value="">{t('filters.anyType')}</option>
          {auditTargetTypes.map((type) => (
            <option key={type} value={type}>
              {t(`type.${type}`)}
            </option>
          ))}
        </select>
      </div>
      <Field
        label={t('filters.object')}
        value={draft.object}
        maxLength={100}
        onChange={(event) => set('object')(event.target.value)}
      />
      <Field
        label={t('filters.from')}
        type="date"
        value={draft.from}
        onChange={(event) => set('from')(event.target.value)}
      />
      <Field
        label={t('filters.to')}
        type="date"
        value={draft.to}
        onChange={(event) => set('to')(event.target.value)}
        error={reversed ? t('filters.reversed') : null}
      />
      <div className="audit-filter-actions">
        <button type="submit">{t('filters.apply')}</button>
        <button type="button" onClick={() => onApply(emptyForm)}>
          {t('filters.clear')}
        </button>
      </div>
    </form>
  );
}

const emptyForm: AuditFilterForm = {
  actor: '',
  action: '',
  type: '',
  object: '',
  from: '',
  to: '',
};
