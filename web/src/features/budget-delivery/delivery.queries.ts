import { graphql, type ResultOf } from '../../graphql/graphql';

export const ProjectDeliveryQuery = graphql(`
  query ProjectDelivery($projectId: ID!) {
    projectDelivery(projectId: $projectId) {
      projectId
      editionId
      title
      status
      progress
      plannedCost {
        pln
      }
      actualCost {
        pln
      }
      lastReportedOn
      manageable
      updates {
        id
        reportedOn
        body
        progress
        actualCost {
          grosze
          pln
        }
        photos {
          id
          name
          size
          url
        }
      }
    }
  }
`);

export const FundedProjectsQuery = graphql(`
  query FundedProjects($editionId: ID!) {
    fundedProjects(editionId: $editionId, mine: true) {
      projectId
      title
      status
      progress
      lastReportedOn
    }
    deliverySummary(editionId: $editionId) {
      notStarted
      inProgress
      completed
      abandoned
    }
  }
`);

export const AddDeliveryUpdateMutation = graphql(`
  mutation AddDeliveryUpdate($projectId: ID!, $input: DeliveryUpdateInput!, $status: DeliveryStatus) {
    addProjectDeliveryUpdate(projectId: $projectId, input: $input, status: $status) {
      id
    }
  }
`);

export const EditDeliveryUpdateMutation = graphql(`
  mutation EditDeliveryUpdate($updateId: ID!, $input: DeliveryUpdateInput!) {
    editProjectDeliveryUpdate(updateId: $updateId, input: $input) {
      id
    }
  }
`);

export const RemoveDeliveryUpdateMutation = graphql(`
  mutation RemoveDeliveryUpdate($updateId: ID!) {
    removeProjectDeliveryUpdate(updateId: $updateId)
  }
`);

export type ProjectDeliveryData = NonNullable<
  ResultOf<typeof ProjectDeliveryQuery>['projectDelivery']
>;
export type DeliveryUpdateData = ProjectDeliveryData['updates'][number];
export type FundedProject = ResultOf<typeof FundedProjectsQuery>['fundedProjects'][number];
