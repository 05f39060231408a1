import { useI18n } from '../../i18n/I18nProvider';
import { formatMoney } from '../../ui/format';
import { useBudgetT } from './budget.i18n';

type CostLine = { item: string; amount: { pln: string } };

/** The cost breakdown as a table; nothing when the project has none. */
export function ProjectCost({ costLines }: { costLines: readonly CostLine[] }) {
  const { lang } = useI18n();
  const t = useBudgetT();
  if (costLines.length === 0) return null;
  return (
    <>
      <h2>{t('project.costLines')}</h2>
      <table className="budget-table">
        <thead>
          <tr>
            <th scope="col">{t('project.costItem')}</th>
            <th scope="col" className="budget-number">
              {t('project.costAmount')}
            </th>
          </tr>
        </thead>
        <tbody>
          {costLines.map((line, index) => (
            // Cost lines have no id; the same item may appear twice.
            // biome-ignore lint/suspicious/noArrayIndexKey: the list never reorders
            <tr key={index}>
              <td>{line.item}</td>
              <td className="budget-number">{formatMoney(line.amount.pln, lang)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
