import { type ClassType, Field, ObjectType } from 'type-graphql';
import { isUuid } from '../db/uuid.js';
import { badInput } from '../errors/domain-error.js';

@ObjectType({ description: 'Where a page of a list ends, and whether more follow.' })
export class PageInfo {
  @Field(() => Boolean)
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

/** A Relay connection type for `Node`, named `<Node>Connection`, with `<Node>Edge`s. */
export function Connection<Node extends object>(node: ClassType<Node>) {
  @ObjectType(`${node.name}Edge`)
  class Edge {
    @Field(() => String)
    cursor!: string;

    @Field(() => node)
    node!: Node;
  }

  // Not in the schema itself (nothing refers to it): each list extends it under its own name.
  @ObjectType()
  abstract class Page {
    @Field(() => [Edge])
    edges!: Edge[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;
  }
  return Page;
}

/** A position in a list ordered by (createdAt, id): stable, since ids break ties. */
export type Keyset = { createdAt: Date; id: string };

export function encodeCursor({ createdAt, id }: Keyset): string {
  return Buffer.from(`${createdAt.toISOString()}|${id}`).toString('base64url');
}

export function decodeCursor(cursor: string | null | undefined, field = 'after'): Keyset | null {
  if (cursor == null) return null;
  const [iso, id] = Buffer.from(cursor, 'base64url').toString().split('|');
  const createdAt = new Date(iso ?? '');
  // Only what encodeCursor writes: Date parses much else, and the id meets a uuid column.
  const written = !Number.isNaN(createdAt.getTime()) && createdAt.toISOString() === iso;
  if (!id || !isUuid(id) || !written) throw badInput(field, 'is not a cursor from this list');
  return { createdAt, id };
}

export const maxPageSize = 100;

export function checkPageSize(first: number, field = 'first') {
  if (!Number.isInteger(first) || first < 1 || first > maxPageSize) {
    throw badInput(field, `must be 1 to ${maxPageSize}`);
  }
}

/** Edges and page info from rows fetched with one row more than the page. */
export function toConnection<Row>(rows: Row[], first: number, cursorOf: (row: Row) => string) {
  const edges = rows.slice(0, first).map((node) => ({ cursor: cursorOf(node), node }));
  return {
    edges,
    pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null },
  };
}
