import { usePlanImportT } from './planImport.i18n';

export type BadFeature = { index: number; reason: string };

/** Every faulty feature of the file by its index (as in the file, from 0), with why. */
export function BadFeatures({ faults, total }: { faults: readonly BadFeature[]; total: number }) {
  const t = usePlanImportT();
  if (faults.length === 0) return null;
  const count = new Set(faults.map((fault) => fault.index)).size;
  return (
    <section className="plan-import-faults" aria-labelledby="plan-import-faults-heading">
      <h3 id="plan-import-faults-heading">{t('faults.heading', { count, total })}</h3>
      <p>{t('faults.nothingWritten')}</p>
      <ol className="plan-import-fault-list">
        {faults.map((fault) => (
          <li key={`${fault.index}-${fault.reason}`}>
            <strong>{t('faults.feature', { index: fault.index })}</strong> {fault.reason}
          </li>
        ))}
      </ol>
    </section>
  );
}
