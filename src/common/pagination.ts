import { Max, Min } from 'class-validator';
import { ArgsType, ClassType, Field, Int, ObjectType } from 'type-graphql';
import { BadInputError } from './errors';
import { assertId } from './ids';

export const MAX_PAGE_SIZE = 100;
/** Most values one list argument (ids, states) may carry. */
export const MAX_LIST_ARGUMENT = 100;

@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: 20, description: `每页条数 page size, 1 to ${MAX_PAGE_SIZE}` })
  @Min(1, { message: 'first must be at least 1' })
  @Max(MAX_PAGE_SIZE, { message: `first may be at most ${MAX_PAGE_SIZE}; page through longer lists with after` })
  first: number = 20;

  @Field({ nullable: true, description: '游标 return items after this cursor (endCursor of the previous page)' })
  after?: string;
}

@ObjectType({ description: '分页信息 page information' })
export class PageInfo {
  @Field({ description: '是否有下一页 whether more items follow' })
  hasNextPage!: boolean;

  @Field({ nullable: true, description: '末尾游标 cursor of the last item on this page' })
  endCursor?: string;
}

/** A keyset position: the sort value and the id that breaks ties. */
export interface Position {
  at: Date;
  id: string;
}

export function encodeCursor(position: Position): string {
  return Buffer.from(JSON.stringify([position.at.toISOString(), position.id])).toString('base64url');
}

export function decodeCursor(cursor: string): Position {
  try {
    const [at, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as [string, string];
    const date = new Date(at);
    if (typeof at !== 'string' || Number.isNaN(date.getTime())) throw new Error('bad cursor');
    return { at: date, id: assertId(id, 'cursor') };
  } catch {
    throw new BadInputError('The cursor in "after" is not one this API gave out; start again without it.', {
      argument: 'after',
    });
  }
}

export interface Page<T> {
  items: T[];
  /** Each item's cursor, when the list's order is not the newest-first one `positionOf` describes. */
  cursors?: string[];
  hasNextPage: boolean;
  countTotal: () => Promise<number>;
}

export interface ConnectionShape<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: PageInfo;
  totalCount(): Promise<number>;
}

/** Builds the `<Name>Connection` and `<Name>Edge` object types for a node type. */
export function Connection<T extends object>(node: ClassType<T>, name: string) {
  @ObjectType(`${name}Edge`, { description: `${name} 列表项 an item with its cursor` })
  class Edge {
    @Field({ description: '游标 cursor of this item' })
    cursor!: string;

    @Field(() => node, { description: '数据 the item' })
    node!: T;
  }

  @ObjectType(`${name}Connection`, { description: `${name} 分页列表 a page of items` })
  class ConnectionType implements ConnectionShape<T> {
    @Field(() => [Edge], { description: '列表项 items on this page' })
    edges!: Edge[];

    @Field(() => PageInfo, { description: '分页信息 page information' })
    pageInfo!: PageInfo;

    count!: () => Promise<number>;

    @Field(() => Int, { description: '总数 number of items matching the filter (costs one extra query)' })
    totalCount(): Promise<number> {
      return this.count();
    }

    static of(page: Page<T>, positionOf: (item: T) => Position): ConnectionType {
      const connection = new ConnectionType();
      connection.edges = page.items.map((item, i) => ({ cursor: page.cursors?.[i] ?? encodeCursor(positionOf(item)), node: item }));
      const last = connection.edges[connection.edges.length - 1];
      connection.pageInfo = { hasNextPage: page.hasNextPage, endCursor: last?.cursor };
      connection.count = page.countTotal;
      return connection;
    }
  }
  return ConnectionType;
}
