import { useId, useState } from 'react';
import { useErrorText } from '../../../errors/errors.i18n';
import { useStaffT } from '../staff.i18n';
import { documentExtensions, type UploadedFile, uploadFile } from './upload';

type Props = { onUploaded: (file: UploadedFile | null) => void; error?: string | null };

/** Picks a file and uploads it at once, with its progress and the server's refusal. */
export function FileUpload({ onUploaded, error }: Props) {
  const t = useStaffT();
  const errorText = useErrorText();
  const id = useId();
  const [progress, setProgress] = useState<number | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [uploaded, setUploaded] = useState<UploadedFile | null>(null);
  const choose = async (file: File | undefined) => {
    setRefusal(null);
    setUploaded(null);
    onUploaded(null);
    if (!file) return;
    setProgress(0);
    const result = await uploadFile(file, setProgress);
    setProgress(null);
    if ('error' in result) return setRefusal(errorText(result.error));
    setUploaded(result.file);
    onUploaded(result.file);
  };
  const shown = refusal ?? error;
  return (
    <div className="account-field staff-field">
      <label htmlFor={id}>{t('doc.file')}</label>
      <input
        id={id}
        type="file"
        accept={documentExtensions.map((ext) => `.${ext}`).join(',')}
        aria-invalid={shown ? true : undefined}
        aria-describedby={`${id}-hint${shown ? ` ${id}-error` : ''}`}
        onChange={(e) => choose(e.target.files?.[0])}
      />
      <p id={`${id}-hint`} className="account-hint">
        {t('doc.fileHint', { types: documentExtensions.join(', ') })}
      </p>
      {progress !== null && (
        <progress max={1} value={progress} aria-label={t('doc.uploading')}>
          {Math.round(progress * 100)}%
        </progress>
      )}
      <p role="status" className="account-hint">
        {uploaded ? t('doc.uploaded', { name: uploaded.name }) : ''}
      </p>
      {shown && (
        <p id={`${id}-error`} className="account-error" role="alert">
          {shown}
        </p>
      )}
    </div>
  );
}
