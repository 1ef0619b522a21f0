import { nameKey } from '../names';
import type { EntityLabel } from '../vocabulary';
import type { Props } from './graph-state';

/**
 * What the graph derives from an entity's names, so that every write derives it the same way:
 * its name keys (exact lookups), primary key and search text, and for the types named by a title
 * their `name`. None of it is a fact of its own, so none of it is in a revision.
 */
interface Naming {
  readonly primary: (props: Props) => string | null;
  readonly native?: string;
  /** Searchable by its names (name keys, search text), rather than only carrying a `name`. */
  readonly keyed: boolean;
  /** `name` is the title, for the types that have a title rather than a name. */
  readonly titled: boolean;
}

const str = (value: unknown): string | null => (typeof value === 'string' ? value : null);
const byName: Naming = { primary: (p) => str(p.name), native: 'nativeName', keyed: true, titled: false };
const byTitle = (keyed: boolean, native?: string): Naming => ({
  primary: (p) => str(p.title),
  ...(native ? { native } : {}),
  keyed,
  titled: true,
});

const NAMING: Partial<Record<EntityLabel, Naming>> = {
  Person: byName,
  Character: byName,
  Organization: byName,
  Place: byName,
  Work: byTitle(true, 'nativeTitle'),
  Song: byTitle(true, 'nativeTitle'),
  Episode: {
    primary: (p) => str(p.title) ?? `Episode ${String(p.number)}`,
    native: 'nativeTitle',
    keyed: true,
    titled: true,
  },
  Event: byTitle(false),
  Edition: byTitle(false),
};

/** Properties the graph derives: never part of an entity's state, always recomputed when it is written. */
export const DERIVED_PROPS = ['primaryKey', 'searchText'] as const;

export function isDerived(label: EntityLabel, property: string): boolean {
  return (DERIVED_PROPS as readonly string[]).includes(property) || (property === 'name' && !!NAMING[label]?.titled);
}

/** The names an entity is found by, primary first. */
export function namesOf(label: EntityLabel, props: Props): string[] {
  const naming = NAMING[label];
  if (!naming?.keyed) return [];
  const primary = naming.primary(props);
  const native = naming.native ? str(props[naming.native]) : null;
  const aliases = Array.isArray(props.aliases) ? props.aliases.filter((a): a is string => typeof a === 'string') : [];
  return [...(primary ? [primary] : []), ...(native ? [native] : []), ...aliases];
}

/** The derived properties and name keys of an entity with these properties. */
export function derivedProps(label: EntityLabel, props: Props): { props: Props; keys: string[] } {
  const naming = NAMING[label];
  if (!naming) return { props: {}, keys: [] };
  const primary = naming.primary(props);
  const named: Props = naming.titled ? { name: primary } : {};
  if (!naming.keyed) return { props: named, keys: [] };
  const names = namesOf(label, props);
  const keys = unique(names.map(nameKey).filter((key) => key.length > 0));
  return {
    props: {
      ...named,
      primaryKey: primary === null ? null : nameKey(primary),
      searchText: unique([...names, ...keys]).join(' \u2022 '),
    },
    keys,
  };
}

function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}
