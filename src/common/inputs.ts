import { ArrayMaxSize, IsUrl, MaxLength, ValidateBy, type ValidationArguments } from 'class-validator';
import { Field, InputType } from 'type-graphql';

/** Every mutation's input: the caller's idempotency key (one retry rule for the whole API). */
@InputType()
export class MutationInputBase {
  @Field({ nullable: true, description: '幂等键 client idempotency key: a retry with the same key returns the first result' })
  @MaxLength(200, { message: 'idempotencyKey may be at most 200 characters' })
  idempotencyKey?: string;
}

/** At most this many attachment URLs go with one report. */
export const MAX_ATTACHMENTS = 20;

/**
 * A list of attachment URLs (photos, documents) as units and grid workers send them: http or
 * https only, at most MAX_ATTACHMENTS. One definition for every input that carries them.
 */
export function AttachmentUrlsField(description = '附件 attachment URLs (http or https)'): PropertyDecorator {
  return (target, property) => {
    Field(() => [String], { nullable: true, description })(target, property);
    ArrayMaxSize(MAX_ATTACHMENTS, { message: `attachmentUrls may list at most ${MAX_ATTACHMENTS} URLs` })(target, property);
    IsUrl(
      { protocols: ['http', 'https'], require_protocol: true, require_tld: false },
      { each: true, message: 'each attachment URL must be an http(s) URL' },
    )(target, property);
  };
}

function sibling(args: ValidationArguments, name: string): unknown {
  return (args.object as Record<string, unknown>)[name];
}

/**
 * Cross-field rule: this field and `other` come together or not at all (a latitude without its
 * longitude places the call nowhere). Reported on the field that is present.
 */
export function RequiredWith(other: string, message: string): PropertyDecorator {
  return ValidateBy(
    {
      name: 'requiredWith',
      constraints: [other],
      validator: {
        validate: (value, args) => value == null || sibling(args!, other) != null,
        defaultMessage: () => message,
      },
    },
    { message },
  );
}

/** Cross-field rule: this number may not be less than the sibling field `other` (when both are given). */
export function NotLessThan(other: string, message: string): PropertyDecorator {
  return ValidateBy(
    {
      name: 'notLessThan',
      constraints: [other],
      validator: {
        validate: (value, args) => {
          const bound = sibling(args!, other);
          return typeof value !== 'number' || typeof bound !== 'number' || value >= bound;
        },
        defaultMessage: () => message,
      },
    },
    { message },
  );
}
