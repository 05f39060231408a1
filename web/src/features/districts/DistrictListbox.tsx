import { type KeyboardEvent, useEffect, useId, useState } from 'react';
import type { District } from './districts.queries';
import { nextActiveIndex } from './listboxKeys';

type Props = {
  districts: readonly District[];
  selectedId: string | null;
  onSelect: (id: string) => void;
  labelledBy: string;
};

/**
 * A single-select listbox (WAI-ARIA pattern, focus kept on the list through
 * aria-activedescendant): arrows, Home/End and PageUp/PageDown move, Enter or Space selects.
 */
export function DistrictListbox({ districts, selectedId, onSelect, labelledBy }: Props) {
  const prefix = useId();
  const optionId = (index: number) => `${prefix}-option-${index}`;
  const selectedIndex = districts.findIndex((district) => district.id === selectedId);
  const [active, setActive] = useState(-1);

  // A selection made elsewhere (on the map) becomes the active option and is shown.
  useEffect(() => {
    if (selectedIndex < 0) return;
    setActive(selectedIndex);
    document
      .getElementById(`${prefix}-option-${selectedIndex}`)
      ?.scrollIntoView({ block: 'nearest' });
  }, [selectedIndex, prefix]);

  const moveTo = (index: number) => {
    setActive(index);
    document.getElementById(optionId(index))?.scrollIntoView({ block: 'nearest' });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const next = nextActiveIndex(event.key, active, districts.length);
    if (next !== null) {
      event.preventDefault();
      moveTo(next);
      return;
    }
    const district = districts[active];
    if ((event.key === 'Enter' || event.key === ' ') && district) {
      event.preventDefault();
      onSelect(district.id);
    }
  };

  return (
    <div
      className="listbox"
      role="listbox"
      tabIndex={0}
      aria-labelledby={labelledBy}
      aria-activedescendant={active >= 0 ? optionId(active) : undefined}
      onKeyDown={onKeyDown}
      onFocus={() => {
        if (active < 0) setActive(Math.max(selectedIndex, 0));
      }}
    >
      {districts.map((district, index) => (
        // biome-ignore lint/a11y/useKeyWithClickEvents: the listbox handles the keyboard.
        // biome-ignore lint/a11y/useFocusableInteractive: focus stays on the listbox (aria-activedescendant).
        <div
          key={district.id}
          id={optionId(index)}
          role="option"
          aria-selected={district.id === selectedId}
          className={index === active ? 'option active' : 'option'}
          onClick={() => {
            setActive(index);
            onSelect(district.id);
          }}
        >
          {district.name}
        </div>
      ))}
    </div>
  );
}
