import { useDeliveryT } from './delivery.i18n';

type Summary = { notStarted: number; inProgress: number; completed: number; abandoned: number };

/** The edition's funded projects counted by where their delivery stands. */
export function DeliverySummaryLine({ summary }: { summary: Summary }) {
  const t = useDeliveryT();
  return (
    <ul className="delivery-summary" aria-label={t('summary.label')}>
      <li>{t('summary.notStarted', { count: summary.notStarted })}</li>
      <li>{t('summary.inProgress', { count: summary.inProgress })}</li>
      <li>{t('summary.completed', { count: summary.completed })}</li>
      <li>{t('summary.abandoned', { count: summary.abandoned })}</li>
    </ul>
  );
}
