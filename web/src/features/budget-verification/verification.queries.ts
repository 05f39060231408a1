import { graphql, type ResultOf } from '../../graphql/graphql';

/** A page of the edition's verification queue, with what the filters and the form need. */
export const VerificationQueueQuery = graphql(`
  query VerificationQueue($editionId: ID!, $filter: VerificationQueueFilter, $after: String) {
    edition(id: $editionId) {
      id
      title
      currentPhase
      pools {
        id
        name
      }
    }
    budgetReviewers {
      id
      name
      unitName
    }
    units {
      id
      name
    }
    budgetVerificationQueue(editionId: $editionId, filter: $filter, first: 20, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          poolName
          project {
            id
            title
            status
            cost {
              pln
            }
          }
          evaluations {
            id
            stage
            decision
            justification
            reviewerId
            reviewerName
            unitName
            dueAt
            overdue
            checklist {
              item
              met
            }
          }
        }
      }
    }
  }
`);

export const StartVerificationMutation = graphql(`
  mutation StartVerification($projectIds: [ID!]!) {
    startBudgetVerification(projectIds: $projectIds)
  }
`);

export const AssignEvaluationsMutation = graphql(`
  mutation AssignEvaluations($projectIds: [ID!]!, $input: EvaluationAssignmentInput!) {
    assignBudgetEvaluations(projectIds: $projectIds, input: $input)
  }
`);

export const DecideEvaluationMutation = graphql(`
  mutation DecideEvaluation($projectId: ID!, $input: EvaluationDecisionInput!) {
    decideBudgetEvaluation(projectId: $projectId, input: $input) {
      project {
        id
        status
      }
    }
  }
`);

export const AppealsQuery = graphql(`
  query BudgetAppeals($editionId: ID!) {
    edition(id: $editionId) {
      id
      title
    }
    budgetAppeals(editionId: $editionId) {
      poolName
      project {
        id
        title
        status
      }
      evaluation {
        stage
        justification
      }
      appeal {
        id
        text
        decision
        justification
        createdAt
        files {
          id
          name
          url
        }
      }
    }
  }
`);

export const DecideAppealMutation = graphql(`
  mutation DecideAppeal($appealId: ID!, $input: AppealDecisionInput!) {
    decideBudgetAppeal(appealId: $appealId, input: $input) {
      id
      decision
    }
  }
`);

type Queue = ResultOf<typeof VerificationQueueQuery>;
export type QueueEntry = Queue['budgetVerificationQueue']['edges'][number]['node'];
export type Evaluation = QueueEntry['evaluations'][number];
export type Reviewer = Queue['budgetReviewers'][number];
export type Unit = Queue['units'][number];
export type AppealEntry = ResultOf<typeof AppealsQuery>['budgetAppeals'][number];
