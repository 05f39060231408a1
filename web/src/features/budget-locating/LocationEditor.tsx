import { useState } from 'react';
import { useMutation } from 'urql';
import { useErrorText } from '../../errors/errors.i18n';
import { CoordinatesInput } from '../consultation/CoordinatesInput';
import { type CommentGeometry, type Shape, shapes } from '../consultation/locationInput';
import { useLocatingT } from './locating.i18n';
import { type LocatingProject, SetLocationsMutation } from './locating.queries';

export type Draft = { key: number; geometry: CommentGeometry; illustrative: boolean };

type Props = {
  project: LocatingProject;
  drafts: readonly Draft[];
  onDrafts: (drafts: Draft[]) => void;
  drawShape: Shape | null;
  onDrawShape: (shape: Shape | null) => void;
  onSaved: () => void;
};

/**
 * The places of the project being located: drawn on the map or typed as coordinates, each
 * removable and markable as only roughly where it is; saved together (they replace the old).
 */
export function LocationEditor(props: Props) {
  const { project, drafts, onDrafts, drawShape, onDrawShape, onSaved } = props;
  const t = useLocatingT();
  const errorText = useErrorText();
  const [saved, setSaved] = useState(false);
  const [result, save] = useMutation(SetLocationsMutation);
  const change = (next: Draft[]) => {
    setSaved(false);
    onDrafts(next);
  };
  const submit = async () => {
    const locations = drafts.map((d) => ({ geometry: d.geometry, illustrative: d.illustrative }));
    const { error } = await save({ projectId: project.id, locations });
    setSaved(!error);
    if (!error) onSaved();
  };
  return (
    <section className="locating-editor" aria-labelledby="locating-editor-heading">
      <h2 id="locating-editor-heading">{t('editor.heading', { title: project.title })}</h2>
      <div className="choice-row">
        {shapes.map((shape) => (
          <button
            key={shape}
            type="button"
            aria-pressed={drawShape === shape}
            onClick={() => onDrawShape(drawShape === shape ? null : shape)}
          >
            {t(`shape.${shape}`)}
          </button>
        ))}
      </div>
      <p className="hint">{drawShape ? t(`drawHint.${drawShape}`) : t('editor.hint')}</p>
      <details>
        <summary>{t('editor.coordinates')}</summary>
        <CoordinatesInput
          onDraft={(geometry) =>
            geometry && change([...drafts, { key: Date.now(), geometry, illustrative: false }])
          }
        />
      </details>
      {drafts.length === 0 ? (
        <p>{t('editor.none')}</p>
      ) : (
        <ol className="locating-drafts">
          {drafts.map((draft, i) => (
            <li key={draft.key}>
              <span>{t(`shape.${draft.geometry.type}`)}</span>
              <label>
                <input
                  type="checkbox"
                  checked={draft.illustrative}
                  onChange={(e) =>
                    change(
                      drafts.map((d) =>
                        d.key === draft.key ? { ...d, illustrative: e.target.checked } : d,
                      ),
                    )
                  }
                />
                {t('editor.illustrative')}
              </label>
              <button
                type="button"
                onClick={() => change(drafts.filter((d) => d.key !== draft.key))}
              >
                {t('editor.remove', { n: i + 1 })}
              </button>
            </li>
          ))}
        </ol>
      )}
      <button type="button" className="primary" onClick={submit} disabled={result.fetching}>
        {t('editor.save')}
      </button>
      <p role="status">{saved ? t('editor.saved') : ''}</p>
      {result.error && <p role="alert">{errorText(result.error)}</p>}
    </section>
  );
}

/** The drafts a project's saved locations start from. */
export const draftsOf = (project: LocatingProject): Draft[] =>
  project.locations.map((l, i) => ({
    key: i,
    geometry: l.geometry as CommentGeometry,
    illustrative: l.illustrative,
  }));
