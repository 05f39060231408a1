import { graphql } from '../../graphql/graphql';
import { CommentFields } from './consultation.queries';

export const AddCommentMutation = graphql(
  `
  mutation AddComment($input: AddCommentInput!) {
    addComment(input: $input) {
      ...CommentFields
      clippedToConsultation
    }
  }
`,
  [CommentFields],
);

export const ReplyMutation = graphql(`
  mutation ReplyToComment($commentId: ID!, $body: String!) {
    replyToComment(commentId: $commentId, body: $body) {
      id
    }
  }
`);

export const SupportMutation = graphql(`
  mutation SupportComment($id: ID!) {
    supportComment(id: $id) {
      id
      supportCount
      supportedByMe
    }
  }
`);

export const UnsupportMutation = graphql(`
  mutation UnsupportComment($id: ID!) {
    unsupportComment(id: $id) {
      id
      supportCount
      supportedByMe
    }
  }
`);

export const ReportMutation = graphql(`
  mutation ReportComment($id: ID!, $reason: String!) {
    reportComment(id: $id, reason: $reason) {
      id
    }
  }
`);

export const EditMutation = graphql(`
  mutation EditComment($id: ID!, $body: String!) {
    editComment(id: $id, input: { body: $body }) {
      id
      body
      editedAt
    }
  }
`);

export const WithdrawMutation = graphql(`
  mutation WithdrawComment($id: ID!) {
    withdrawComment(id: $id) {
      id
      status
      body
      geometry
    }
  }
`);
