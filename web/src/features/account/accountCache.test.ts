import type { Cache } from '@urql/exchange-graphcache';
import { describe, expect, it } from 'vitest';
import { invalidateEveryQuery } from './accountCache';

describe('invalidateEveryQuery', () => {
  it('invalidates each cached query field with its arguments', () => {
    const calls: unknown[][] = [];
    const cache = {
      inspectFields: () => [
        { fieldKey: 'me', fieldName: 'me', arguments: null },
        {
          fieldKey: 'myBallot({"editionId":"1"})',
          fieldName: 'myBallot',
          arguments: { editionId: '1' },
        },
      ],
      invalidate: (...args: unknown[]) => calls.push(args),
    } as unknown as Cache;
    invalidateEveryQuery(cache);
    expect(calls).toEqual([
      ['Query', 'me', undefined],
      ['Query', 'myBallot', { editionId: '1' }],
    ]);
  });
});
