import { graphql, type ResultOf } from '../../graphql/graphql';

/** The consultation with its plan zones, topics, documents and meetings. */
export const ConsultationQuery = graphql(`
  query Consultation($id: ID!) {
    consultation(id: $id) {
      id
      title
      summary
      descriptionHtml
      status
      opensAt
      closesAt
      reportPublishedAt
      area(simplify: 0.00005)
      unit {
        id
        name
      }
      topics {
        id
        name
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
      plans {
        id
        name
        stage
        zones {
          id
          symbol
          designationCode
          designationName
          geometry(simplify: 0.00001)
          parameters {
            key
            value
            unit
          }
        }
      }
    }
  }
`);

export type Consultation = ResultOf<typeof ConsultationQuery>['consultation'];
export type PlanZone = Consultation['plans'][number]['zones'][number];
export type Meeting = Consultation['meetings'][number];

/** The districts the consultation's area touches, for choosing a comment's area from a list. */
export const DistrictsTouchingQuery = graphql(`
  query DistrictsTouching($area: GeoJSON!) {
    areas(kind: DISTRICT, intersecting: $area) {
      id
      name
      geometry(simplify: 0.0005)
    }
  }
`);

/** What the screen shows of a comment, in the list, on the map and in its detail. */
export const CommentFields = graphql(`
  fragment CommentFields on Comment {
    id
    body
    stance
    status
    createdAt
    editedAt
    geometry
    zoneId
    formalRemark
    supportCount
    supportedByMe
    author {
      id
      displayName
    }
    topic {
      id
      name
    }
    response {
      commentId
      decision
      justification
      updatedAt
    }
    replies {
      id
      body
      status
      createdAt
      author {
        id
        displayName
      }
    }
  }
`);

export type Comment = ResultOf<typeof CommentFields>;

/** One page of remarks; the first asks for the total too (it is counted only when asked). */
export const CommentsPageQuery = graphql(
  `
  query ConsultationComments(
    $consultationId: ID!
    $filter: CommentFilter
    $after: String
    $withTotal: Boolean!
  ) {
    comments(consultationId: $consultationId, filter: $filter, first: 50, after: $after) {
      totalCount @include(if: $withTotal)
      pageInfo {
        endCursor
        hasNextPage
      }
      edges {
        node {
          ...CommentFields
        }
      }
    }
  }
`,
  [CommentFields],
);

/** A remark chosen on the map that the list has not loaded. */
export const CommentQuery = graphql(
  `
  query ConsultationComment($id: ID!) {
    comment(id: $id) {
      ...CommentFields
    }
  }
`,
  [CommentFields],
);

export const CommentAddedSubscription = graphql(
  `
  subscription CommentAdded($consultationId: ID!) {
    commentAdded(consultationId: $consultationId) {
      ...CommentFields
      parent {
        id
      }
    }
  }
`,
  [CommentFields],
);

/**
 * A remark as it stands after a change (edited, withdrawn, hidden, restored, answered): the
 * cache takes it by id, so the list shows it at once.
 */
export const CommentUpdatedSubscription = graphql(
  `
  subscription CommentUpdated($consultationId: ID!) {
    commentUpdated(consultationId: $consultationId) {
      ...CommentFields
    }
  }
`,
  [CommentFields],
);

/** A remark's replies, fetched again when one arrives live. */
export const RepliesQuery = graphql(`
  query CommentReplies($id: ID!) {
    comment(id: $id) {
      id
      replies {
        id
        body
        status
        createdAt
        author {
          id
          displayName
        }
      }
    }
  }
`);
