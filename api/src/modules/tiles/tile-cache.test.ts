import { describe, expect, test } from 'vitest';
import { TileCache } from './tile-cache.js';

const tileOf = (bytes: number) => new Uint8Array(bytes);

/** A build that counts its runs, each answering once `release` is called. */
function slowBuild(bytes: number) {
  const waiting: (() => void)[] = [];
  const build = () =>
    new Promise<Uint8Array>((resolve) => {
      waiting.push(() => resolve(tileOf(bytes)));
    });
  const release = () => {
    for (const answer of waiting) answer();
  };
  return { build, runs: () => waiting.length, release };
}

describe('the tile cache', () => {
  test('builds a tile once for requests that arrive while it is built, and keeps it', async () => {
    const cache = new TileCache(10_000);
    const slow = slowBuild(500);
    const waiting = [cache.get('a', slow.build), cache.get('a', slow.build)];
    slow.release();
    const [first, second] = await Promise.all(waiting);
    expect(second).toBe(first);
    expect(await cache.get('a', slow.build)).toBe(first);
    expect(slow.runs()).toBe(1);
  });

  test('drops the least recently used tile past its budget', async () => {
    // Each 1,000-byte tile costs a little more (its entry): two fit, three do not.
    const cache = new TileCache(2_500);
    let builds = 0;
    const build = async () => {
      builds += 1;
      return tileOf(1_000);
    };
    await cache.get('a', build);
    await cache.get('b', build);
    await cache.get('a', build); // a is now the most recently used
    await cache.get('c', build); // so b goes
    expect(builds).toBe(3);
    await cache.get('a', build);
    expect(builds).toBe(3);
    await cache.get('b', build);
    expect(builds).toBe(4);
  });

  test('with no budget, builds every request: it keeps and shares nothing', async () => {
    const none = new TileCache(0);
    const slow = slowBuild(10);
    const waiting = [none.get('a', slow.build), none.get('a', slow.build)];
    slow.release();
    await Promise.all(waiting);
    await none.get('a', async () => tileOf(0));
    expect(slow.runs()).toBe(2);
  });

  test('keeps no failed build', async () => {
    const cache = new TileCache(10_000);
    await expect(
      cache.get('a', () => Promise.reject(new Error('statement failed'))),
    ).rejects.toThrow('statement failed');
    expect(await cache.get('a', async () => tileOf(3))).toHaveLength(3);
  });
});
