import { useI18n } from '../../i18n/I18nProvider';
import { formatDate, formatMoney } from '../../ui/format';
import { useDeliveryT } from './delivery.i18n';
import type { DeliveryUpdateData } from './delivery.queries';

type Props = {
  updates: DeliveryUpdateData[];
  /** Buttons beside each update, for the office. */
  actions?: (update: DeliveryUpdateData) => React.ReactNode;
};

/** A project's delivery updates, newest first, each with its day, percent, cost and photos. */
export function DeliveryTimeline({ updates, actions }: Props) {
  const t = useDeliveryT();
  const { lang } = useI18n();
  if (updates.length === 0) return <p className="delivery-muted">{t('timeline.empty')}</p>;
  return (
    <ol className="delivery-timeline">
      {updates.map((update) => {
        const day = formatDate(`${update.reportedOn}T12:00:00Z`, lang);
        return (
          <li key={update.id}>
            <h4>
              <time dateTime={update.reportedOn}>{day}</time>
              {' · '}
              {t('timeline.progress', { percent: update.progress })}
            </h4>
            <p className="delivery-body">{update.body}</p>
            {update.actualCost && (
              <p className="delivery-muted">
                {t('timeline.actualCost', { amount: formatMoney(update.actualCost.pln, lang) })}
              </p>
            )}
            {update.photos.length > 0 && (
              <ul className="delivery-gallery">
                {update.photos.map((photo, i) => (
                  <li key={photo.id}>
                    <a href={photo.url}>
                      <img
                        src={photo.url}
                        alt={t('timeline.photoAlt', { n: i + 1, date: day })}
                        loading="lazy"
                      />
                    </a>
                  </li>
                ))}
              </ul>
            )}
            {actions?.(update)}
          </li>
        );
      })}
    </ol>
  );
}
