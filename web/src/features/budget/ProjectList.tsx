import { Link } from 'react-router';
import { useI18n } from '../../i18n/I18nProvider';
import { formatMoney } from '../../ui/format';
import { VirtualList } from '../../ui/VirtualList';
import { useBudgetT } from './budget.i18n';
import type { ProjectSummary } from './budget.queries';
import { ProjectStatus } from './ProjectStatus';

type Props = {
  projects: readonly ProjectSummary[];
  /** The API's count of the filtered list. */
  total: number | null;
  /** Called as the end of the loaded projects comes into view. */
  onEnd?: () => void;
  poolNames: ReadonlyMap<string, string>;
  selectedId: string | null;
  hoveredId: string | null;
  onSelect: (id: string) => void;
  onHover: (id: string | null) => void;
};

/**
 * The projects as a list loaded as it is scrolled: each links to its page and, when located,
 * shows itself on the map. Hovering or focusing an item highlights it on the map; a selection
 * made on the map is scrolled into view.
 */
export function ProjectList({
  projects,
  total,
  onEnd,
  poolNames,
  selectedId,
  hoveredId,
  onSelect,
  onHover,
}: Props) {
  const { lang } = useI18n();
  const t = useBudgetT();
  return (
    <VirtualList
      className="budget-project-list"
      label={t('projects.list')}
      items={projects}
      total={total}
      itemKey={(project) => project.id}
      estimateSize={120}
      onEnd={onEnd}
      scrollToKey={selectedId}
      renderItem={(project, row) => {
        const located = project.locations.length > 0;
        const classes = ['budget-project-item'];
        if (project.id === selectedId) classes.push('selected');
        if (project.id === hoveredId) classes.push('hovered');
        return (
          <li
            {...row}
            data-project={project.id}
            className={classes.join(' ')}
            onMouseEnter={() => onHover(project.id)}
            onMouseLeave={() => onHover(null)}
            onFocus={() => onHover(project.id)}
            onBlur={() => onHover(null)}
          >
            <Link to={`/budget/projects/${project.id}`} className="budget-project-title">
              {project.title}
            </Link>
            <p className="budget-project-meta">
              <ProjectStatus status={project.status} />
              <span>{formatMoney(project.cost.pln, lang)}</span>
              <span>{poolNames.get(project.poolId)}</span>
            </p>
            {located ? (
              <button
                type="button"
                aria-pressed={project.id === selectedId}
                aria-label={t('projects.showOnMap', { title: project.title })}
                onClick={() => onSelect(project.id)}
              >
                {t('projects.locate')}
              </button>
            ) : (
              <p className="budget-muted">{t('projects.noLocation')}</p>
            )}
          </li>
        );
      }}
    />
  );
}
