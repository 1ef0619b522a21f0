import type { EntityLabel } from '../../vocabulary';
import type { EntityModel, EntityOf } from '../models';

/**
 * One relationship-backed field of the API, declared once: how to reach its items from the
 * parent, in which order, and what each item is. The batched loader statement and the bundle's
 * sub-query are both generated from it (loader-statement.ts, bundle-statement.ts), so the two
 * paths cannot answer in different orders or shapes.
 */
export type Field = EntityField | ItemField;

/**
 * The Cypher variables of a field's clauses, named by the generator so that fields nested in a
 * bundle never clash; `self` is the parent entity.
 */
export type Vars<V extends string> = Readonly<Record<V | 'self', string>>;

/** An argument that keeps the items whose property equals it, such as `events(kind:)`. */
export interface Filter {
  readonly argument: string;
  readonly property: string;
}

interface Common {
  /** "Work.credits", or "Entity.sources" for a field every entity type shares. */
  readonly name: string;
  /** The parent's label; Entity for a field every entity type has. */
  readonly parent: EntityLabel | 'Entity';
  /** One item (or none) rather than a list. */
  readonly one: boolean;
  readonly filter?: Filter;
  /** Offered as a page of a connection (`first`, `after`) rather than as a plain list. */
  readonly paged: boolean;
  readonly vars: readonly string[];
  /** MATCH clauses from `self` to the items. */
  match(v: Vars<string>): string;
  order(v: Vars<string>): readonly string[];
}

/** A list of entities, each distinct: a work's characters, an event's participants. */
export interface EntityField<T extends EntityModel = EntityModel> extends Common {
  readonly kind: 'entities';
  /** The variable the items are bound to. */
  readonly node: string;
  /** Their label, or Entity when they may be of any type. */
  readonly target: EntityLabel | 'Entity';
  /** Clauses after de-duplication that bring in what ordering needs, such as a counterpart's work. */
  after?(v: Vars<string>): string;
  /** The variables `after` binds. */
  readonly afterVars: readonly string[];
  readonly model?: T;
}

/** A list of items that are not entities: credits, portrayals, claims, organizations' parts in a work. */
export interface ItemField<T = unknown> extends Common {
  readonly kind: 'items';
  /** The item's GraphQL type, such as Credit. */
  readonly itemType: string;
  /** The item's member that is the parent itself: never read, put back from the parent. */
  readonly self?: string;
  /** The relationship whose provenance (confidence, note, sources, stamps) the full form adds. */
  readonly provenance?: string;
  /** The provenance is a claim node's, whose sources are CITES links rather than a list of ids. */
  readonly citesSources?: boolean;
  /** Each member of the item as a Cypher expression; `node()` and `optionalNode()` project entities. */
  item(v: Vars<string>): Readonly<Record<string, string>>;
  readonly model?: T;
}

/** The items a field's list holds, as the repository hands them out. */
export type ItemOf<F> = F extends EntityField<infer T> ? T : F extends ItemField<infer T> ? T : never;

interface Options<V extends string> {
  readonly vars: readonly V[];
  readonly match: (v: Vars<V>) => string;
  readonly order: (v: Vars<V>) => readonly string[];
  readonly one?: boolean;
  readonly filter?: Filter;
  readonly paged?: boolean;
}

/** A field whose items are the entities bound to `node`. */
export function entities<
  const L extends EntityLabel | 'Entity',
  const V extends string,
  const W extends string = never,
>(
  name: string,
  parent: EntityLabel | 'Entity',
  target: L,
  options: Omit<Options<V>, 'order'> & {
    readonly node: V;
    readonly after?: { readonly vars: readonly W[]; readonly match: (v: Vars<V | W>) => string };
    readonly order: (v: Vars<V | W>) => readonly string[];
  },
): EntityField<L extends EntityLabel ? EntityOf<L> : EntityModel> {
  return {
    kind: 'entities',
    name,
    parent,
    target,
    node: options.node,
    one: options.one ?? false,
    paged: options.paged ?? false,
    ...(options.filter ? { filter: options.filter } : {}),
    vars: options.vars,
    match: options.match,
    ...(options.after ? { after: options.after.match } : {}),
    afterVars: options.after?.vars ?? [],
    order: options.order,
  };
}

/**
 * A field whose items are maps; `T` is the model each becomes, and `item` must give every member
 * of it but the parent's own (`self`) and the provenance, which the full form adds.
 */
export function items<T>() {
  return <const V extends string, const S extends keyof T & string = never>(
    name: string,
    parent: EntityLabel | 'Entity',
    itemType: string,
    options: Options<V> & {
      readonly self?: S;
      readonly provenance?: V;
      readonly citesSources?: boolean;
      readonly item: (v: Vars<V>) => { readonly [K in Exclude<keyof T, S | ProvenanceKey>]-?: string };
    },
  ): ItemField<T> => ({
    kind: 'items',
    name,
    parent,
    itemType,
    one: options.one ?? false,
    paged: options.paged ?? false,
    ...(options.filter ? { filter: options.filter } : {}),
    ...(options.self ? { self: options.self } : {}),
    ...(options.provenance ? { provenance: options.provenance } : {}),
    ...(options.citesSources ? { citesSources: true } : {}),
    vars: options.vars,
    match: options.match,
    order: options.order,
    item: options.item,
  });
}

/**
 * The members the full form of a statement adds to an item from its relationship: selecting any
 * of them makes a read use the full form.
 */
export const PROVENANCE_KEYS = ['confidence', 'note', 'sources', 'revision'] as const;
export type ProvenanceKey = (typeof PROVENANCE_KEYS)[number];
