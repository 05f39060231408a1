import { graphql, type ResultOf } from '../../graphql/graphql';

export const MyBudgetProjectsQuery = graphql(`
  query MyBudgetProjects {
    myBudgetProjects {
      role
      editionTitle
      poolName
      appealable
      project {
        id
        title
        status
        rejectionReason
        createdAt
      }
      evaluations {
        id
        stage
        decision
        justification
        decidedAt
      }
      appeal {
        id
        text
        decision
        justification
        createdAt
        decidedAt
      }
    }
  }
`);

export const AppealProjectMutation = graphql(`
  mutation AppealProject($projectId: ID!, $input: AppealInput!) {
    appealBudgetProject(projectId: $projectId, input: $input) {
      id
    }
  }
`);

export type MyProject = ResultOf<typeof MyBudgetProjectsQuery>['myBudgetProjects'][number];
