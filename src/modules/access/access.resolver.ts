import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { ADMIN } from '../../common/roles';
import { requirePrincipal } from '../../graphql/auth-checker';
import type { GraphQLContext } from '../../graphql/context';
import { RevokeAccessInput } from './access.inputs';
import { AccessRevocationView } from './access.types';

@Resolver()
export class AccessResolver {
  @Authorized(ADMIN)
  @Mutation(() => AccessRevocationView, {
    description: '撤销访问 refuse every token of a user issued until now: requests, connections and live feeds end',
  })
  revokeAccess(@Ctx() ctx: GraphQLContext, @Arg('input', { description: '输入 input' }) input: RevokeAccessInput): Promise<AccessRevocationView> {
    return ctx.services.access.revoke(input, requirePrincipal(ctx).subject, ctx.revocations);
  }
}
