import type { GraphQLFieldResolver, GraphQLResolveInfo, GraphQLSchema } from 'graphql';
import type { MiddlewareFn } from 'type-graphql';
import { BadInputError } from '../common/errors';
import { findUnsafeText } from '../common/text';
import type { GraphQLContext } from './context';

/**
 * The input-hygiene rule applied once, to every argument of every field (inputs nested to any
 * depth, variables and literals alike), before any resolver, validator or SQL sees it: text
 * with NUL, a lone surrogate or a control character other than tab and newline is refused as
 * BAD_USER_INPUT naming the field, and nothing is changed.
 */
export const inputHygiene: MiddlewareFn<GraphQLContext> = ({ args, info }, next) => {
  checkArguments(args, info);
  return next();
};

function checkArguments(args: Record<string, unknown>, info: GraphQLResolveInfo): void {
  for (const [name, value] of Object.entries(args)) {
    const found = findUnsafeText(value, name);
    if (found) {
      throw new BadInputError(`${fieldName(info)} argument ${found.path} contains ${found.problem}; remove it and send again.`, {
        field: found.path,
      });
    }
  }
}

/**
 * The same rule for the arguments of every subscription: type-graphql's middlewares wrap a
 * field's resolve, which for a subscription runs per event, after its subscribe function has
 * already used the arguments (unit, after). Each Subscription field's subscribe is wrapped
 * here, once for the whole schema, so a bad argument is refused when the client subscribes.
 */
export function applyInputHygieneToSubscriptions(schema: GraphQLSchema): GraphQLSchema {
  const fields = schema.getSubscriptionType()?.getFields() ?? {};
  for (const field of Object.values(fields)) {
    const subscribe = field.subscribe as GraphQLFieldResolver<unknown, unknown> | undefined;
    if (!subscribe) continue;
    field.subscribe = (source, args: Record<string, unknown>, context, info) => {
      checkArguments(args, info);
      return subscribe(source, args, context, info);
    };
  }
  return schema;
}

function fieldName(info: GraphQLResolveInfo): string {
  return `${info.parentType.name}.${info.fieldName}`;
}
