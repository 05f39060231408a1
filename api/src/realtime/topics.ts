/** The subscription topics: services publish to them, subscription resolvers listen. */
export const topics = {
  commentAdded: 'COMMENT_ADDED',
} as const;
