import { registerEnumType } from 'type-graphql';

/**
 * Registers a GraphQL enum whose every value carries its bilingual description (`签收 sign for`).
 * The values' record is checked against the enum, so a value added without a description does
 * not compile.
 */
export function registerBilingualEnum<E extends Record<string, string>>(
  enumObject: E,
  name: string,
  description: string,
  values: { [K in keyof E]: string },
): void {
  registerEnumType(enumObject, {
    name,
    description,
    valuesConfig: Object.fromEntries(Object.entries(values).map(([key, text]) => [key, { description: text }])) as never,
  });
}
