import { GraphQLEnumType } from 'graphql';
import { errorReasons } from './error-reasons.js';

/** `extensions.reason` of every refusal, in the SDL for the clients' types; no field returns it. */
export const errorReasonEnum = new GraphQLEnumType({
  name: 'ErrorReason',
  description:
    'Why the API refused a request: `extensions.reason` of the error. Clients translate it.',
  values: Object.fromEntries(Object.keys(errorReasons).map((reason) => [reason, {}])),
});
