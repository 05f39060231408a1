import { type FormEvent, useState } from 'react';
import { useMutation } from 'urql';
import { useErrorText } from '../../errors/errors.i18n';
import { FormError } from '../account/FormError';
import { FileUpload } from '../staff/documents/FileUpload';
import type { UploadedFile } from '../staff/documents/upload';
import { TextAreaField } from '../staff/forms/fields';
import { useMyProjectsT } from './myProjects.i18n';
import { AppealProjectMutation } from './myProjects.queries';

type Props = { projectId: string; onSent: () => void };

/** The author's one appeal of a negative evaluation: a text and any files uploaded with it. */
export function AppealForm({ projectId, onSent }: Props) {
  const t = useMyProjectsT();
  const errorText = useErrorText();
  const [text, setText] = useState('');
  const [files, setFiles] = useState<UploadedFile[]>([]);
  const [missing, setMissing] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [{ fetching }, appeal] = useMutation(AppealProjectMutation);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!text.trim()) return setMissing(true);
    setMissing(false);
    const input = { text: text.trim(), fileIds: files.map((f) => f.id) };
    const result = await appeal({ projectId, input });
    setRefusal(result.error ? errorText(result.error) : null);
    if (!result.error) onSent();
  };
  return (
    <form
      className="my-projects-appeal"
      onSubmit={submit}
      noValidate
      aria-label={t('appeal.heading')}
    >
      <h3>{t('appeal.heading')}</h3>
      <p className="account-hint">{t('appeal.hint')}</p>
      <TextAreaField
        label={t('appeal.text')}
        value={text}
        maxLength={5000}
        rows={4}
        onChange={(event) => setText(event.target.value)}
        error={missing ? t('appeal.textRequired') : null}
      />
      <FileUpload key={files.length} onUploaded={(file) => file && setFiles([...files, file])} />
      {files.length > 0 && (
        <p>{t('appeal.files', { names: files.map((f) => f.name).join(', ') })}</p>
      )}
      <FormError message={refusal} />
      <button type="submit" disabled={fetching}>
        {t('appeal.submit')}
      </button>
    </form>
  );
}
