import { MaxLength } from 'class-validator';
import { Arg, Authorized, Ctx, Field, InputType, Mutation, ObjectType, Resolver } from 'type-graphql';
import { requirePrincipal } from '../../graphql/auth';
import type { GraphQLContext } from '../../graphql/context';
import { ADMIN } from '../../graphql/roles';
import { MutationInputBase } from '../incidents/incident.mutation-inputs';
import { requireText } from '../../common/time';
import { AccessRevocation } from './access-revocation.entity';

@InputType({ description: '撤销访问 revoke a user\'s tokens issued until now' })
export class RevokeAccessInput extends MutationInputBase {
  @Field({ description: '用户标识 the user\'s subject (Keycloak user id, the token\'s sub)' })
  @MaxLength(255, { message: 'subject may be at most 255 characters' })
  subject!: string;

  @Field({ nullable: true, description: '原因 reason' })
  @MaxLength(2000, { message: 'reason may be at most 2000 characters' })
  reason?: string;
}

@ObjectType({ description: '访问撤销 a revocation: tokens issued before revokedBefore are refused' })
export class AccessRevocationView {
  @Field({ description: '用户标识 subject' })
  subject!: string;

  @Field({ description: '撤销时间 tokens issued before this are refused' })
  revokedBefore!: Date;
}

@Resolver()
export class AccessResolver {
  @Authorized(ADMIN)
  @Mutation(() => AccessRevocationView, {
    description: '撤销访问 refuse every token of a user issued until now: requests, connections and live feeds end',
  })
  async revokeAccess(@Ctx() ctx: GraphQLContext, @Arg('input', { description: '输入 input' }) input: RevokeAccessInput): Promise<AccessRevocationView> {
    const admin = requirePrincipal(ctx);
    const subject = requireText(input.subject, 'subject');
    const revokedBefore = new Date();
    await ctx.em.upsert(AccessRevocation, { subject, revokedBefore, revokedBy: admin.subject, reason: input.reason });
    ctx.revocations?.remember(subject, revokedBefore);
    return { subject, revokedBefore };
  }
}
