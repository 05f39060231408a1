import { graphql, type ResultOf, type VariablesOf } from '../../graphql/graphql';

/** What the planner view needs of the consultation: who runs it, its topics and plan. */
export const PlannerConsultationQuery = graphql(`
  query PlannerConsultation($id: ID!) {
    consultation(id: $id) {
      id
      title
      status
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
      plans {
        id
      }
    }
  }
`);

export type PlannerConsultation = ResultOf<typeof PlannerConsultationQuery>['consultation'];

export const FeedbackByAreaQuery = graphql(`
  query FeedbackByArea(
    $consultationId: ID!
    $by: FeedbackGrouping!
    $cellMeters: Int
    $filter: FeedbackFilter
  ) {
    feedbackByArea(consultationId: $consultationId, by: $by, cellMeters: $cellMeters, filter: $filter) {
      key
      name
      geometry
      total
      answeredShare
      stances {
        objection
        proposal
        question
        support
      }
    }
  }
`);

export type FeedbackCell = ResultOf<typeof FeedbackByAreaQuery>['feedbackByArea'][number];
export type FeedbackGrouping = VariablesOf<typeof FeedbackByAreaQuery>['by'];
export type FeedbackFilter = NonNullable<VariablesOf<typeof FeedbackByAreaQuery>['filter']>;

/** District ids by slug: feedback keys districts by slug, the comment filter by id. */
export const DistrictIdsQuery = graphql(`
  query DistrictIds {
    areas(kind: DISTRICT) {
      id
      slug
    }
  }
`);

export const PlannerCommentsQuery = graphql(`
  query PlannerComments(
    $consultationId: ID!
    $filter: CommentFilter
    $first: Int!
    $after: String
    $withTotal: Boolean!
  ) {
    comments(consultationId: $consultationId, filter: $filter, first: $first, after: $after) {
      totalCount @include(if: $withTotal)
      pageInfo {
        endCursor
        hasNextPage
      }
      edges {
        node {
          id
          body
          stance
          status
          createdAt
          formalRemark
          reportCount
          hiddenReason
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
          }
        }
      }
    }
  }
`);

export type PlannerComment = ResultOf<
  typeof PlannerCommentsQuery
>['comments']['edges'][number]['node'];
export type CommentFilter = NonNullable<VariablesOf<typeof PlannerCommentsQuery>['filter']>;
export type Stance = NonNullable<PlannerComment['stance']>;

export const RespondToCommentMutation = graphql(`
  mutation RespondToComment($commentId: ID!, $decision: ResponseDecision!, $justification: String!) {
    respondToComment(commentId: $commentId, decision: $decision, justification: $justification) {
      commentId
      decision
      justification
    }
  }
`);

export const RespondToCommentsMutation = graphql(`
  mutation RespondToComments(
    $commentIds: [ID!]!
    $decision: ResponseDecision!
    $justification: String!
  ) {
    respondToComments(commentIds: $commentIds, decision: $decision, justification: $justification) {
      commentId
      decision
      justification
    }
  }
`);

export type ResponseDecision = VariablesOf<typeof RespondToCommentMutation>['decision'];

export const ModerationQueueQuery = graphql(`
  query PlannerModerationQueue {
    moderationQueue(first: 100) {
      edges {
        node {
          autoHidden
          waitingSince
          reports {
            id
            reason
          }
          comment {
            id
            body
            status
            hiddenReason
            consultation {
              id
            }
          }
        }
      }
    }
  }
`);

export type ModerationItem = ResultOf<
  typeof ModerationQueueQuery
>['moderationQueue']['edges'][number]['node'];

export const HideCommentMutation = graphql(`
  mutation HideComment($id: ID!, $reason: String!) {
    hideComment(id: $id, reason: $reason) {
      id
      status
      hiddenReason
    }
  }
`);

export const RestoreCommentMutation = graphql(`
  mutation RestoreComment($id: ID!, $reason: String!) {
    restoreComment(id: $id, reason: $reason) {
      id
      status
      hiddenReason
    }
  }
`);

export const PublishReportMutation = graphql(`
  mutation PublishConsultationReport($consultationId: ID!) {
    publishConsultationReport(consultationId: $consultationId) {
      id
      status
      reportPublishedAt
    }
  }
`);
