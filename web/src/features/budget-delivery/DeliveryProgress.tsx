import { useI18n } from '../../i18n/I18nProvider';
import { formatMoney } from '../../ui/format';
import type { BudgetProjectStatus } from '../budget/budgetStatus';
import { ProjectStatus } from '../budget/ProjectStatus';
import { useDeliveryT } from './delivery.i18n';
import type { ProjectDeliveryData } from './delivery.queries';

/** Where the delivery stands: status, percent with a bar, planned and actual cost. */
export function DeliveryProgress({ delivery }: { delivery: ProjectDeliveryData }) {
  const t = useDeliveryT();
  const { lang } = useI18n();
  return (
    <dl className="budget-facts delivery-facts">
      <dt>{t('facts.status')}</dt>
      <dd>
        <ProjectStatus status={delivery.status as BudgetProjectStatus} />
      </dd>
      <dt>{t('facts.progress')}</dt>
      <dd>
        <progress max={100} value={delivery.progress} aria-label={t('facts.progress')} />{' '}
        {t('facts.percent', { percent: delivery.progress })}
      </dd>
      <dt>{t('facts.plannedCost')}</dt>
      <dd>{formatMoney(delivery.plannedCost.pln, lang)}</dd>
      <dt>{t('facts.actualCost')}</dt>
      <dd>
        {delivery.actualCost ? formatMoney(delivery.actualCost.pln, lang) : t('facts.notReported')}
      </dd>
    </dl>
  );
}
