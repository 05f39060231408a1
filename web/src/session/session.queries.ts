import { graphql } from '../graphql/graphql';

/** Who is signed in in this browser (null when nobody), with their roles. */
export const MeQuery = graphql(`
  query Me {
    me {
      id
      displayName
      email
      verified
      birthYear
      roles {
        role
        unit {
          id
          name
        }
      }
    }
  }
`);

export const SignOutMutation = graphql(`
  mutation SignOut {
    signOut
  }
`);
