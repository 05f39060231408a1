import { useT } from '../../i18n/I18nProvider';
import { stanceStyle } from '../consultation/stancePalette';
import type { Stance } from './planner.queries';

/** A stance's sign in its colour, then its name: the same marks as the consultation's map. */
export function StanceLabel({ stance }: { stance: Stance }) {
  const t = useT();
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
      {t(`planner.stance.${stance}`)}
    </span>
  );
}
