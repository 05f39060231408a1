import { useId, useState } from 'react';
import { useErrorText } from '../../errors/errors.i18n';
import { useI18n } from '../../i18n/I18nProvider';
import { type UploadedFile, uploadFile } from '../staff/documents/upload';
import { fileSizeText, type ProjectFileKind, projectFileExtensions } from './projectFiles';
import { useProposalT } from './proposals.i18n';

export const maxFilesOfKind = 10;

type Props = {
  kind: ProjectFileKind;
  files: UploadedFile[];
  onChange: (files: UploadedFile[]) => void;
  disabled: boolean;
  invalid: boolean;
  errorId: string;
};

/**
 * Picks a proposal's images or attachments and uploads each at once, with its progress and the
 * server's refusal; the chosen ones are listed, each removable until the draft is saved.
 */
export function ProposalFiles({ kind, files, onChange, disabled, invalid, errorId }: Props) {
  const t = useProposalT();
  const { lang } = useI18n();
  const errorText = useErrorText();
  const id = useId();
  const [progress, setProgress] = useState<{ name: string; share: number } | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const extensions = projectFileExtensions[kind];
  const choose = async (chosen: FileList | null) => {
    setRefusal(null);
    const picked = Array.from(chosen ?? []);
    if (files.length + picked.length > maxFilesOfKind) {
      return setRefusal(t('files.tooMany', { max: maxFilesOfKind }));
    }
    const added: UploadedFile[] = [];
    for (const file of picked) {
      setProgress({ name: file.name, share: 0 });
      const result = await uploadFile(file, (share) => setProgress({ name: file.name, share }));
      if ('error' in result) {
        setRefusal(`${file.name}: ${errorText(result.error)}`);
        break;
      }
      added.push(result.file);
    }
    setProgress(null);
    if (added.length > 0) onChange([...files, ...added]);
  };
  const describedBy = [`${id}-hint`, refusal && `${id}-error`, invalid && errorId];
  return (
    <fieldset className="proposal-files" disabled={disabled}>
      <legend>{t(`files.${kind}`)}</legend>
      <label htmlFor={id}>{t(`files.add.${kind}`)}</label>
      <input
        id={id}
        type="file"
        multiple
        accept={extensions.map((ext) => `.${ext}`).join(',')}
        aria-invalid={refusal || invalid ? true : undefined}
        aria-describedby={describedBy.filter(Boolean).join(' ')}
        onChange={(event) => {
          void choose(event.target.files);
          event.target.value = '';
        }}
      />
      <p id={`${id}-hint`} className="hint">
        {t('files.hint', { types: extensions.join(', '), max: maxFilesOfKind })}
      </p>
      <p role="status" className="hint">
        {progress ? t('files.uploading', { name: progress.name }) : ''}
      </p>
      {progress && (
        <progress max={1} value={progress.share} aria-label={t('files.progress')}>
          {Math.round(progress.share * 100)}%
        </progress>
      )}
      {refusal && (
        <p id={`${id}-error`} className="form-error" role="alert">
          {refusal}
        </p>
      )}
      {files.length > 0 && (
        <ul className="proposal-file-list">
          {files.map((file) => (
            <li key={file.id}>
              {kind === 'IMAGE' && <img src={file.url} alt="" />}
              <span>
                {file.name} ({fileSizeText(file.size, lang)})
              </span>
              <button
                type="button"
                onClick={() => onChange(files.filter((other) => other.id !== file.id))}
              >
                {t('files.remove', { name: file.name })}
              </button>
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}
