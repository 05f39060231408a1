import { useMemo, useState } from 'react';
import { QueryState } from '../../ui/QueryState';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { type View, ViewToggle } from '../../ui/ViewToggle';
import { HomeFilters } from './HomeFilters';
import { HomeList } from './HomeList';
import { HomeMap } from './HomeMap';
import { useHomeT } from './home.i18n';
import { filterItems, initialFilter, statusesOf, visibleSelection } from './homeFilter';
import { useHomeData } from './useHomeData';
import './home.css';

/** The front page: what one can take part in now, on a map and in a list that move together. */
export function HomePage() {
  const t = useHomeT();
  useDocumentTitle(t('heading'));
  const data = useHomeData();
  const [filter, setFilter] = useState(initialFilter);
  const [chosenKey, setChosenKey] = useState<string | null>(null);
  const [highlightedKey, setHighlightedKey] = useState<string | null>(null);
  const [view, setView] = useState<View>('list');

  const shown = useMemo(() => filterItems(data.items, filter), [data.items, filter]);
  const selectedKey = visibleSelection(chosenKey, shown);
  const selected = shown.find((item) => item.key === selectedKey) ?? null;

  return (
    <div className="home" data-view={view}>
      <div className="home-side">
        <h1>{t('heading')}</h1>
        <p className="home-muted home-intro">{t('intro')}</p>
        {data.editionsLoaded && (
          <p className="home-muted">
            {data.edition ? t('edition', { title: data.edition.title }) : t('noEdition')}
          </p>
        )}
        <ViewToggle className="home-view-toggle" view={view} onChange={setView} />
        <HomeFilters
          districts={data.districts.list}
          consultationStatuses={statusesOf(data.items, 'consultation')}
          projectStatuses={statusesOf(data.items, 'project')}
          filter={filter}
          onChange={setFilter}
        />
        <div className="home-list-pane">
          <QueryState
            fetching={data.fetching}
            error={data.error}
            empty={data.items.length === 0 && data.fetching}
            onRetry={data.retry}
          >
            <HomeList
              items={shown}
              selectedKey={selectedKey}
              onSelect={setChosenKey}
              onHighlight={setHighlightedKey}
            />
          </QueryState>
        </div>
      </div>
      <HomeMap
        districts={data.districts}
        items={shown}
        filter={filter}
        selected={selected}
        highlightedKey={highlightedKey}
        onSelect={setChosenKey}
      />
    </div>
  );
}
