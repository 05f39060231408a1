import { useId } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import type { KeyOf } from '../../i18n/namespace';
import { formatNumber } from '../../ui/format';
import { type consultationTexts, useConsultationT } from './consultation.i18n';
import type { Consultation, PlanZone } from './consultation.queries';
import { designationColor } from './planPalette';

type Props = {
  consultation: Consultation;
  selectedZoneId: string | null;
  onSelectZone: (id: string | null) => void;
};

/** The plan's zones as a list (the keyboard path to the map's zones) and the chosen one's parameters. */
export function PlanSection({ consultation, selectedZoneId, onSelectZone }: Props) {
  const t = useConsultationT();
  const headingId = useId();
  const plans = consultation.plans;
  if (plans.length === 0) return null;
  const zones = plans.flatMap((plan) => plan.zones);
  const selected = zones.find((zone) => zone.id === selectedZoneId);
  return (
    <section className="plan-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('plan')}</h2>
      {plans.map((plan) => (
        <p key={plan.id} className="muted">
          {plan.name} · {t(`planStage.${plan.stage}`)}
        </p>
      ))}
      <ul className="zone-list">
        {zones.map((zone) => (
          <li key={zone.id}>
            <button
              type="button"
              className="zone-button"
              aria-pressed={zone.id === selectedZoneId}
              onClick={() => onSelectZone(zone.id === selectedZoneId ? null : zone.id)}
            >
              <span
                className="zone-swatch"
                style={
                  { '--swatch': designationColor(zone.designationCode) } as React.CSSProperties
                }
              >
                {zone.symbol}
              </span>
              {zone.designationName}
            </button>
          </li>
        ))}
      </ul>
      {selected && <ZoneParameters zone={selected} />}
    </section>
  );
}

const knownParameters = new Set([
  'maxBuildingHeight',
  'maxIntensity',
  'minIntensity',
  'minBiologicallyActiveShare',
  'maxBuildingCoverage',
  'roofForm',
  'minParkingSpacesPerDwelling',
  'maxStoreys',
  'minPlotArea',
  'widthBetweenLines',
  'carriagewaysMin',
  'lanesMin',
]);

/** The zone's designation and parameters, read out as a description list. */
export function ZoneParameters({ zone }: { zone: PlanZone }) {
  const { lang } = useI18n();
  const t = useConsultationT();
  return (
    <section className="zone-parameters" aria-live="polite">
      <h3>{t('zone', { symbol: zone.symbol, name: zone.designationName })}</h3>
      {zone.parameters.length === 0 ? (
        <p className="muted">{t('noParameters')}</p>
      ) : (
        <dl>
          {zone.parameters.map((parameter) => {
            const number = Number(parameter.value);
            const value = Number.isFinite(number) ? formatNumber(number, lang) : parameter.value;
            const key = `param.${parameter.key}` as KeyOf<typeof consultationTexts>;
            return (
              <div key={parameter.key}>
                <dt>{knownParameters.has(parameter.key) ? t(key) : parameter.key}</dt>
                <dd>{parameter.unit ? `${value} ${parameter.unit}` : value}</dd>
              </div>
            );
          })}
        </dl>
      )}
    </section>
  );
}
