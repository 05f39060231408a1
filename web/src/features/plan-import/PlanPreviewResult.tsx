import { useI18n } from '../../i18n/I18nProvider';
import { formatNumber } from '../../ui/format';
import { BadFeatures } from './BadFeatures';
import { DesignationLegend } from './DesignationLegend';
import { PreviewMap } from './PreviewMap';
import { usePlanImportT } from './planImport.i18n';
import type { PlanPreview } from './planImport.queries';

type Props = {
  preview: PlanPreview;
  importing: boolean;
  onImport: () => void;
};

/** The file as it would import: every zone on the map, every fault listed, nothing written. */
export function PlanPreviewResult({ preview, importing, onImport }: Props) {
  const t = usePlanImportT();
  const { lang } = useI18n();
  const zones = preview.zones;
  return (
    <section className="plan-import-preview" aria-labelledby="plan-import-preview-heading">
      <h2 id="plan-import-preview-heading">{t('preview.heading')}</h2>
      <p role="status">
        {t(preview.importable ? 'preview.importable' : 'preview.notImportable', {
          zones: zones.length,
          total: preview.featureCount,
        })}
      </p>
      {preview.replaces && (
        <p>
          {t('preview.replaces', {
            name: preview.replaces.name,
            version: preview.replaces.version,
          })}
        </p>
      )}
      {preview.metresOutside > 0 && (
        <p className="plan-import-warning">
          {t('preview.outside', { meters: formatNumber(Math.round(preview.metresOutside), lang) })}
        </p>
      )}
      <BadFeatures faults={preview.problems} total={preview.featureCount} />
      {zones.length > 0 && (
        <div className="plan-import-map-wrap">
          <PreviewMap zones={zones} />
          <DesignationLegend zones={zones} />
        </div>
      )}
      {preview.importable && (
        <button
          type="button"
          className="plan-import-confirm"
          disabled={importing}
          onClick={onImport}
        >
          {t(preview.replaces ? 'preview.importVersion' : 'preview.import')}
        </button>
      )}
    </section>
  );
}
