import fs from 'node:fs/promises';
import { isEnumType, isInputObjectType, isIntrospectionType, isObjectType, isSpecifiedScalarType } from 'graphql';
import { buildAppSchema } from '../../src/graphql/schema';
import { renderSchema, SCHEMA_FILE } from '../../src/graphql/print-schema';

const CHINESE = /[\u4e00-\u9fff]/;

describe('the committed schema', () => {
  it('matches the type-graphql code (run `npm run schema:print` and `npm run codegen` after a change)', async () => {
    expect(await fs.readFile(SCHEMA_FILE, 'utf8')).toBe(await renderSchema());
  });

  it('describes every type, field, argument and enum value in Chinese beside the English', async () => {
    const schema = await buildAppSchema();
    const missing: string[] = [];
    const check = (where: string, description: string | null | undefined) => {
      if (!description || !CHINESE.test(description) || !/[A-Za-z]/.test(description)) missing.push(where);
    };
    for (const type of Object.values(schema.getTypeMap())) {
      if (isIntrospectionType(type) || isSpecifiedScalarType(type)) continue;
      if (!['Query', 'Mutation', 'Subscription'].includes(type.name)) check(type.name, type.description);
      if (isObjectType(type) || isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          check(`${type.name}.${field.name}`, field.description);
          for (const arg of 'args' in field ? field.args : []) check(`${type.name}.${field.name}(${arg.name})`, arg.description);
        }
      }
      if (isEnumType(type)) for (const value of type.getValues()) check(`${type.name}.${value.name}`, value.description);
    }
    expect(missing).toEqual([]);
  });
});
