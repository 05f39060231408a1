import { type FormEvent, useState } from 'react';
import { Link } from 'react-router';
import { useClient, useMutation } from 'urql';
import { useErrorText } from '../../errors/errors.i18n';
import { FormError } from '../account/FormError';
import { useBudgetSetupT } from './budgetSetup.i18n';
import {
  ImportPabulibMutation,
  type PabulibPreview,
  PabulibPreviewQuery,
} from './budgetSetup.queries';
import { ImportPreview } from './ImportPreview';

type Props = { units: readonly { slug: string; name: string }[]; onImported: () => void };

/** A `.pb` file: its preview (every problem, by the import's own check), then the import. */
export function PabulibImport({ units, onImported }: Props) {
  const t = useBudgetSetupT();
  const errorText = useErrorText();
  const client = useClient();
  const [file, setFile] = useState<{ text: string; unitSlug: string | null } | null>(null);
  const [unitSlug, setUnitSlug] = useState('');
  const [preview, setPreview] = useState<PabulibPreview | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [imported, setImported] = useState<string | null>(null);
  const [{ fetching }, importFile] = useMutation(ImportPabulibMutation);
  const previewFile = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setImported(null);
    const input = event.currentTarget.elements.namedItem('pb') as HTMLInputElement;
    const chosen = input.files?.[0];
    if (!chosen) return setProblem(t('import.fileMissing'));
    const next = { text: await chosen.text(), unitSlug: unitSlug || null };
    const result = await client
      .query(
        PabulibPreviewQuery,
        { file: next.text, unitSlug: next.unitSlug },
        { requestPolicy: 'network-only' },
      )
      .toPromise();
    if (result.error) return setProblem(errorText(result.error));
    setProblem(null);
    setFile(next);
    setPreview(result.data?.pabulibImportPreview ?? null);
  };
  const confirm = async () => {
    if (!file) return;
    const result = await importFile({ file: file.text, unitSlug: file.unitSlug });
    if (result.error) return setProblem(errorText(result.error));
    setPreview(null);
    setFile(null);
    setImported(result.data?.importPabulibEdition.id ?? null);
    onImported();
  };
  return (
    <section className="people-form" aria-labelledby="pabulib-heading">
      <h2 id="pabulib-heading">{t('import.heading')}</h2>
      <p className="people-meta">{t('import.intro')}</p>
      <form onSubmit={previewFile} noValidate aria-label={t('import.heading')}>
        <div className="account-field">
          <label htmlFor="pabulib-file">{t('import.file')}</label>
          <input id="pabulib-file" name="pb" type="file" accept=".pb,text/plain" />
        </div>
        <div className="account-field">
          <label htmlFor="pabulib-unit">{t('import.unit')}</label>
          <select id="pabulib-unit" value={unitSlug} onChange={(e) => setUnitSlug(e.target.value)}>
            <option value="">{t('import.noUnit')}</option>
            {units.map((unit) => (
              <option key={unit.slug} value={unit.slug}>
                {unit.name}
              </option>
            ))}
          </select>
        </div>
        <button type="submit">{t('import.preview')}</button>
      </form>
      <FormError message={problem} />
      {preview && <ImportPreview preview={preview} />}
      {preview?.importable && (
        <button type="button" onClick={confirm} disabled={fetching}>
          {t('import.confirm')}
        </button>
      )}
      <p role="status">
        {imported && (
          <>
            {t('import.done')} <Link to={`/staff/budget/${imported}`}>{t('import.open')}</Link>
          </>
        )}
      </p>
    </section>
  );
}
