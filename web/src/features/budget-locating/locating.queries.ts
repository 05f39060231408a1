import { graphql, type ResultOf } from '../../graphql/graphql';

export const LocatingEditionQuery = graphql(`
  query LocatingEdition($editionId: ID!) {
    edition(id: $editionId) {
      id
      title
      pools {
        id
        name
        unitId
      }
    }
    budgetProposalVocabulary(editionId: $editionId) {
      categories
    }
    me {
      id
      roles {
        role
        unit {
          id
        }
      }
    }
  }
`);

export const LocatingProjectsQuery = graphql(`
  query LocatingProjects($filter: BudgetProjectsFilter!, $after: String) {
    projects(filter: $filter, first: 20, after: $after) {
      totalCount
      edges {
        node {
          id
          title
          status
          poolId
          locations {
            id
            geometry
            illustrative
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export type LocatingProject = NonNullable<
  ResultOf<typeof LocatingProjectsQuery>['projects']
>['edges'][number]['node'];

export const SetLocationsMutation = graphql(`
  mutation SetBudgetProjectLocations($projectId: ID!, $locations: [ProjectLocationInput!]!) {
    setBudgetProjectLocations(projectId: $projectId, locations: $locations) {
      id
      locations {
        id
        geometry
        illustrative
      }
    }
  }
`);

export const NearbyQuery = graphql(`
  query LocatingNearby($projectId: ID!, $meters: Float!) {
    projectsNear(projectId: $projectId, meters: $meters) {
      distanceMeters
      project {
        id
        title
        locations {
          id
          geometry
        }
      }
    }
  }
`);

export const CandidatesQuery = graphql(`
  query LocatingCandidates($editionId: ID!, $withinMeters: Float!, $after: String) {
    budgetConflictCandidates(editionId: $editionId, withinMeters: $withinMeters, first: 20, after: $after) {
      edges {
        node {
          distanceMeters
          overlapping
          marked
          project { id title locations { id geometry } }
          otherProject { id title locations { id geometry } }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
    budgetProjectConflicts(editionId: $editionId) {
      project { id title locations { id geometry } }
      otherProject { id title locations { id geometry } }
    }
  }
`);

export type Candidate = ResultOf<
  typeof CandidatesQuery
>['budgetConflictCandidates']['edges'][number]['node'];
export type PairProject = Candidate['project'];

export const MarkMutation = graphql(`
  mutation LocatingMark($projectId: ID!, $otherProjectId: ID!) {
    markProjectsConflicting(projectId: $projectId, otherProjectId: $otherProjectId)
  }
`);

export const UnmarkMutation = graphql(`
  mutation LocatingUnmark($projectId: ID!, $otherProjectId: ID!) {
    unmarkProjectsConflicting(projectId: $projectId, otherProjectId: $otherProjectId)
  }
`);

export const DismissMutation = graphql(`
  mutation LocatingDismiss($projectId: ID!, $otherProjectId: ID!) {
    dismissConflictCandidate(projectId: $projectId, otherProjectId: $otherProjectId)
  }
`);

export const CreateProjectMutation = graphql(`
  mutation CreateBudgetProject($poolId: ID!, $input: BudgetProjectInput!) {
    createBudgetProject(poolId: $poolId, input: $input) {
      id
      title
      status
      poolId
      locations {
        id
        geometry
        illustrative
      }
    }
  }
`);
