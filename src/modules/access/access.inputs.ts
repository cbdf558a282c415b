import { MaxLength } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { MutationInputBase } from '../../common/inputs';

@InputType({ description: '撤销访问 revoke a user\'s tokens issued until now' })
export class RevokeAccessInput extends MutationInputBase {
  @Field({ description: '用户标识 the user\'s subject (Keycloak user id, the token\'s sub)' })
  @MaxLength(255, { message: 'subject may be at most 255 characters' })
  subject!: string;

  @Field({ nullable: true, description: '原因 reason' })
  @MaxLength(2000, { message: 'reason may be at most 2000 characters' })
  reason?: string;
}
