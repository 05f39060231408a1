import { graphql, type ResultOf } from '../../graphql/graphql';

/** Who is signed in, with the kind of each planner's unit (a district office verifies). */
export const StaffViewerQuery = graphql(`
  query StaffViewer {
    me {
      id
      displayName
      roles {
        role
        unit {
          id
          name
          kind
        }
      }
    }
  }
`);

export type StaffViewer = NonNullable<ResultOf<typeof StaffViewerQuery>['me']>;
