import { Field } from '../account/Field';
import { useBudgetSetupT } from './budgetSetup.i18n';
import type { PhaseDraft } from './setupDraft';

type Props = { drafts: readonly PhaseDraft[]; onChange: (drafts: PhaseDraft[]) => void };

/** Each phase switched on or off, with its start and end on Warsaw's clock. */
export function PhasesFields({ drafts, onChange }: Props) {
  const t = useBudgetSetupT();
  const change = (index: number, patch: Partial<PhaseDraft>) =>
    onChange(drafts.map((d, i) => (i === index ? { ...d, ...patch } : d)));
  return (
    <>
      {drafts.map((draft, i) => {
        const phase = t(`phase.${draft.phase}`);
        return (
          <fieldset key={draft.phase} className="setup-phase">
            <legend>
              <label className="setup-check">
                <input
                  type="checkbox"
                  checked={draft.on}
                  onChange={(e) => change(i, { on: e.target.checked })}
                />
                {t('phases.on', { phase })}
              </label>
            </legend>
            {draft.on && (
              <div className="setup-dates">
                <Field
                  type="datetime-local"
                  label={`${t('phases.startsAt')}: ${phase}`}
                  value={draft.startsAt}
                  onChange={(e) => change(i, { startsAt: e.target.value })}
                />
                <Field
                  type="datetime-local"
                  label={`${t('phases.endsAt')}: ${phase}`}
                  value={draft.endsAt}
                  onChange={(e) => change(i, { endsAt: e.target.value })}
                />
              </div>
            )}
          </fieldset>
        );
      })}
    </>
  );
}
