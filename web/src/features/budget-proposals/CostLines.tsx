import { useI18n } from '../../i18n/I18nProvider';
import { groszeOf, totalGrosze, zlotyText } from './money';
import type { CostLineDraft } from './proposalForm';
import { useProposalT } from './proposals.i18n';

type Props = {
  lines: CostLineDraft[];
  onLines: (lines: CostLineDraft[]) => void;
  disabled: boolean;
  invalid: boolean;
  errorId: string;
};

/** The estimated cost, item by item; the total is their sum in whole grosze. */
export function CostLines({ lines, onLines, disabled, invalid, errorId }: Props) {
  const t = useProposalT();
  const { lang } = useI18n();
  const change = (index: number, line: Partial<CostLineDraft>) =>
    onLines(lines.map((old, i) => (i === index ? { ...old, ...line } : old)));
  const total = totalGrosze(lines.map((line) => groszeOf(line.amount)));
  return (
    <fieldset
      className="proposal-cost"
      aria-invalid={invalid || undefined}
      aria-describedby={invalid ? errorId : undefined}
    >
      <legend>{t('cost')}</legend>
      {lines.map((line, i) => {
        const number = i + 1;
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: lines have no identity but their place
          <div className="proposal-cost-line" key={i}>
            <label>
              {t('costItem', { number })}
              <input
                value={line.item}
                maxLength={300}
                disabled={disabled}
                onChange={(event) => change(i, { item: event.target.value })}
              />
            </label>
            <label>
              {t('costAmount', { number })}
              <input
                value={line.amount}
                inputMode="decimal"
                disabled={disabled}
                onChange={(event) => change(i, { amount: event.target.value })}
              />
            </label>
            {lines.length > 1 && !disabled && (
              <button type="button" onClick={() => onLines(lines.filter((_, j) => j !== i))}>
                {t('costRemove', { number })}
              </button>
            )}
          </div>
        );
      })}
      {!disabled && (
        <button type="button" onClick={() => onLines([...lines, { item: '', amount: '' }])}>
          {t('costAdd')}
        </button>
      )}
      <p className="proposal-cost-total">
        {t('costTotal', { total: zlotyText(total.toString(), lang) })}
      </p>
    </fieldset>
  );
}
