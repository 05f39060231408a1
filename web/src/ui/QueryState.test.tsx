import { GraphQLError } from 'graphql';
import { renderToStaticMarkup } from 'react-dom/server';
import { CombinedError } from 'urql';
import { describe, expect, it } from 'vitest';
import { I18nProvider } from '../i18n/I18nProvider';
import { QueryState } from './QueryState';

const render = (error: CombinedError) =>
  renderToStaticMarkup(
    <I18nProvider>
      <QueryState fetching={false} error={error}>
        {null}
      </QueryState>
    </I18nProvider>,
  );

describe('QueryState', () => {
  it('says why loading failed in the user’s language, not in the API’s English', () => {
    const error = new CombinedError({
      graphQLErrors: [
        new GraphQLError('The operation has 126082 cost units; at most 50000 are allowed.', {
          extensions: {
            code: 'BAD_USER_INPUT',
            reason: 'QUERY_TOO_COSTLY',
            params: { max: 50000 },
          },
        }),
      ],
    });
    const html = render(error);
    expect(html).toContain('Nie udało się wczytać danych.');
    expect(html).toContain('To zapytanie jest zbyt kosztowne (limit: 50');
    expect(html).not.toContain('cost units');
  });
});
