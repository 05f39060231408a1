import { graphql, type ResultOf } from '../../../graphql/graphql';

/** One page of consultations for the staff list, drafts included for their planners. */
export const StaffConsultationsQuery = graphql(`
  query StaffConsultations($first: Int!, $after: String, $filter: ConsultationsFilter) {
    consultations(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          title
          status
          opensAt
          closesAt
          unit {
            id
            name
          }
        }
      }
    }
  }
`);

export type StaffConsultationRow = ResultOf<
  typeof StaffConsultationsQuery
>['consultations']['edges'][number]['node'];

/** The organising units, for the filter and the form. */
export const UnitsQuery = graphql(`
  query StaffUnits {
    units {
      id
      name
      kind
      area {
        id
      }
    }
  }
`);

export type StaffUnit = ResultOf<typeof UnitsQuery>['units'][number];

/** Everything the editor shows and changes of one consultation. */
export const StaffConsultationQuery = graphql(`
  query StaffConsultation($id: ID!) {
    consultation(id: $id) {
      id
      title
      summary
      description
      status
      opensAt
      closesAt
      reportPublishedAt
      area
      unit {
        id
        name
        area {
          id
        }
      }
      topics {
        id
        name
      }
      coordinators {
        id
        displayName
      }
      documents {
        id
        kind
        title
        url
      }
      meetings {
        id
        title
        kind
        startsAt
        endsAt
        address
        onlineUrl
        place
      }
    }
  }
`);

export type StaffConsultation = ResultOf<typeof StaffConsultationQuery>['consultation'];

export const CreateConsultationMutation = graphql(`
  mutation StaffCreateConsultation($unitId: ID!, $input: ConsultationInput!) {
    createConsultation(unitId: $unitId, input: $input) {
      id
    }
  }
`);

export const UpdateConsultationMutation = graphql(`
  mutation StaffUpdateConsultation($id: ID!, $input: ConsultationInput!) {
    updateConsultation(id: $id, input: $input) {
      id
      title
      summary
      description
      opensAt
      closesAt
      area
      topics {
        id
        name
      }
    }
  }
`);

export const ChangeStatusMutation = graphql(`
  mutation StaffChangeConsultationStatus($id: ID!, $status: ConsultationStatus!) {
    changeConsultationStatus(id: $id, status: $status) {
      id
      status
    }
  }
`);
