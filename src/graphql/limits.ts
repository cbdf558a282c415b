import {
  GraphQLError,
  getNamedType,
  getNullableType,
  isListType,
  isObjectType,
  Kind,
  type GraphQLNamedType,
  type GraphQLSchema,
  type ASTVisitor,
  type FragmentDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';

/**
 * Limits that refuse hostile documents at validation, before any resolver or SQL runs. The
 * figures leave room for every console query the schema invites (the deepest is an incident
 * with its orders, their units and timelines) while stopping documents built to exhaust the
 * server.
 */
export const LIMITS = {
  /** Lexical tokens in one document (parser option). */
  maxTokens: 5000,
  /** Nesting of selection sets, fragments expanded. */
  maxDepth: 10,
  /** Aliased fields in one document. */
  maxAliases: 30,
  /** Estimated fields resolved: each field counts once per item its enclosing lists return. */
  maxCost: 20000,
  /** Items assumed for a list field without a `first` argument. */
  defaultListSize: 25,
} as const;

export const parseOptions = { maxTokens: LIMITS.maxTokens };

function limitError(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
}

function fragmentsOf(context: ValidationContext): Map<string, FragmentDefinitionNode> {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of context.getDocument().definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  return fragments;
}

interface Walk {
  fragments: Map<string, FragmentDefinitionNode>;
  schema: GraphQLSchema;
  visiting: Set<string>;
}

/**
 * Depth and cost of a selection set, fragments expanded. A field with a `first` argument
 * multiplies what is below it by `first`; its `edges` list is that page, not another
 * multiplier. Other list fields count as `defaultListSize` items.
 */
function measure(
  set: SelectionSetNode,
  parent: GraphQLNamedType | undefined,
  multiplier: number,
  pagedParent: boolean,
  walk: Walk,
): { depth: number; cost: number } {
  let depth = 0;
  let cost = 0;
  for (const selection of set.selections) {
    if (selection.kind === Kind.FIELD) {
      // Introspection (__schema, __type) is bounded by the schema, and its cycles by graphql's
      // own MaxIntrospectionDepthRule; counted here, the standard getIntrospectionQuery() fails.
      if (selection.name.value.startsWith('__')) continue;
      cost += multiplier;
      if (!selection.selectionSet) continue;
      const definition = parent && isObjectType(parent) ? parent.getFields()[selection.name.value] : undefined;
      const type = definition ? getNullableType(definition.type) : undefined;
      const first = selection.arguments?.find((arg) => arg.name.value === 'first');
      let childMultiplier = multiplier;
      if (first) {
        childMultiplier *= first.value.kind === Kind.INT ? Math.max(Number(first.value.value), 1) : LIMITS.defaultListSize;
      } else if (type && isListType(type) && !pagedParent) {
        childMultiplier *= LIMITS.defaultListSize;
      }
      const inner = measure(selection.selectionSet, type ? getNamedType(type) : undefined, childMultiplier, first !== undefined, walk);
      depth = Math.max(depth, inner.depth + 1);
      cost += inner.cost;
    } else {
      const name = selection.kind === Kind.FRAGMENT_SPREAD ? selection.name.value : undefined;
      const fragment = name ? walk.fragments.get(name) : undefined;
      const fragmentSet = selection.kind === Kind.INLINE_FRAGMENT ? selection.selectionSet : fragment?.selectionSet;
      if (!fragmentSet || (name && walk.visiting.has(name))) continue;
      const condition = selection.kind === Kind.INLINE_FRAGMENT ? selection.typeCondition : fragment?.typeCondition;
      const type = condition ? walk.schema.getType(condition.name.value) ?? parent : parent;
      if (name) walk.visiting.add(name);
      const inner = measure(fragmentSet, type, multiplier, pagedParent, walk);
      if (name) walk.visiting.delete(name);
      depth = Math.max(depth, inner.depth);
      cost += inner.cost;
    }
  }
  return { depth, cost };
}

export const depthAndCostRule: ValidationRule = (context): ASTVisitor => {
  const fragments = fragmentsOf(context);
  return {
    OperationDefinition(operation) {
      const schema = context.getSchema();
      const root = schema.getRootType(operation.operation) ?? undefined;
      const { depth, cost } = measure(operation.selectionSet, root, 1, false, { fragments, schema, visiting: new Set() });
      if (depth > LIMITS.maxDepth) {
        context.reportError(limitError(`The query is nested ${depth} levels deep; the limit is ${LIMITS.maxDepth}.`));
      }
      if (cost > LIMITS.maxCost) {
        context.reportError(
          limitError(
            `The query would resolve about ${cost} fields; the limit is ${LIMITS.maxCost}. Ask for fewer items (first) or fewer nested lists.`,
          ),
        );
      }
    },
  };
};

export const aliasLimitRule: ValidationRule = (context): ASTVisitor => {
  let aliases = 0;
  let reported = false;
  return {
    Field(field) {
      if (!field.alias) return;
      aliases++;
      if (aliases > LIMITS.maxAliases && !reported) {
        reported = true;
        context.reportError(limitError(`The document uses more than ${LIMITS.maxAliases} aliases; split it into several requests.`));
      }
    },
  };
};

export const validationRules: ValidationRule[] = [depthAndCostRule, aliasLimitRule];
