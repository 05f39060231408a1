import { useId } from 'react';
import { useT } from '../../i18n/I18nProvider';
import { DistrictListbox } from './DistrictListbox';
import type { District } from './districts.queries';

export type DistrictListProps = {
  districts: readonly District[];
  fetching: boolean;
  /** The last request failed. Districts already shown stay shown. */
  failed: boolean;
  onRetry: () => void;
  selectedId: string | null;
  onSelect: (id: string) => void;
};

/** The districts panel: a heading, then the list or its loading, error or empty state. */
export function DistrictList({
  districts,
  fetching,
  failed,
  onRetry,
  selectedId,
  onSelect,
}: DistrictListProps) {
  const t = useT();
  const headingId = useId();

  let body: React.ReactNode;
  if (districts.length > 0) {
    body = (
      <DistrictListbox
        districts={districts}
        selectedId={selectedId}
        onSelect={onSelect}
        labelledBy={headingId}
      />
    );
  } else if (fetching) {
    body = (
      <p className="panel-status" role="status">
        {t('districts.loading')}
      </p>
    );
  } else if (failed) {
    body = (
      <div className="panel-status" role="alert">
        <p>{t('districts.error')}</p>
        <button type="button" onClick={onRetry}>
          {t('districts.retry')}
        </button>
      </div>
    );
  } else {
    body = <p className="panel-status">{t('districts.empty')}</p>;
  }

  return (
    <section className="districts-panel" aria-labelledby={headingId} aria-busy={fetching}>
      <h2 id={headingId} className="panel-heading">
        {t('districts.heading')}
      </h2>
      {body}
    </section>
  );
}
