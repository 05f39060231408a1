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
        name
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
        file {
          id
          name
          size
        }
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

export const RemoveDocumentMutation = graphql(`
  mutation StaffRemoveDocument($id: ID!) {
    removeConsultationDocument(id: $id) {
      id
      documents {
        id
      }
    }
  }
`);

export const AddDocumentMutation = graphql(`
  mutation StaffAddDocument($consultationId: ID!, $input: DocumentInput!) {
    addConsultationDocument(consultationId: $consultationId, input: $input) {
      id
    }
  }
`);

export const AddMeetingMutation = graphql(`
  mutation StaffAddMeeting($consultationId: ID!, $input: MeetingInput!) {
    addMeeting(consultationId: $consultationId, input: $input) {
      id
    }
  }
`);

export const RemoveMeetingMutation = graphql(`
  mutation StaffRemoveMeeting($id: ID!) {
    removeMeeting(id: $id) {
      id
      meetings {
        id
      }
    }
  }
`);

export const SetCoordinatorsMutation = graphql(`
  mutation StaffSetCoordinators($consultationId: ID!, $userIds: [ID!]!) {
    setConsultationCoordinators(consultationId: $consultationId, userIds: $userIds) {
      id
      coordinators {
        id
        displayName
      }
    }
  }
`);

export const UpdateMeetingMutation = graphql(`
  mutation StaffUpdateMeeting($id: ID!, $input: MeetingInput!) {
    updateMeeting(id: $id, input: $input) {
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
`);
