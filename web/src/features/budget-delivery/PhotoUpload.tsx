import { useId, useState } from 'react';
import { useErrorText } from '../../errors/errors.i18n';
import { type UploadedFile, uploadFile } from '../staff/documents/upload';
import { useDeliveryT } from './delivery.i18n';

const photoExtensions = ['png', 'jpg', 'jpeg', 'webp'];

type Props = { photos: UploadedFile[]; onChange: (photos: UploadedFile[]) => void };

/** Picks photos and uploads each at once; the chosen ones are listed, each removable. */
export function PhotoUpload({ photos, onChange }: Props) {
  const t = useDeliveryT();
  const errorText = useErrorText();
  const id = useId();
  const [uploading, setUploading] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  const choose = async (files: FileList | null) => {
    setRefusal(null);
    if (!files || files.length === 0) return;
    setUploading(true);
    const added: UploadedFile[] = [];
    for (const file of Array.from(files)) {
      const result = await uploadFile(file, () => {});
      if ('error' in result) {
        setRefusal(`${file.name}: ${errorText(result.error)}`);
        break;
      }
      added.push(result.file);
    }
    setUploading(false);
    onChange([...photos, ...added]);
  };
  return (
    <fieldset className="delivery-photos">
      <legend>{t('form.photos')}</legend>
      <label htmlFor={id}>{t('form.addPhotos')}</label>
      <input
        id={id}
        type="file"
        multiple
        accept={photoExtensions.map((ext) => `.${ext}`).join(',')}
        aria-describedby={`${id}-hint${refusal ? ` ${id}-error` : ''}`}
        aria-invalid={refusal ? true : undefined}
        onChange={(e) => choose(e.target.files)}
      />
      <p id={`${id}-hint`} className="account-hint">
        {t('form.photosHint', { types: photoExtensions.join(', ') })}
      </p>
      <p role="status" className="account-hint">
        {uploading ? t('form.uploading') : t('form.photoCount', { count: photos.length })}
      </p>
      {refusal && (
        <p id={`${id}-error`} className="account-error" role="alert">
          {refusal}
        </p>
      )}
      {photos.length > 0 && (
        <ul className="delivery-photo-list">
          {photos.map((photo) => (
            <li key={photo.id}>
              <img src={photo.url} alt="" />
              <span>{photo.name}</span>
              <button
                type="button"
                onClick={() => onChange(photos.filter((p) => p.id !== photo.id))}
              >
                {t('form.removePhoto', { name: photo.name })}
              </button>
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}
