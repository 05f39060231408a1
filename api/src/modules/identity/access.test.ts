import { graphql } from 'graphql';
import { buildSchema, Mutation, Query, Resolver } from 'type-graphql';
import { expect, test } from 'vitest';
import { authChecker, denyUndeclaredMutations } from './access.js';

@Resolver()
class UndeclaredResolver {
  @Query(() => Boolean)
  ping() {
    return true;
  }

  @Mutation(() => Boolean)
  forgotToDeclareAccess() {
    return true;
  }
}

test('a mutation that declares no access rule is denied, even to admins', async () => {
  const schema = await buildSchema({
    resolvers: [UndeclaredResolver],
    authChecker,
    globalMiddlewares: [denyUndeclaredMutations],
  });
  const viewer = {
    userId: 'a',
    roles: new Set(['ADMIN']),
    plannerUnitIds: new Set(),
    verified: true,
  };
  const result = await graphql({
    schema,
    source: 'mutation { forgotToDeclareAccess }',
    contextValue: { viewer },
  });
  expect(result.errors?.[0]?.message).toMatch(/declares no access rule/);
  expect(result.data).toBeNull();
});
