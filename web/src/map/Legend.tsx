import { useMapT } from './map.i18n';

export type LegendItem = {
  label: string;
  color: string;
  /** The mark drawn beside the label; it repeats the layer's shape so colour is never alone. */
  shape: 'area' | 'line' | 'point';
  /** A pattern or symbol letter printed in the swatch, for colour-blind readers. */
  symbol?: string;
};

/** A map legend: every colour with its words, readable without seeing the map. */
export function Legend({ title, items }: { title?: string; items: LegendItem[] }) {
  const t = useMapT();
  return (
    <figure className="legend">
      <figcaption className="legend-title">{title ?? t('legend')}</figcaption>
      <ul className="legend-items">
        {items.map((item) => (
          <li key={item.label} className="legend-item">
            <span
              aria-hidden="true"
              className={`legend-swatch legend-swatch-${item.shape}`}
              style={{ '--swatch': item.color } as React.CSSProperties}
            >
              {item.symbol}
            </span>
            {item.label}
          </li>
        ))}
      </ul>
    </figure>
  );
}
