import { type CombinedError, useQuery } from 'urql';
import { type StaffViewer, StaffViewerQuery } from './staff.queries';
import { type StaffAccess, staffAccessOf } from './staffAccess';

export type StaffViewerState = {
  viewer: StaffViewer | null;
  access: ReadonlySet<StaffAccess>;
  loading: boolean;
  error: CombinedError | undefined;
  retry: () => void;
};

/** The signed-in person and what of the staff workspace they may open. */
export function useStaffViewer(): StaffViewerState {
  const [{ data, fetching, error }, reexecute] = useQuery({ query: StaffViewerQuery });
  const viewer = data?.me ?? null;
  return {
    viewer,
    access: staffAccessOf(viewer?.roles),
    loading: fetching && !data,
    error,
    retry: () => reexecute({ requestPolicy: 'network-only' }),
  };
}
