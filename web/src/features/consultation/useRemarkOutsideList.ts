import { useQuery } from 'urql';
import { readFragment } from '../../graphql/graphql';
import { type Comment, CommentFields, CommentQuery } from './consultation.queries';

/**
 * The selected remark when the list has not loaded it (it was chosen on the map, beyond the
 * pages scrolled so far or outside the list's filter), fetched on its own; otherwise null.
 */
export function useRemarkOutsideList(
  selectedId: string | null,
  loaded: readonly Comment[],
): Comment | null {
  const inList = selectedId !== null && loaded.some((comment) => comment.id === selectedId);
  const [{ data }] = useQuery({
    query: CommentQuery,
    variables: { id: selectedId ?? '' },
    pause: selectedId === null || inList,
  });
  if (inList || !data) return null;
  const comment = readFragment(CommentFields, data.comment);
  return comment.id === selectedId && comment.status === 'VISIBLE' ? comment : null;
}
