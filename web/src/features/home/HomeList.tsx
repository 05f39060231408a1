import { useEffect, useId, useRef } from 'react';
import { Link } from 'react-router';
import { type TermKey, useTerms } from '../../terms/terms.i18n';
import { useHomeT } from './home.i18n';
import type { HomeItem } from './homeItems';

export type HomeListProps = {
  items: readonly HomeItem[];
  selectedKey: string | null;
  onSelect: (key: string) => void;
  /** The item under the pointer or focus, to highlight on the map; null when none. */
  onHighlight: (key: string | null) => void;
};

/** The map's features as a list: each links to its page and can be shown on the map. */
export function HomeList({ items, selectedKey, onSelect, onHighlight }: HomeListProps) {
  const t = useHomeT();
  const headingId = useId();
  const list = useRef<HTMLUListElement>(null);

  // A selection made on the map brings its item into view.
  useEffect(() => {
    if (!selectedKey) return;
    list.current
      ?.querySelector(`[data-key="${CSS.escape(selectedKey)}"]`)
      ?.scrollIntoView({ block: 'nearest' });
  }, [selectedKey]);

  return (
    <section className="home-list" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('listHeading', { count: items.length })}</h2>
      {items.length === 0 ? (
        <p role="status">{t('empty')}</p>
      ) : (
        <ul ref={list} onMouseLeave={() => onHighlight(null)}>
          {items.map((item) => (
            <HomeListItem
              key={item.key}
              item={item}
              selected={item.key === selectedKey}
              onSelect={onSelect}
              onHighlight={onHighlight}
            />
          ))}
        </ul>
      )}
    </section>
  );
}

type ItemProps = Omit<HomeListProps, 'items' | 'selectedKey'> & {
  item: HomeItem;
  selected: boolean;
};

function HomeListItem({ item, selected, onSelect, onHighlight }: ItemProps) {
  const t = useHomeT();
  const term = useTerms();
  const status = term(`${item.kind}Status.${item.status}` as TermKey);
  return (
    <li
      data-key={item.key}
      data-kind={item.kind}
      className={selected ? 'home-item selected' : 'home-item'}
      onMouseEnter={() => onHighlight(item.key)}
      onFocus={() => onHighlight(item.key)}
      onBlur={() => onHighlight(null)}
    >
      <span className="home-item-kind">
        <span aria-hidden="true" className="home-item-symbol">
          {item.kind === 'consultation' ? 'K' : 'B'}
        </span>
        {t(`kind.${item.kind}`)} · {status}
      </span>
      <Link to={item.href} className="home-item-title">
        {item.title}
      </Link>
      {item.bounds ? (
        <button type="button" aria-pressed={selected} onClick={() => onSelect(item.key)}>
          {t('showOnMap')}
          <span className="visually-hidden">: {item.title}</span>
        </button>
      ) : (
        <span className="home-muted">{t('notLocated')}</span>
      )}
    </li>
  );
}
