import type { Stance } from './stancePalette';
import { stanceStyle } from './stancePalette';

/** A stance's mark as the map draws it: its shape, colour and sign (decorative: words follow). */
export function StanceMark({ stance }: { stance: Stance | null }) {
  const { color, shape, sign } = stanceStyle(stance);
  return (
    <span
      aria-hidden="true"
      className={`stance-mark stance-mark-${shape}`}
      style={{ '--stance': color } as React.CSSProperties}
    >
      <span className="stance-mark-sign">{sign}</span>
    </span>
  );
}
