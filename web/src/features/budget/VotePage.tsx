import { useEffect, useMemo, useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { useSession } from '../../session/useSession';
import { QueryState } from '../../ui/QueryState';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { BallotForm } from './BallotForm';
import { BallotReview } from './BallotReview';
import { useBudgetT } from './budget.i18n';
import {
  CastBallotMutation,
  type Edition,
  MyBallotQuery,
  type ProjectSummary,
} from './budget.queries';
import { RuleList } from './EditionInfo';
import { voteBlocker } from './eligibility';
import { MyBallot } from './MyBallot';
import { ProjectMap } from './ProjectMap';
import { useBallot } from './useBallot';
import { useEdition } from './useEdition';
import { useProjectSelection } from './useProjectSelection';
import { useProjects } from './useProjects';
import { VoteBlocked } from './VoteBlocked';
import { type VoteStep, VoteSteps } from './VoteSteps';
import './budget.css';
import './budget-pages.css';

/** `/budget/:editionId/vote`: the ballot, or why the person cannot vote. */
export function VotePage() {
  const t = useBudgetT();
  const { editionId = '' } = useParams();
  const { edition, fetching, error, retry } = useEdition(editionId);
  const heading = edition ? t('vote.heading', { title: edition.title }) : t('action.vote');
  useDocumentTitle(heading);
  return (
    <div className="page budget-vote-page">
      <h1>{heading}</h1>
      {edition && (
        <details className="budget-edition-info">
          <summary>{t('rules.heading')}</summary>
          <RuleList edition={edition} />
        </details>
      )}
      {edition ? (
        <Voting edition={edition} />
      ) : (
        <QueryState fetching={fetching} error={error} onRetry={retry}>
          {null}
        </QueryState>
      )}
    </div>
  );
}

function Voting({ edition }: { edition: Edition }) {
  const t = useBudgetT();
  const session = useSession();
  const [mine] = useQuery({
    query: MyBallotQuery,
    variables: { editionId: edition.id },
    pause: !session.user,
  });
  const onBallot = useProjects({ editionId: edition.id, status: ['ACCEPTED'] }, edition.id);
  const projects = onBallot.projects;
  const ballot = useBallot(edition, projects);
  const [step, setStep] = useState<VoteStep>('choose');
  const [cast, castBallot] = useMutation(CastBallotMutation);
  const stepHeading = useRef<HTMLHeadingElement>(null);
  const firstStep = useRef(true);

  // A new step is announced and the keyboard starts there (the address does not change, so
  // the layout does not move focus). The confirmation focuses its own heading.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on each change of step
  useEffect(() => {
    if (firstStep.current) {
      firstStep.current = false;
      return;
    }
    stepHeading.current?.focus();
  }, [step]);

  const loading =
    session.loading || (session.user !== null && mine.data === undefined && !mine.error);
  if (loading || onBallot.error || !onBallot.loaded) {
    return (
      <QueryState fetching error={onBallot.error ?? mine.error} onRetry={onBallot.retry}>
        {null}
      </QueryState>
    );
  }

  const existing = cast.data?.castBallot ?? mine.data?.myBallot ?? null;
  if (step === 'done' && existing) {
    return (
      <>
        <VoteSteps step="done" />
        <MyBallot
          ballot={existing}
          edition={edition}
          projects={projects}
          heading={t('vote.done.heading')}
          focus
        />
        <p>
          <Link to={`/budget/${edition.id}`}>{t('project.back')}</Link>
        </p>
      </>
    );
  }

  const blocker = voteBlocker(session.user, edition, existing !== null);
  if (blocker) {
    return (
      <>
        <VoteBlocked blocker={blocker} edition={edition} />
        {existing && (
          <MyBallot
            ballot={existing}
            edition={edition}
            projects={projects}
            heading={t('vote.mine.heading')}
          />
        )}
      </>
    );
  }

  const chosen = projects.filter((project) => ballot.choice.projectIds.includes(project.id));
  return (
    <>
      {existing && (
        <MyBallot
          ballot={existing}
          edition={edition}
          projects={projects}
          heading={t('vote.mine.heading')}
        />
      )}
      <VoteSteps step={step} />
      <h2 ref={stepHeading} tabIndex={-1}>
        {t(step === 'choose' ? 'vote.step.choose' : 'vote.review.heading')}
      </h2>
      {step === 'choose' ? (
        <>
          <BallotForm
            edition={edition}
            projects={projects}
            ballot={ballot}
            onReview={() => setStep('review')}
          />
          <BallotMap
            edition={edition}
            projects={projects}
            districtPoolId={ballot.choice.districtPoolId}
          />
        </>
      ) : (
        <BallotReview
          edition={edition}
          chosen={chosen}
          districtPoolId={ballot.choice.districtPoolId}
          casting={cast.fetching}
          error={cast.error}
          onBack={() => setStep('choose')}
          onCast={async () => {
            const result = await castBallot({
              editionId: edition.id,
              districtPoolId: ballot.choice.districtPoolId,
              projectIds: [...ballot.choice.projectIds],
            });
            if (result.data) setStep('done');
          }}
        />
      )}
    </>
  );
}

/** The projects one can choose now (the chosen district's and the city's), on the map. */
function BallotMap({
  edition,
  projects,
  districtPoolId,
}: {
  edition: Edition;
  projects: readonly ProjectSummary[];
  districtPoolId: string | null;
}) {
  const t = useBudgetT();
  const poolKinds = useMemo(() => new Map(edition.pools.map((p) => [p.id, p.kind])), [edition]);
  const shown = useMemo(
    () =>
      projects.filter((p) => p.poolId === districtPoolId || poolKinds.get(p.poolId) === 'CITYWIDE'),
    [projects, districtPoolId, poolKinds],
  );
  const { layers } = useProjectSelection(shown, poolKinds);
  if (!shown.some((project) => project.locations.length > 0)) return null;
  return (
    <section aria-labelledby="ballot-map">
      <h3 id="ballot-map">{t('vote.map.heading')}</h3>
      <div className="budget-small-map budget-results-map">
        <ProjectMap label={t('vote.map.label', { title: edition.title })} {...layers} />
      </div>
    </section>
  );
}
