/** The subscription topics: services publish to them, subscription resolvers listen. */
export const topics = {
  commentAdded: 'COMMENT_ADDED',
  commentUpdated: 'COMMENT_UPDATED',
} as const;
