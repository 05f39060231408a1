import { useState } from 'react';
import {
  type BallotChoice,
  type BallotCount,
  chooseDistrict,
  countBallot,
  type Refusal,
  toggleProject,
} from './ballot';
import type { Edition, ProjectSummary } from './budget.queries';

export type BallotState = {
  choice: BallotChoice;
  count: BallotCount;
  /** The last refused addition: which pool, and why. */
  refusal: { poolId: string; reason: Refusal } | null;
  toggle: (project: ProjectSummary) => void;
  chooseDistrict: (poolId: string | null) => void;
};

/** The ballot being filled in, counted against the edition's limits as it changes. */
export function useBallot(edition: Edition, projects: readonly ProjectSummary[]): BallotState {
  const [choice, setChoice] = useState<BallotChoice>({ districtPoolId: null, projectIds: [] });
  const [refusal, setRefusal] = useState<BallotState['refusal']>(null);
  return {
    choice,
    count: countBallot(edition, edition.pools, projects, choice),
    refusal,
    toggle: (project) => {
      const result = toggleProject(edition, edition.pools, projects, choice, project);
      setChoice(result.choice);
      setRefusal(result.refused ? { poolId: project.poolId, reason: result.refused } : null);
    },
    chooseDistrict: (poolId) => {
      setChoice(chooseDistrict(edition.pools, projects, choice, poolId));
      setRefusal(null);
    },
  };
}
