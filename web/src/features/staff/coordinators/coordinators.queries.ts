import { graphql } from '../../../graphql/graphql';

/** Accounts by e-mail or name, to name as coordinators (admins, district office planners). */
export const PeopleSearchQuery = graphql(`
  query StaffPeopleSearch($search: String!) {
    people(search: $search, first: 10) {
      edges {
        node {
          id
          displayName
          email
        }
      }
    }
  }
`);
