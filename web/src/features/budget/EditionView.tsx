import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { QueryState } from '../../ui/QueryState';
import { type View, ViewToggle } from '../../ui/ViewToggle';
import { useBudgetT } from './budget.i18n';
import type { Edition } from './budget.queries';
import { projectStatuses } from './budgetStatus';
import { EditionInfo, EditionLinks } from './EditionInfo';
import { resultsExpected } from './editionData';
import { ProjectFilters } from './ProjectFilters';
import { ProjectList } from './ProjectList';
import { ProjectMap } from './ProjectMap';
import { categoriesOf, filterProjects, noFilter, statusesOf } from './projectFilter';
import { useProjectSelection } from './useProjectSelection';
import { useProjects } from './useProjects';
import './budget.css';

type Props = { edition: Edition; editions: readonly Edition[] };

/** An edition: its projects in a list and on the map, filtered by pool, category and status. */
export function EditionView({ edition, editions }: Props) {
  const t = useBudgetT();
  const { projects, fetching, error, retry, loaded } = useProjects(
    { editionId: edition.id },
    edition.id,
  );
  const [filter, setFilter] = useState(noFilter);
  const shown = useMemo(() => filterProjects(projects, filter), [projects, filter]);
  const poolNames = useMemo(() => new Map(edition.pools.map((p) => [p.id, p.name])), [edition]);
  const poolKinds = useMemo(() => new Map(edition.pools.map((p) => [p.id, p.kind])), [edition]);
  const selection = useProjectSelection(shown, poolKinds);
  const [view, setView] = useState<View>('list');

  const showOnMap = (id: string) => {
    selection.select(id);
    setView('map');
  };

  return (
    <div className="budget-edition" data-view={view}>
      <section className="budget-side">
        <header className="budget-edition-header">
          <h1>{edition.title}</h1>
          <p>
            {t('edition.phaseNow', {
              phase: t(edition.currentPhase ? `phase.${edition.currentPhase}` : 'phase.none'),
            })}
          </p>
          <p className="budget-actions">
            {edition.currentPhase === 'VOTING' && (
              <Link className="budget-button" to={`/budget/${edition.id}/vote`}>
                {t('action.vote')}
              </Link>
            )}
            {resultsExpected(edition) && (
              <Link className="budget-button" to={`/budget/${edition.id}/results`}>
                {t('action.results')}
              </Link>
            )}
          </p>
          <EditionInfo edition={edition} />
          <EditionLinks editions={editions} currentId={edition.id} />
        </header>
        <ViewToggle className="budget-view-toggle" view={view} onChange={setView} />
        <div className="budget-list-pane">
          <h2>{t('projects.heading')}</h2>
          <ProjectFilters
            pools={edition.pools}
            categories={categoriesOf(projects)}
            statuses={statusesOf(projects, projectStatuses)}
            filter={filter}
            onChange={setFilter}
          />
          <QueryState
            fetching={fetching}
            error={error}
            empty={loaded ? shown.length === 0 : projects.length > 0 ? false : undefined}
            emptyText={t(projects.length ? 'projects.noMatch' : 'projects.none')}
            onRetry={retry}
          >
            <p role="status">
              {t('projects.shown', { shown: shown.length, total: projects.length })}
            </p>
            <ProjectList
              projects={shown}
              poolNames={poolNames}
              selectedId={selection.layers.selectedId}
              hoveredId={selection.hoveredId}
              onSelect={showOnMap}
              onHover={selection.setHoveredId}
            />
          </QueryState>
        </div>
      </section>
      <div className="budget-map-pane">
        <ProjectMap
          label={
            selection.selected
              ? t('map.labelSelected', { title: selection.selected.title })
              : t('map.label', { title: edition.title })
          }
          {...selection.layers}
        />
      </div>
    </div>
  );
}
