import { renderToStaticMarkup } from 'react-dom/server';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { I18nProvider } from '../../i18n/I18nProvider';
import type { Edition } from './budget.queries';
import type { VoteBlocker } from './eligibility';
import { VoteBlocked } from './VoteBlocked';

const edition: Edition = {
  id: 'e1',
  title: 'Budżet 2026',
  year: 2026,
  currentPhase: 'RESULTS',
  rule: 'GREEDY',
  completion: null,
  minAge: 16,
  ballotChangeable: false,
  areaMaxApprovals: 15,
  citywideMaxApprovals: 10,
  areaMinVotes: 100,
  citywideMinVotes: 50,
  phases: [{ phase: 'VOTING', startsAt: '2026-06-01T08:00:00Z', endsAt: '2026-06-30T10:00:00Z' }],
  pools: [],
};

const render = (blocker: VoteBlocker, shown: Edition = edition) =>
  renderToStaticMarkup(
    <MemoryRouter>
      <I18nProvider>
        <VoteBlocked blocker={blocker} edition={shown} />
      </I18nProvider>
    </MemoryRouter>,
  );

describe('VoteBlocked', () => {
  it('sends a visitor to sign in and back to the ballot', () => {
    expect(render('signedOut')).toContain('href="/sign-in?next=%2Fbudget%2Fe1%2Fvote"');
  });

  it('tells an unverified resident where to get verified', () => {
    const html = render('notVerified');
    expect(html).toContain('nie jest zweryfikowane');
    expect(html).toContain('urzędzie dzielnicy');
  });

  it('gives the voting dates outside the voting phase, or says there is none', () => {
    expect(render('notVoting')).toMatch(/Głosowanie trwa od 1 cze 2026.* do 30 cze 2026/);
    expect(render('notVoting', { ...edition, phases: [] })).toContain(
      'Ta edycja nie ma etapu głosowania.',
    );
  });

  it('names the age limit and the edition’s year', () => {
    expect(render('tooYoung')).toContain(
      'W edycji 2026 głosować mogą osoby, które kończą co najmniej 16 lat.',
    );
  });
});
