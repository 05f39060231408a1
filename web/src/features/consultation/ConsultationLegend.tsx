import { useMapT } from '../../map/map.i18n';
import { upperFirst, useTerms } from '../../terms/terms.i18n';
import { useConsultationT } from './consultation.i18n';
import { meetingColor } from './consultation.layers';
import type { Consultation } from './consultation.queries';
import { designations } from './planPalette';
import { StanceMark } from './StanceMark';
import { stances } from './stancePalette';

// On a phone the legend would cover the map: it starts folded there.
const wideScreen = () => window.matchMedia?.('(min-width: 601px)').matches ?? true;

/** The map's legend: plan designations with their codes, stances with their shapes, meetings. */
export function ConsultationLegend({ consultation }: { consultation: Consultation }) {
  const t = useConsultationT();
  const term = useTerms();
  const tMap = useMapT();
  const planDesignations = designations(consultation.plans.flatMap((plan) => plan.zones));
  return (
    <details className="legend consultation-legend" open={wideScreen()}>
      <summary className="legend-title">{tMap('legend')}</summary>
      <ul className="legend-items">
        {planDesignations.map((designation) => (
          <li key={designation.code} className="legend-item">
            <span
              aria-hidden="true"
              className="legend-swatch legend-swatch-area zone-code"
              style={{ '--swatch': designation.color } as React.CSSProperties}
            >
              {designation.code}
            </span>
            {designation.name}
          </li>
        ))}
        {stances.map((stance) => (
          <li key={stance} className="legend-item">
            <StanceMark stance={stance} />
            {upperFirst(term(`stance.${stance}`))}
          </li>
        ))}
        <li className="legend-item">
          <span aria-hidden="true" className="legend-cluster">
            12
          </span>
          {t('legendCluster')}
        </li>
        <li className="legend-item">
          <span
            aria-hidden="true"
            className="legend-swatch legend-swatch-point"
            style={{ '--swatch': meetingColor } as React.CSSProperties}
          />
          {t('legendMeeting')}
        </li>
      </ul>
    </details>
  );
}
