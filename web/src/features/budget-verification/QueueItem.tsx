import { useState } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { formatDate, formatMoney } from '../../ui/format';
import { ProjectStatus } from '../budget/ProjectStatus';
import { EvaluationForm } from './EvaluationForm';
import { openEvaluation } from './evaluationDraft';
import { useVerificationT } from './verification.i18n';
import type { QueueEntry } from './verification.queries';

type Props = {
  entry: QueueEntry;
  selected: boolean;
  onSelect: (selected: boolean) => void;
  onDecided: () => void;
};

/** A project in the queue: where its verification stands, and its open evaluation's form. */
export function QueueItem({ entry, selected, onSelect, onDecided }: Props) {
  const t = useVerificationT();
  const { lang } = useI18n();
  const [open, setOpen] = useState(false);
  const { project } = entry;
  const current = openEvaluation(entry.evaluations) ?? entry.evaluations.at(-1);
  const waiting = openEvaluation(entry.evaluations);
  return (
    <li className="verification-item">
      <label className="verification-check">
        <input
          type="checkbox"
          checked={selected}
          onChange={(e) => onSelect(e.target.checked)}
          aria-label={t('list.select', { title: project.title })}
        />
        <strong>{project.title}</strong>
      </label>
      <p className="verification-meta">
        {entry.poolName} · <ProjectStatus status={project.status} /> ·{' '}
        {t('list.cost', { cost: formatMoney(project.cost.pln, lang) })}
      </p>
      <p className="verification-meta">
        {current ? t('list.stage', { stage: t(`stage.${current.stage}`) }) : t('list.notStarted')}
        {current && (
          <>
            {' · '}
            {current.reviewerName
              ? t('list.reviewer', { name: current.reviewerName })
              : t('list.unassigned')}
            {current.unitName && ` · ${t('list.unit', { name: current.unitName })}`}
            {current.dueAt && ` · ${t('list.due', { date: formatDate(current.dueAt, lang) })}`}
            {current.overdue && (
              <strong className="verification-overdue"> {t('list.overdue')}</strong>
            )}
          </>
        )}
      </p>
      {waiting && (
        <button type="button" aria-expanded={open} onClick={() => setOpen(!open)}>
          {t('list.evaluate', { title: project.title })}
        </button>
      )}
      {waiting && open && (
        <EvaluationForm
          key={waiting.id}
          projectId={project.id}
          title={project.title}
          evaluation={waiting}
          onDone={() => {
            setOpen(false);
            onDecided();
          }}
        />
      )}
    </li>
  );
}
