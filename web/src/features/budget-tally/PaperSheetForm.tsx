import { type FormEvent, useId, useState } from 'react';
import type { CombinedError } from 'urql';
import { useErrorText } from '../../errors/errors.i18n';
import { Field } from '../account/Field';
import { FormError } from '../account/FormError';
import type { Edition } from '../budget/budget.queries';
import { refusedField } from '../people/refusalField';
import { SelectField } from '../people/SelectField';
import { projectsOnSheet, type SheetDraft, toggled, withDistrict } from './paperSheet';
import { useTallyT } from './tally.i18n';
import type { BallotProject } from './tally.queries';

const fields = ['voterReference', 'voterEmail', 'districtPoolId', 'projectIds'] as const;
type FieldName = (typeof fields)[number];
type Problem = { field: FieldName | null; text: string };

type Props = {
  edition: Edition;
  projects: readonly BallotProject[];
  initial: SheetDraft;
  /** A correction keeps its sheet number and voter: only the pool and approvals change. */
  correcting: boolean;
  onSubmit: (draft: SheetDraft) => Promise<{ error?: CombinedError }>;
  onCancel?: () => void;
};

/** A paper sheet: number, voter, district pool and approvals, refused at the field concerned. */
export function PaperSheetForm({
  edition,
  projects,
  initial,
  correcting,
  onSubmit,
  onCancel,
}: Props) {
  const t = useTallyT();
  const errorText = useErrorText();
  const [draft, setDraft] = useState(initial);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!correcting && draft.reference.trim() === '') {
      return setProblem({ field: 'voterReference', text: t('paper.form.missingReference') });
    }
    if (!correcting && draft.voterEmail.trim() === '') {
      return setProblem({ field: 'voterEmail', text: t('paper.form.missingEmail') });
    }
    setBusy(true);
    const { error } = await onSubmit(draft);
    setBusy(false);
    if (error) {
      const field = refusedField(error, fields) ?? refusedProjectField(error);
      return setProblem({ field: field as FieldName | null, text: errorText(error) });
    }
    setProblem(null);
    if (!correcting) setDraft({ ...initial, districtPoolId: draft.districtPoolId });
  };
  const errorAt = (field: FieldName) => (problem?.field === field ? problem.text : null);
  const districts = edition.pools.filter((p) => p.kind === 'AREA');
  const onSheet = projectsOnSheet(projects, edition.pools, draft.districtPoolId);
  const heading = correcting
    ? t('paper.form.correctHeading', { reference: draft.reference })
    : t('paper.form.heading');
  return (
    <form className="people-form tally-sheet" onSubmit={submit} noValidate aria-label={heading}>
      <h2>{heading}</h2>
      {!correcting && (
        <>
          <Field
            label={t('paper.form.reference')}
            hint={t('paper.form.referenceHint')}
            value={draft.reference}
            maxLength={100}
            required
            onChange={(e) => setDraft({ ...draft, reference: e.target.value })}
            error={errorAt('voterReference')}
          />
          <Field
            label={t('paper.form.voterEmail')}
            hint={t('paper.form.voterEmailHint')}
            type="email"
            autoComplete="off"
            value={draft.voterEmail}
            required
            onChange={(e) => setDraft({ ...draft, voterEmail: e.target.value })}
            error={errorAt('voterEmail')}
          />
        </>
      )}
      <SelectField
        label={t('paper.form.district')}
        value={draft.districtPoolId}
        options={[
          { value: '', label: t('paper.form.noDistrict') },
          ...districts.map((p) => ({ value: p.id, label: p.name })),
        ]}
        onChange={(e) => setDraft(withDistrict(draft, e.target.value, projects, edition.pools))}
        error={errorAt('districtPoolId')}
      />
      {draft.districtPoolId !== '' && (
        <ProjectChoice
          legend={t('paper.form.districtProjects', { limit: edition.areaMaxApprovals })}
          projects={onSheet.district}
          draft={draft}
          onToggle={(id) => setDraft(toggled(draft, id))}
        />
      )}
      <ProjectChoice
        legend={t('paper.form.citywideProjects', { limit: edition.citywideMaxApprovals })}
        projects={onSheet.citywide}
        draft={draft}
        onToggle={(id) => setDraft(toggled(draft, id))}
      />
      <FormError
        message={
          problem && (problem.field === null || problem.field === 'projectIds')
            ? problem.text
            : null
        }
      />
      <div className="tally-actions">
        <button type="submit" disabled={busy}>
          {t(correcting ? 'paper.form.save' : 'paper.form.submit')}
        </button>
        {onCancel && (
          <button type="button" onClick={onCancel}>
            {t('paper.form.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}

/** `projectIds[2]` and the like: a refusal of one approval, shown with the approvals. */
function refusedProjectField(error: CombinedError): FieldName | null {
  const field = error.graphQLErrors[0]?.extensions?.field;
  return typeof field === 'string' && field.startsWith('projectIds') ? 'projectIds' : null;
}

type ChoiceProps = {
  legend: string;
  projects: readonly BallotProject[];
  draft: SheetDraft;
  onToggle: (projectId: string) => void;
};

function ProjectChoice({ legend, projects, draft, onToggle }: ChoiceProps) {
  const t = useTallyT();
  const id = useId();
  return (
    <fieldset className="tally-choice">
      <legend>{legend}</legend>
      {projects.length === 0 && <p>{t('paper.form.noProjects')}</p>}
      {projects.map((p) => (
        <div key={p.id} className="tally-check">
          <input
            id={`${id}-${p.id}`}
            type="checkbox"
            checked={draft.projectIds.includes(p.id)}
            onChange={() => onToggle(p.id)}
          />
          <label htmlFor={`${id}-${p.id}`}>{p.title}</label>
        </div>
      ))}
    </fieldset>
  );
}
