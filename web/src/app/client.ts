import { cacheExchange } from '@urql/exchange-graphcache';
import { createClient as createWsClient } from 'graphql-ws';
import { createClient, fetchExchange, subscriptionExchange } from 'urql';
import { cacheOptions } from './cache';

function socketUrl(): string {
  const { protocol, host } = window.location;
  return `${protocol === 'https:' ? 'wss' : 'ws'}://${host}/graphql`;
}

/** Subscriptions share the page's session cookie; the socket opens on the first one. */
const sockets = createWsClient({ url: socketUrl, lazy: true, retryAttempts: 5 });

/** The GraphQL client: same origin in production, proxied to the API by Vite in development. */
export const client = createClient({
  url: '/graphql',
  exchanges: [
    cacheExchange(cacheOptions),
    fetchExchange,
    subscriptionExchange({
      forwardSubscription: (request) => ({
        subscribe: (sink) => ({
          unsubscribe: sockets.subscribe({ ...request, query: request.query ?? '' }, sink),
        }),
      }),
    }),
  ],
  // urql would send short queries as GET; Apollo Server's CSRF prevention rejects a GET
  // without a preflight-forcing header, so always POST.
  preferGetMethod: false,
});
