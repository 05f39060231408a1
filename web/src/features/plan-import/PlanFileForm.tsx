import { type ChangeEvent, type FormEvent, useId, useState } from 'react';
import { Field } from '../account/Field';
import { SelectField } from '../people/SelectField';
import {
  draftProblems,
  initialCrs,
  initialName,
  type PlanDraft,
  planCrses,
  planKinds,
  planStages,
} from './planDraft';
import { type PlanFile, type PlanFileProblem, readPlanFile } from './planFile';
import { usePlanImportT } from './planImport.i18n';

export type ChosenPlan = { draft: PlanDraft; text: string; file: PlanFile };

type Props = {
  onPreview: (chosen: ChosenPlan) => void;
  /** Another file was chosen: a preview of the last one no longer holds. */
  onFileChanged: () => void;
};

/** Choose a GeoJSON file, check its CRS and name the plan; "Preview" hands it on. */
export function PlanFileForm({ onPreview, onFileChanged }: Props) {
  const t = usePlanImportT();
  const fileId = useId();
  const [chosen, setChosen] = useState<{ text: string; file: PlanFile } | null>(null);
  const [fileProblem, setFileProblem] = useState<PlanFileProblem | null>(null);
  const [draft, setDraft] = useState<PlanDraft | null>(null);
  const [shown, setShown] = useState(false);

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const picked = event.target.files?.[0];
    setChosen(null);
    setDraft(null);
    setShown(false);
    onFileChanged();
    if (!picked) return;
    const text = await picked.text();
    const read = readPlanFile(text);
    if ('problem' in read) return setFileProblem(read.problem);
    setFileProblem(null);
    setChosen({ text, file: read.file });
    setDraft({
      name: initialName(read.file, picked.name),
      kind: 'LOCAL_PLAN',
      stage: 'DRAFT_FOR_CONSULTATION',
      version: '',
      crs: initialCrs(read.file),
    });
  };

  const problems = draft ? draftProblems(draft) : {};
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setShown(true);
    if (chosen && draft && Object.keys(problems).length === 0) onPreview({ ...chosen, draft });
  };
  const set = <K extends keyof PlanDraft>(name: K, value: PlanDraft[K]) =>
    setDraft((current) => current && { ...current, [name]: value });

  return (
    <form className="plan-import-form" onSubmit={submit} noValidate aria-label={t('form.label')}>
      <div className="account-field">
        <label htmlFor={fileId}>{t('form.file')}</label>
        <input
          id={fileId}
          type="file"
          accept=".geojson,.json,application/geo+json,application/json"
          aria-describedby={`${fileId}-hint${fileProblem ? ` ${fileId}-error` : ''}`}
          aria-invalid={fileProblem ? true : undefined}
          onChange={choose}
        />
        <p id={`${fileId}-hint`} className="account-hint">
          {t('form.fileHint')}
        </p>
        {fileProblem && (
          <p id={`${fileId}-error`} className="account-error" role="alert">
            {t(`file.${fileProblem}`)}
          </p>
        )}
      </div>
      {chosen && draft && (
        <>
          <p className="plan-import-meta">
            {t('form.read', { count: chosen.file.featureCount })}{' '}
            {chosen.file.declaredCrs
              ? t('form.crsDeclared', { crs: t(`crs.${chosen.file.declaredCrs}`) })
              : chosen.file.guessedCrs
                ? t('form.crsGuessed', { crs: t(`crs.${chosen.file.guessedCrs}`) })
                : t('form.crsUnknown')}
          </p>
          <SelectField
            label={t('form.crs')}
            value={draft.crs}
            options={planCrses.map((crs) => ({ value: crs, label: t(`crs.${crs}`) }))}
            onChange={(event) => set('crs', event.target.value as PlanDraft['crs'])}
          />
          <Field
            label={t('form.name')}
            hint={t('form.nameHint')}
            value={draft.name}
            maxLength={300}
            onChange={(event) => set('name', event.target.value)}
            error={shown && problems.name ? t(`form.name.${problems.name}`) : null}
          />
          <SelectField
            label={t('form.kind')}
            value={draft.kind}
            options={planKinds.map((kind) => ({ value: kind, label: t(`kind.${kind}`) }))}
            onChange={(event) => set('kind', event.target.value as PlanDraft['kind'])}
          />
          <SelectField
            label={t('form.stage')}
            value={draft.stage}
            options={planStages.map((stage) => ({ value: stage, label: t(`stage.${stage}`) }))}
            onChange={(event) => set('stage', event.target.value as PlanDraft['stage'])}
          />
          <Field
            label={t('form.version')}
            hint={t('form.versionHint')}
            value={draft.version}
            maxLength={50}
            onChange={(event) => set('version', event.target.value)}
            error={shown && problems.version ? t('form.version.long') : null}
          />
          <button type="submit">{t('form.preview')}</button>
        </>
      )}
    </form>
  );
}
