import { GraphQLScalarType } from 'graphql';
import { GraphQLDateTimeISO, GraphQLJSONObject } from 'graphql-scalars';

/** Times travel as ISO 8601 strings with an offset; stored as timestamptz. */
export const DateTimeScalar = new GraphQLScalarType({
  ...GraphQLDateTimeISO.toConfig(),
  name: 'DateTime',
  description: '时间 a moment in time as an ISO 8601 string with offset, e.g. 2026-11-29T08:30:00.000Z',
});

export const JSONObjectScalar = new GraphQLScalarType({
  ...GraphQLJSONObject.toConfig(),
  name: 'JSONObject',
  description: 'JSON对象 a JSON object (the recorded state before or after a change)',
});
