import { useMutation, useQuery } from 'urql';
import type { ResultOf } from '../graphql/graphql';
import { MeQuery, SignOutMutation } from './session.queries';

export type SessionUser = NonNullable<ResultOf<typeof MeQuery>['me']>;

export type Session = {
  user: SessionUser | null;
  /** True until the first answer about who is signed in. */
  loading: boolean;
  signOut: () => Promise<void>;
};

/** The signed-in user (through the session cookie) and a way to sign out. */
export function useSession(): Session {
  const [{ data, fetching }] = useQuery({ query: MeQuery });
  const [, signOut] = useMutation(SignOutMutation);
  return {
    user: data?.me ?? null,
    loading: fetching && !data,
    signOut: async () => {
      await signOut({});
    },
  };
}

/** Whether the user plans for this unit (or any unit when none is given). */
export function isPlannerOf(user: SessionUser | null, unitId?: string): boolean {
  return (
    user?.roles.some(
      (grant) => grant.role === 'PLANNER' && (unitId === undefined || grant.unit?.id === unitId),
    ) ?? false
  );
}

export function hasRole(user: SessionUser | null, role: 'ADMIN' | 'MODERATOR'): boolean {
  return user?.roles.some((grant) => grant.role === role) ?? false;
}
