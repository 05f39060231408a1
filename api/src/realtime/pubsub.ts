import { EventEmitter, on } from 'node:events';
import type { PubSub } from 'type-graphql';

/**
 * In-process publish/subscribe for GraphQL subscriptions. One process serves every socket;
 * several processes behind a balancer would need a shared broker (Redis) instead.
 */
export function createPubSub(): PubSub {
  const emitter = new EventEmitter();
  emitter.setMaxListeners(0);
  return {
    publish(topic, payload) {
      emitter.emit(topic, payload);
    },
    async *subscribe(topic) {
      for await (const [payload] of on(emitter, topic)) yield payload;
    },
  };
}
