import { useId } from 'react';
import type { MessageKey } from '../../i18n/catalog';
import { useI18n } from '../../i18n/I18nProvider';
import { formatNumber } from '../../ui/format';
import type { Consultation, PlanZone } from './consultation.queries';
import { designationColor } from './planPalette';

type Props = {
  consultation: Consultation;
  selectedZoneId: string | null;
  onSelectZone: (id: string | null) => void;
};

/** The plan's zones as a list (the keyboard path to the map's zones) and the chosen one's parameters. */
export function PlanSection({ consultation, selectedZoneId, onSelectZone }: Props) {
  const { t } = useI18n();
  const headingId = useId();
  const plans = consultation.plans;
  if (plans.length === 0) return null;
  const zones = plans.flatMap((plan) => plan.zones);
  const selected = zones.find((zone) => zone.id === selectedZoneId);
  return (
    <section className="plan-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('consultation.plan')}</h2>
      {plans.map((plan) => (
        <p key={plan.id} className="muted">
          {plan.name} · {t(`consultation.planStage.${plan.stage}`)}
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
  const { t, lang } = useI18n();
  return (
    <section className="zone-parameters" aria-live="polite">
      <h3>{t('consultation.zone', { symbol: zone.symbol, name: zone.designationName })}</h3>
      {zone.parameters.length === 0 ? (
        <p className="muted">{t('consultation.noParameters')}</p>
      ) : (
        <dl>
          {zone.parameters.map((parameter) => {
            const number = Number(parameter.value);
            const value = Number.isFinite(number) ? formatNumber(number, lang) : parameter.value;
            const key = `consultation.param.${parameter.key}` as MessageKey;
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
