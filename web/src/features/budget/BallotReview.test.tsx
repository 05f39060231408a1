import { GraphQLError } from 'graphql';
import { renderToStaticMarkup } from 'react-dom/server';
import { MemoryRouter } from 'react-router';
import { CombinedError } from 'urql';
import { describe, expect, it } from 'vitest';
import { I18nProvider } from '../../i18n/I18nProvider';
import { BallotReview } from './BallotReview';
import type { Edition } from './budget.queries';

const edition = {
  id: 'e1',
  title: 'Budżet 2026',
  year: 2026,
  currentPhase: 'VOTING',
  minAge: 16,
  ballotChangeable: false,
  phases: [],
  pools: [],
} as unknown as Edition;

const refusal = (reason: string, params: object) =>
  new CombinedError({
    graphQLErrors: [
      new GraphQLError('projectIds: approves 3 district projects; the limit is 2', {
        extensions: { code: 'BAD_USER_INPUT', reason, params },
      }),
    ],
  });

const render = (error: CombinedError) =>
  renderToStaticMarkup(
    <MemoryRouter>
      <I18nProvider>
        <BallotReview
          edition={edition}
          chosen={[]}
          districtPoolId={null}
          casting={false}
          error={error}
          onBack={() => {}}
          onCast={() => {}}
        />
      </I18nProvider>
    </MemoryRouter>,
  );

describe('BallotReview', () => {
  it('says why the ballot was refused in Polish, from the reason and its params', () => {
    const html = render(refusal('BALLOT_OVER_LIMIT', { limit: 2, approved: 3 }));
    expect(html).toContain('Wybrano więcej projektów, niż pozwala pula: najwyżej 2.');
    expect(html).not.toContain('the limit is');
  });

  it('explains a refusal of the voter as the page would before the attempt', () => {
    const html = render(refusal('BALLOT_VOTER_TOO_YOUNG', { minAge: 16, year: 2026 }));
    expect(html).toContain('W edycji 2026 głosować mogą osoby, które kończą co najmniej 16 lat.');
  });
});
