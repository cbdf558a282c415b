import { Field, ObjectType } from 'type-graphql';

@ObjectType({ description: '访问撤销 a revocation: tokens issued before revokedBefore are refused' })
export class AccessRevocationView {
  @Field({ description: '用户标识 subject' })
  subject!: string;

  @Field({ description: '撤销时间 tokens issued before this are refused' })
  revokedBefore!: Date;
}
