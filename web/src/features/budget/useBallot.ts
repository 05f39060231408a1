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

const storageKey = (editionId: string) => `plac.ballot.${editionId}`;

/** The choice kept for this tab, so that reading a project's page loses nothing. */
function storedChoice(editionId: string): BallotChoice {
  try {
    const value = JSON.parse(sessionStorage.getItem(storageKey(editionId)) ?? 'null');
    const pool = value?.districtPoolId;
    if (Array.isArray(value?.projectIds) && (pool === null || typeof pool === 'string')) {
      return { districtPoolId: pool, projectIds: value.projectIds.map(String) };
    }
  } catch {
    // Unreadable: start afresh.
  }
  return { districtPoolId: null, projectIds: [] };
}

/**
 * The ballot being filled in, counted against the edition's limits as it changes, and kept
 * in the tab's session storage until it is cast.
 */
export function useBallot(edition: Edition, projects: readonly ProjectSummary[]): BallotState {
  const [choice, setChosen] = useState<BallotChoice>(() => storedChoice(edition.id));
  const setChoice = (next: BallotChoice) => {
    setChosen(next);
    sessionStorage.setItem(storageKey(edition.id), JSON.stringify(next));
  };
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
