import type { GraphQLResolveInfo } from 'graphql';
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
  for (const [name, value] of Object.entries(args)) {
    const found = findUnsafeText(value, name);
    if (found) {
      throw new BadInputError(`${fieldName(info)} argument ${found.path} contains ${found.problem}; remove it and send again.`, {
        field: found.path,
      });
    }
  }
  return next();
};

function fieldName(info: GraphQLResolveInfo): string {
  return `${info.parentType.name}.${info.fieldName}`;
}
