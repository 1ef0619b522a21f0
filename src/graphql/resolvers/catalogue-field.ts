import type { GraphQLResolveInfo } from 'graphql';
import type { Field, ItemOf } from '../../db/catalogue';
import type { Related } from '../../db/models';
import type { GraphContext } from '../context';
import { pageBounds } from '../pagination';
import type { ListPage } from '../parents';

/**
 * Resolvers for catalogue fields (src/db/catalogue), one line each in the type's resolver file:
 * `list` for a plain list, `single` for a field of one item (or none), `paged` for a connection and Each reads
 * `exactlyOne` for one the schema makes non-null; what a bundle already fetched with the parent (`related`), or else asks the field's loader;
 * then it puts back the parent as the item's own end and applies the field's filter argument.
 */
interface Parent {
  readonly id: string;
  readonly related?: Related;
}
type Args = Readonly<Record<string, unknown>>;
type Resolver<T> = (parent: Parent, args: Args, context: GraphContext, info: GraphQLResolveInfo) => T | Promise<T>;

export function list<F extends Field>(field: F): Resolver<ItemOf<F>[]> {
  expectShape(field, 'list');
  return (parent, args, context, info) => then(items(field, parent, context, info), (all) => kept(field, all, args));
}

export function single<F extends Field>(field: F): Resolver<ItemOf<F> | null> {
  expectShape(field, 'single');
  return (parent, _, context, info) => then(items(field, parent, context, info), (all) => all[0] ?? null);
}

/** A field the schema says is always there (a character's work): one missing is broken data, reported as such. */
export function exactlyOne<F extends Field>(field: F): Resolver<ItemOf<F>> {
  expectShape(field, 'single');
  return (parent, _, context, info) =>
    then(items(field, parent, context, info), (all) => {
      const [first] = all;
      if (first === undefined) throw new Error(`${field.name} of ${parent.id} is missing`);
      return first;
    });
}

export function paged<F extends Field>(field: F): Resolver<ListPage<ItemOf<F>>> {
  expectShape(field, 'paged');
  return (parent, args, context, info) => {
    // Bad page arguments are refused before anything is read.
    pageBounds(args, 0, context.limits.maxPageSize);
    return then(items(field, parent, context, info), (all) => {
      const filtered = kept(field, all, args);
      const { start, end } = pageBounds(args, filtered.length, context.limits.maxPageSize);
      return { items: filtered.slice(start, end), offset: start, total: filtered.length };
    });
  };
}

/**
 * Read with the parent, the items come back as they are, not as a promise: graphql-js completes
 * those without a round through the microtask queue per item.
 */
function items<F extends Field>(
  field: F,
  parent: Parent,
  context: GraphContext,
  info: GraphQLResolveInfo,
): ItemOf<F>[] | Promise<ItemOf<F>[]> {
  const read = parent.related?.[info.fieldName] as ItemOf<F>[] | undefined;
  const found = read ?? context.reads(info).related(field).load(parent.id);
  return field.kind === 'items' && field.self ? then(found, (all) => withParent(all, field.self!, parent)) : found;
}

function withParent<T>(items: readonly T[], self: string, parent: Parent): T[] {
  return items.map((item) => ({ ...item, [self]: parent }));
}

function kept<T>(field: Field, items: T[], args: Args): T[] {
  const wanted = field.filter ? args[field.filter.argument] : undefined;
  if (wanted === undefined || wanted === null) return items;
  const property = field.filter!.property;
  return items.filter((item) => (item as Readonly<Record<string, unknown>>)[property] === wanted);
}

function then<T, U>(value: T | Promise<T>, next: (value: T) => U): U | Promise<U> {
  return value instanceof Promise ? value.then(next) : next(value);
}

/** A resolver that does not fit its field's declaration is a mistake in the code, found when the module loads. */
function expectShape(field: Field, shape: 'list' | 'single' | 'paged'): void {
  const declared = field.one ? 'single' : field.paged ? 'paged' : 'list';
  if (declared !== shape) throw new Error(`${field.name} is declared as ${declared}, not ${shape}`);
}
