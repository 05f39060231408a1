import { cacheExchange, createClient, fetchExchange } from 'urql';

/** The GraphQL client: same origin in production, proxied to the API by Vite in development. */
export const client = createClient({
  url: '/graphql',
  exchanges: [cacheExchange, fetchExchange],
  // urql would send short queries as GET; Apollo Server's CSRF prevention rejects a GET
  // without a preflight-forcing header, so always POST.
  preferGetMethod: false,
});
