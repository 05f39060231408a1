import { graphql, type ResultOf } from '../../graphql/graphql';

export const EditionFields = graphql(`
  fragment EditionFields on BudgetEdition {
    id
    title
    year
    currentPhase
    rule
    completion
    minAge
    ballotChangeable
    areaMaxApprovals
    citywideMaxApprovals
    areaMinVotes
    citywideMinVotes
    phases {
      phase
      startsAt
      endsAt
    }
    pools {
      id
      name
      kind
      areaId
      amount {
        pln
      }
    }
  }
`);

/** Every edition, newest first, with its phases and pools; and which one to open on. */
export const EditionsQuery = graphql(
  `
  query BudgetEditions {
    editions {
      ...EditionFields
    }
    currentBudgetEdition {
      id
    }
  }
`,
  [EditionFields],
);

export const EditionQuery = graphql(
  `
  query BudgetEdition($id: ID!) {
    edition(id: $id) {
      ...EditionFields
    }
  }
`,
  [EditionFields],
);

/** A page of projects (the API gives at most 100 at a time). */
export const ProjectsQuery = graphql(`
  query BudgetProjects($filter: BudgetProjectsFilter!, $after: String) {
    projects(filter: $filter, first: 100, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          title
          poolId
          status
          categories
          cost {
            pln
          }
          locations {
            id
            geometry
          }
        }
      }
    }
  }
`);

/** One page of the edition's list, filtered by the API; the first asks for the total too. */
export const ProjectsPageQuery = graphql(`
  query BudgetProjectsPage($filter: BudgetProjectsFilter!, $after: String, $withTotal: Boolean!) {
    projects(filter: $filter, first: 50, after: $after) {
      totalCount @include(if: $withTotal)
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          title
          poolId
          status
          categories
          cost {
            pln
          }
          locations {
            id
            geometry
          }
        }
      }
    }
  }
`);

export const ProjectQuery = graphql(`
  query BudgetProject($id: ID!) {
    project(id: $id) {
      id
      title
      description
      poolId
      status
      rejectionReason
      categories
      targetGroups
      cost {
        pln
      }
      costLines {
        item
        amount {
          pln
        }
      }
      locations {
        id
        geometry
        illustrative
      }
    }
  }
`);

export const MyBallotQuery = graphql(`
  query MyBallot($editionId: ID!) {
    myBallot(editionId: $editionId) {
      id
      castAt
      districtPoolId
      projectIds
    }
  }
`);

export const CastBallotMutation = graphql(`
  mutation CastBallot($editionId: ID!, $districtPoolId: ID, $projectIds: [ID!]!) {
    castBallot(editionId: $editionId, districtPoolId: $districtPoolId, projectIds: $projectIds) {
      id
      castAt
      districtPoolId
      projectIds
    }
  }
`);

export const ResultsQuery = graphql(`
  query BudgetResults($editionId: ID!) {
    results(editionId: $editionId) {
      poolId
      poolName
      rule
      log
      publishedAt
      budget {
        pln
      }
      cost {
        pln
      }
      leftover {
        pln
      }
      projects {
        projectId
        title
        votes
        selected
        cost {
          pln
        }
      }
    }
  }
`);

export type Edition = ResultOf<typeof EditionFields>;
export type Pool = Edition['pools'][number];
export type ProjectSummary = ResultOf<typeof ProjectsQuery>['projects']['edges'][number]['node'];
export type ProjectDetails = ResultOf<typeof ProjectQuery>['project'];
export type Ballot = NonNullable<ResultOf<typeof MyBallotQuery>['myBallot']>;
export type PoolResult = ResultOf<typeof ResultsQuery>['results'][number];

export const StatisticsQuery = graphql(`
  query BudgetStatistics($editionId: ID!) {
    budgetStatistics(editionId: $editionId) {
      ballots
      online
      paper
      pools {
        poolId
        poolName
        kind
        online
        paper
        ballots
      }
      ageBands {
        from
        to
        ballots
      }
      sexes {
        sex
        ballots
      }
      districts {
        areaId
        areaName
        ballots
        share
      }
    }
  }
`);

export type Statistics = ResultOf<typeof StatisticsQuery>['budgetStatistics'];
