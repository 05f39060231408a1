import { useNavigate } from 'react-router';
import { useClient } from 'urql';
import { MeQuery } from '../../session/session.queries';
import { nextPath } from './accountErrors';

/**
 * After a sign-in or sign-up: learn who is signed in now, then go on to `next`. Without
 * waiting, the next page would still see the visitor and send them back to sign in.
 */
export function useSignedIn(next: string | null): () => Promise<void> {
  const client = useClient();
  const navigate = useNavigate();
  return async () => {
    await client.query(MeQuery, {}, { requestPolicy: 'network-only' }).toPromise();
    navigate(nextPath(next));
  };
}
