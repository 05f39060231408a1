import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { readFragment } from '../../graphql/graphql';
import { QueryState } from '../../ui/QueryState';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { type Edition, EditionFields, EditionQuery } from '../budget/budget.queries';
import { PaperSheetForm } from './PaperSheetForm';
import { PaperSheetList } from './PaperSheetList';
import { emptySheet, type SheetDraft } from './paperSheet';
import { useTallyT } from './tally.i18n';
import {
  type BallotProject,
  BallotProjectsQuery,
  CorrectPaperBallotMutation,
  EnterPaperBallotMutation,
  type PaperBallot,
} from './tally.queries';
import '../people/people.css';
import './tally.css';

/** /staff/budget/:editionId/paper-ballots — enter, list, correct and remove paper sheets. */
export function PaperBallotsPage() {
  const t = useTallyT();
  useDocumentTitle(t('paper.title'));
  const { editionId = '' } = useParams();
  const [edition] = useQuery({ query: EditionQuery, variables: { id: editionId } });
  const [projects] = useQuery({ query: BallotProjectsQuery, variables: { editionId } });
  const loaded = edition.data?.edition && projects.data;
  return (
    <div className="staff-content tally-page">
      <Link to={`/staff/budget/${editionId}`}>{t('back')}</Link>
      <h1>{t('paper.title')}</h1>
      <p>{t('paper.intro')}</p>
      <QueryState
        fetching={(edition.fetching || projects.fetching) && !loaded}
        error={edition.error ?? projects.error}
      >
        {edition.data?.edition && projects.data && (
          <PaperSheets
            edition={readFragment(EditionFields, edition.data.edition)}
            projects={projects.data.projects.edges.map((e) => e.node)}
          />
        )}
      </QueryState>
    </div>
  );
}

function PaperSheets({ edition, projects }: { edition: Edition; projects: BallotProject[] }) {
  const t = useTallyT();
  const [, enter] = useMutation(EnterPaperBallotMutation);
  const [, correct] = useMutation(CorrectPaperBallotMutation);
  const [editing, setEditing] = useState<PaperBallot | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const titles = new Map(projects.map((p) => [p.id, p.title]));
  const poolNames = new Map(edition.pools.map((p) => [p.id, p.name]));
  const enterSheet = async (draft: SheetDraft) => {
    setDone(null);
    const result = await enter({
      editionId: edition.id,
      districtPoolId: draft.districtPoolId || null,
      projectIds: [...draft.projectIds],
      voterReference: draft.reference,
      voterEmail: draft.voterEmail.trim(),
    });
    if (result.data) setDone(t('paper.form.entered', { reference: draft.reference.trim() }));
    return result;
  };
  const correctSheet = (ballot: PaperBallot) => async (draft: SheetDraft) => {
    setDone(null);
    const result = await correct({
      ballotId: ballot.id,
      districtPoolId: draft.districtPoolId || null,
      projectIds: [...draft.projectIds],
    });
    if (result.data) {
      setEditing(null);
      setDone(t('paper.form.corrected', { reference: ballot.reference }));
    }
    return result;
  };
  return (
    <>
      {editing ? (
        <PaperSheetForm
          key={editing.id}
          edition={edition}
          projects={projects}
          correcting
          initial={{
            ...emptySheet,
            reference: editing.reference,
            districtPoolId: editing.districtPoolId ?? '',
            projectIds: editing.projectIds,
          }}
          onSubmit={correctSheet(editing)}
          onCancel={() => setEditing(null)}
        />
      ) : (
        <PaperSheetForm
          edition={edition}
          projects={projects}
          correcting={false}
          initial={emptySheet}
          onSubmit={enterSheet}
        />
      )}
      <p role="status">{done}</p>
      <PaperSheetList
        editionId={edition.id}
        titleOf={(id) => titles.get(id) ?? id}
        poolOf={(id) => (id ? (poolNames.get(id) ?? id) : t('paper.list.none'))}
        onCorrect={setEditing}
        onRemoved={(reference) => setDone(t('paper.list.removed', { reference }))}
      />
    </>
  );
}
