import { describe, expect, test } from 'vitest';
import type { Role } from '../../generated/prisma/enums.js';
import type { Viewer } from '../identity/viewer.js';
import { oversees, seesContent, seesHiddenReason, seesPrivate } from './comment.rules.js';

const viewer = (userId: string, roles: Role[] = [], plannerOf: string[] = []): Viewer => ({
  userId,
  roles: new Set(roles),
  plannerUnitIds: new Set(plannerOf),
  verified: false,
  birthYear: null,
  sessionId: null,
});

const hidden = { authorId: 'author', unitId: 'unit', status: 'HIDDEN' as const };
const viewers = {
  visitor: null,
  author: viewer('author'),
  neighbour: viewer('neighbour'),
  moderator: viewer('m', ['MODERATOR']),
  planner: viewer('p', ['PLANNER'], ['unit']),
  otherPlanner: viewer('o', ['PLANNER'], ['other unit']),
  admin: viewer('a', ['ADMIN']),
};

describe.each(Object.entries(viewers))('%s', (name, who) => {
  const expected = {
    visitor: [false, false, false, false],
    author: [true, true, true, false],
    neighbour: [false, false, false, false],
    moderator: [true, true, false, true],
    planner: [true, true, true, true],
    otherPlanner: [false, false, false, false],
    admin: [true, true, true, true],
  }[name];

  test('sees a hidden body, its reason, the private fields; oversees the unit', () => {
    expect([
      seesContent(who, hidden),
      seesHiddenReason(who, hidden),
      seesPrivate(who, hidden),
      oversees(who, hidden.unitId),
    ]).toEqual(expected);
  });

  test('sees the body of a visible comment', () => {
    expect(seesContent(who, { ...hidden, status: 'VISIBLE' })).toBe(true);
  });
});
