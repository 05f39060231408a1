import { expect, test } from 'vitest';
import { useTestServer } from '../../../../test/server.js';
import { currentOf } from './edition.service.js';
import { insertEdition, replacePhases } from './edition.sql.js';

const { db, gql } = useTestServer();
const DAY_MS = 86_400_000;

const edition = (id: string, currentPhase: 'VOTING' | 'SUBMISSION' | null) => ({
  id,
  currentPhase,
});

test('the current edition: voting now, else the newest under way, else the newest', () => {
  const voting = [edition('2028', null), edition('2027', 'SUBMISSION'), edition('2026', 'VOTING')];
  expect(currentOf(voting)?.id).toBe('2026');
  expect(currentOf([edition('2028', null), edition('2027', 'SUBMISSION')])?.id).toBe('2027');
  expect(currentOf([edition('2028', null), edition('2021', null)])?.id).toBe('2028');
  expect(currentOf([])).toBeNull();
});

test('currentBudgetEdition prefers the edition voting now to a newer one in SUBMISSION', async () => {
  // Years past any other test's, so that this edition is the newest voting one of the run.
  const add = async (year: number, phase: 'VOTING' | 'SUBMISSION') => {
    const id = await insertEdition(db.pool, {
      year,
      title: `Current ${year}`,
      rule: 'GREEDY',
      completion: null,
      areaMaxApprovals: 1,
      citywideMaxApprovals: 1,
      areaMinVotes: 0,
      citywideMinVotes: 0,
      minAge: 0,
      ballotChangeable: false,
    });
    const now = Date.now();
    await replacePhases(db.pool, id, [
      { phase, startsAt: new Date(now - DAY_MS), endsAt: new Date(now + DAY_MS) },
    ]);
    return id;
  };
  const voting = await add(2199, 'VOTING');
  const submission = await add(2200, 'SUBMISSION');
  try {
    const { data } = await gql<{ currentBudgetEdition: { id: string; currentPhase: string } }>(
      '{ currentBudgetEdition { id currentPhase } }',
    );
    expect(data?.currentBudgetEdition).toEqual({ id: voting, currentPhase: 'VOTING' });
  } finally {
    await db.pool.query('DELETE FROM budget_edition WHERE id = ANY($1)', [[voting, submission]]);
  }
});
