import { useVirtualizer } from '@tanstack/react-virtual';
import { type CSSProperties, Fragment, type ReactNode, useEffect, useRef } from 'react';
import './virtual-list.css';

/** What a drawn item's `li` must carry. */
export type VirtualRow = {
  ref: (element: HTMLElement | null) => void;
  'data-index': number;
  'aria-setsize': number;
  'aria-posinset': number;
  style: CSSProperties;
};

export type VirtualListProps<T> = {
  items: readonly T[];
  /** The whole list's size, for assistive technology (`aria-setsize`). */
  total: number | null;
  itemKey: (item: T) => string;
  /** Draws an item as an `li` carrying `row` (its place, measurement and position). */
  renderItem: (item: T, row: VirtualRow) => ReactNode;
  /** A first guess of an item's height in pixels; each is measured once drawn. */
  estimateSize: number;
  /** Called when the end of the loaded items comes into view. */
  onEnd?: () => void;
  /** Brought into view whenever it changes. */
  scrollToKey?: string | null;
  className?: string;
  label?: string;
};

/** How near the end (in items) the next page is asked for. */
const lookAhead = 8;
/** Used before the list has a size of its own (and when rendered outside a browser). */
const initialRect = { width: 360, height: 720 };

/**
 * A list that draws only the items in view, in a scrolling box of its own, and asks for
 * more as its end nears. Items are measured as drawn, so they may grow (an opened remark).
 */
export function VirtualList<T>(props: VirtualListProps<T>) {
  const { items, itemKey, onEnd, scrollToKey } = props;
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => props.estimateSize,
    getItemKey: (index) => (items[index] ? itemKey(items[index]) : index),
    overscan: 4,
    initialRect,
  });
  const rows = virtualizer.getVirtualItems();
  const last = rows[rows.length - 1]?.index ?? -1;

  useEffect(() => {
    if (last >= items.length - lookAhead) onEnd?.();
  }, [last, items.length, onEnd]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: only a new key scrolls
  useEffect(() => {
    if (!scrollToKey) return;
    const index = items.findIndex((item) => itemKey(item) === scrollToKey);
    if (index >= 0) virtualizer.scrollToIndex(index, { align: 'auto' });
  }, [scrollToKey]);

  return (
    <div ref={scroller} className="virtual-list">
      <ul
        className={props.className}
        aria-label={props.label}
        style={{ height: virtualizer.getTotalSize(), position: 'relative' }}
      >
        {rows.map((row) => {
          const item = items[row.index];
          if (item === undefined) return null;
          const placed: VirtualRow = {
            ref: virtualizer.measureElement,
            'data-index': row.index,
            'aria-setsize': props.total ?? items.length,
            'aria-posinset': row.index + 1,
            style: {
              position: 'absolute',
              top: 0,
              left: 0,
              width: '100%',
              transform: `translateY(${row.start}px)`,
            },
          };
          return <Fragment key={row.key}>{props.renderItem(item, placed)}</Fragment>;
        })}
      </ul>
    </div>
  );
}
