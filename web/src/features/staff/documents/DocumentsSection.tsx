import { useMutation } from 'urql';
import { useErrorText } from '../../../errors/errors.i18n';
import { useI18n } from '../../../i18n/I18nProvider';
import { formatNumber } from '../../../ui/format';
import {
  RemoveDocumentMutation,
  type StaffConsultation,
} from '../consultations/consultations.queries';
import { useStaffT } from '../staff.i18n';
import { AddDocumentForm } from './AddDocumentForm';

type Document = StaffConsultation['documents'][number];

function DocumentItem({ document, editable }: { document: Document; editable: boolean }) {
  const t = useStaffT();
  const { lang } = useI18n();
  const errorText = useErrorText();
  const [{ fetching, error }, remove] = useMutation(RemoveDocumentMutation);
  return (
    <li>
      <a href={document.url}>{document.title}</a>{' '}
      <span className="staff-muted">
        {t(`doc.kind.${document.kind}`)}
        {document.file &&
          ` · ${t('doc.fileFacts', { name: document.file.name, kb: formatNumber(Math.ceil(document.file.size / 1024), lang) })}`}
      </span>{' '}
      {editable && (
        <button
          type="button"
          disabled={fetching}
          aria-label={t('doc.removeNamed', { title: document.title })}
          onClick={() => remove({ id: document.id })}
        >
          {t('doc.remove')}
        </button>
      )}
      {error && (
        <p role="alert" className="account-error">
          {errorText(error)}
        </p>
      )}
    </li>
  );
}

/** The consultation's documents, files and links, and a way to add and remove them. */
export function DocumentsSection({
  consultation,
  onChanged,
}: {
  consultation: StaffConsultation;
  /** Fetches the consultation again: an added document is not in the answer. */
  onChanged: () => void;
}) {
  const t = useStaffT();
  const editable = consultation.status !== 'REPORTED';
  return (
    <section className="staff-section" aria-labelledby="staff-documents">
      <h2 id="staff-documents">{t('doc.heading')}</h2>
      {consultation.documents.length === 0 ? (
        <p>{t('doc.none')}</p>
      ) : (
        <ul className="staff-items">
          {consultation.documents.map((document) => (
            <DocumentItem key={document.id} document={document} editable={editable} />
          ))}
        </ul>
      )}
      {editable && <AddDocumentForm consultationId={consultation.id} onAdded={onChanged} />}
    </section>
  );
}
