import { graphql, type ResultOf, type VariablesOf } from '../../graphql/graphql';

export const AuditLogQuery = graphql(`
  query AuditLog($filter: AuditFilter, $after: String) {
    auditLog(filter: $filter, first: 50, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          action
          targetType
          targetId
          consultationId
          before
          after
          createdAt
          actor {
            id
            displayName
            email
          }
        }
      }
    }
  }
`);

export type AuditEntry = ResultOf<typeof AuditLogQuery>['auditLog']['edges'][number]['node'];
export type AuditFilter = NonNullable<VariablesOf<typeof AuditLogQuery>['filter']>;
