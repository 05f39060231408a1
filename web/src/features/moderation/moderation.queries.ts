import { graphql, type ResultOf } from '../../graphql/graphql';

/** Reported remarks and those hidden by reports, longest waiting first. */
export const ModerationQueueQuery = graphql(`
  query ModerationQueue($after: String, $filter: ModerationFilter, $order: ModerationOrder!) {
    moderationQueue(first: 20, after: $after, filter: $filter, order: $order) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          autoHidden
          waitingSince
          reportCount
          authorHistory {
            comments
            hiddenComments
          }
          reports {
            id
            reason
            createdAt
          }
          comment {
            id
            body
            status
            hiddenReason
            createdAt
            author {
              id
              displayName
            }
            consultation {
              id
              title
            }
            project {
              id
              title
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

export type ModeratedComment = ModerationItem['comment'];

export const HideCommentMutation = graphql(`
  mutation ModerationHide($id: ID!, $reason: String!) {
    hideComment(id: $id, reason: $reason) {
      id
      status
      hiddenReason
    }
  }
`);

export const RestoreCommentMutation = graphql(`
  mutation ModerationRestore($id: ID!, $reason: String!) {
    restoreComment(id: $id, reason: $reason) {
      id
      status
      hiddenReason
    }
  }
`);

export const DismissReportsMutation = graphql(`
  mutation ModerationDismiss($id: ID!, $reason: String!) {
    dismissCommentReports(id: $id, reason: $reason) {
      id
      status
      hiddenReason
    }
  }
`);

/** Hidden remarks across consultations, newest first, optionally containing some words. */
export const HiddenRemarksQuery = graphql(`
  query HiddenRemarks($filter: HiddenCommentsFilter, $after: String) {
    hiddenComments(filter: $filter, first: 20, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          body
          status
          hiddenReason
          createdAt
          author {
            id
            displayName
          }
          consultation {
            id
            title
          }
          project {
            id
            title
          }
        }
      }
    }
  }
`);
