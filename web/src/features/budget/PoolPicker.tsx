import { useId } from 'react';
import { Link } from 'react-router';
import { useI18n } from '../../i18n/I18nProvider';
import { formatMoney } from '../../ui/format';
import type { PoolCount, Refusal } from './ballot';
import { useBudgetT } from './budget.i18n';
import type { ProjectSummary } from './budget.queries';

export type PoolPickerProps = {
  heading: string;
  count: PoolCount;
  projects: readonly ProjectSummary[];
  chosen: ReadonlySet<string>;
  /** Why the last project the voter tried to add was refused, if it was. */
  refusal: Refusal | null;
  onToggle: (project: ProjectSummary) => void;
};

/**
 * One pool on the ballot: how many are chosen of how many allowed (announced as it changes),
 * the limit in words, and a checkbox per project.
 */
export function PoolPicker({
  heading,
  count,
  projects,
  chosen,
  refusal,
  onToggle,
}: PoolPickerProps) {
  const { lang } = useI18n();
  const t = useBudgetT();
  const headingId = useId();
  return (
    <section className="budget-pool-picker" aria-labelledby={headingId}>
      <h3 id={headingId}>{heading}</h3>
      <p className="budget-count" aria-live="polite">
        <strong>{t('vote.count', { chosen: count.chosen, limit: count.limit })}</strong>
      </p>
      <p>
        {count.available === 0
          ? t('vote.noProjects')
          : t(count.limited ? 'vote.limit' : 'vote.noLimit', {
              limit: count.limit,
              available: count.available,
            })}
      </p>
      <p className="budget-refusal" role="alert">
        {refusal ? t(`vote.refused.${refusal}`, { limit: count.limit }) : ''}
      </p>
      <ul className="budget-choices">
        {projects.map((project) => (
          <li key={project.id}>
            <label className="budget-check">
              <input
                type="checkbox"
                checked={chosen.has(project.id)}
                onChange={() => onToggle(project)}
              />
              <span>
                {project.title}{' '}
                <span className="budget-muted">({formatMoney(project.cost.pln, lang)})</span>
              </span>
            </label>{' '}
            <Link
              to={`/budget/projects/${project.id}`}
              aria-label={t('vote.projectLink', { title: project.title })}
            >
              {t('vote.projectLinkText')}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
