import { useTerms } from '../../terms/terms.i18n';
import { stanceStyle } from '../consultation/stancePalette';
import type { Stance } from './planner.queries';

/** A stance's sign in its colour, then its name: the same marks as the consultation's map. */
export function StanceLabel({ stance }: { stance: Stance }) {
  const term = useTerms();
  const { color, sign } = stanceStyle(stance);
  return (
    <span className="planner-stance">
      <span
        aria-hidden="true"
        className="planner-stance-sign"
        style={{ '--stance': color } as React.CSSProperties}
      >
        {sign}
      </span>
      {term(`stance.${stance}`)}
    </span>
  );
}
