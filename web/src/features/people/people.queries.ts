import { graphql, type ResultOf, type VariablesOf } from '../../graphql/graphql';

// The same fields in both lists, so a person found either way opens the same panel.
export const PeopleSearchQuery = graphql(`
  query PeopleSearch($search: String!, $after: String) {
    people(search: $search, first: 20, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          displayName
          email
          createdAt
          accountAgeDays
          verified
          birthYear
          roles {
            role
            unit {
              id
              name
            }
          }
          verification {
            id
            method
            document
            checkedOn
            createdAt
            unit {
              id
              name
            }
          }
          verificationRequest {
            id
            createdAt
            unit {
              id
              name
            }
          }
        }
      }
    }
  }
`);

export type Person = ResultOf<typeof PeopleSearchQuery>['people']['edges'][number]['node'];

export const VerificationRequestsQuery = graphql(`
  query VerificationRequests($after: String) {
    verificationRequests(first: 20, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          createdAt
          unit {
            id
            name
          }
          person {
            id
            displayName
            email
            createdAt
            accountAgeDays
            verified
            birthYear
            roles {
              role
              unit {
                id
                name
              }
            }
            verification {
              id
              method
              document
              checkedOn
              createdAt
              unit {
                id
                name
              }
            }
            verificationRequest {
              id
              createdAt
              unit {
                id
                name
              }
            }
          }
        }
      }
    }
  }
`);

export const UnitsQuery = graphql(`
  query PeopleUnits {
    units {
      id
      name
      kind
    }
  }
`);

export const VerifyResidentMutation = graphql(`
  mutation VerifyResident($input: VerificationInput!) {
    verifyResident(input: $input) {
      id
      verified
    }
  }
`);

export type VerifyInput = VariablesOf<typeof VerifyResidentMutation>['input'];

export const RevokeVerificationMutation = graphql(`
  mutation RevokeVerification($userId: ID!, $reason: String!) {
    revokeVerification(userId: $userId, reason: $reason) {
      id
      verified
    }
  }
`);

export const GrantRoleMutation = graphql(`
  mutation GrantRole($input: RoleGrantInput!) {
    grantRole(input: $input) {
      id
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

export const RevokeRoleMutation = graphql(`
  mutation RevokeRole($input: RoleGrantInput!) {
    revokeRole(input: $input) {
      id
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
