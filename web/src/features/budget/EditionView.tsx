import { useMemo, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { QueryState } from '../../ui/QueryState';
import { type View, ViewToggle } from '../../ui/ViewToggle';
import { MyProjectsLink } from '../budget-my-projects/MyProjectsLink';
import { ProposeLink } from '../budget-proposals/ProposeLink';
import { useBudgetT } from './budget.i18n';
import type { Edition } from './budget.queries';
import { EditionInfo, EditionLinks } from './EditionInfo';
import { EditionMap } from './EditionMap';
import { resultsExpected } from './editionData';
import { ProjectFilters } from './ProjectFilters';
import { ProjectList } from './ProjectList';
import { noFilter } from './projectFilter';
import { projectBounds } from './projectGeo';
import { useEditionProjects, useSeenOptions } from './useEditionProjects';
import './budget.css';

type Props = { edition: Edition; editions: readonly Edition[] };

/**
 * An edition: its projects in a list loaded as it is scrolled and on the map from the tiles,
 * filtered by the API by pool, category and status.
 */
export function EditionView({ edition, editions }: Props) {
  const t = useBudgetT();
  const navigate = useNavigate();
  const [filter, setFilter] = useState(noFilter);
  const pages = useEditionProjects(edition.id, filter);
  // The edition's whole count, for "n of all": with no filter, the same first page as the list.
  const everything = useEditionProjects(edition.id, noFilter);
  const projects = pages.items;
  const options = useSeenOptions(projects, filter);
  const poolNames = useMemo(() => new Map(edition.pools.map((p) => [p.id, p.name])), [edition]);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [hoveredId, setHoveredId] = useState<string | null>(null);
  const selected = projects.find((project) => project.id === selectedId) ?? null;
  const selectedBounds = useMemo(() => (selected ? projectBounds(selected) : null), [selected]);
  const [view, setView] = useState<View>('list');

  const showOnMap = (id: string) => {
    setSelectedId(id);
    setView('map');
  };
  // A project the list has not loaded yet (further down, or filtered out): its own page.
  const selectOnMap = (id: string) => {
    if (projects.some((project) => project.id === id)) setSelectedId(id);
    else void navigate(`/budget/projects/${id}`);
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
            <ProposeLink edition={edition} />
            <MyProjectsLink className="budget-button" />
            {edition.currentPhase === 'VOTING' && (
              <Link className="budget-button" to={`/budget/${edition.id}/vote`}>
                {t('action.vote')}
              </Link>
            )}
            {resultsExpected(edition) && (
              <>
                <Link className="budget-button" to={`/budget/${edition.id}/results`}>
                  {t('action.results')}
                </Link>
                <Link className="budget-button" to={`/budget/${edition.id}/statistics`}>
                  {t('action.statistics')}
                </Link>
              </>
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
            categories={options.categories}
            statuses={options.statuses}
            filter={filter}
            onChange={setFilter}
          />
          <QueryState
            fetching={pages.loading}
            error={pages.error}
            empty={pages.loading ? undefined : projects.length === 0}
            emptyText={t(everything.total ? 'projects.noMatch' : 'projects.none')}
            onRetry={pages.reload}
          >
            <p role="status">
              {t('projects.shown', {
                shown: pages.total ?? projects.length,
                total: everything.total ?? pages.total ?? projects.length,
              })}
            </p>
            <ProjectList
              projects={projects}
              total={pages.total}
              onEnd={pages.hasMore ? pages.loadMore : undefined}
              poolNames={poolNames}
              selectedId={selected?.id ?? null}
              hoveredId={hoveredId}
              onSelect={showOnMap}
              onHover={setHoveredId}
            />
            {pages.hasMore && (
              <p className="budget-muted">
                {t('projects.loaded', { shown: projects.length, count: pages.total ?? 0 })}
              </p>
            )}
          </QueryState>
        </div>
      </section>
      <div className="budget-map-pane">
        <EditionMap
          label={
            selected
              ? t('map.labelSelected', { title: selected.title })
              : t('map.label', { title: edition.title })
          }
          editionId={edition.id}
          filter={filter}
          selectedId={selected?.id ?? null}
          hoveredId={hoveredId}
          selectedBounds={selectedBounds}
          onSelect={selectOnMap}
          onHover={setHoveredId}
        />
      </div>
    </div>
  );
}
