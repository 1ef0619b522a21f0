import { BEST_MATCH_ORDER, entity } from '../cypher-fragments';
import { bothForms, type StatementForm, type StatementForms } from '../statement';
import { itemOf, namedVars, orderedRows } from './clauses';
import type { Field } from './field';

/**
 * A bundle: a root entity and some of its catalogue fields, with fields of theirs nested, read
 * in one round trip. Each field is the same declaration its loader is built from.
 */
export interface BundleTree {
  readonly [field: string]: { readonly field: Field; readonly nested?: BundleTree };
}

export interface Bundle {
  readonly root: 'Work' | 'Person';
  readonly tree: BundleTree;
  readonly statement: StatementForms;
  /** The `$parts` flags the statement takes, one per field of the tree: its path joined by "_". */
  readonly parts: readonly string[];
}

/**
 * The root is the entity named by `$id`, or else by the name key `$key` (the preference of a plain
 * lookup). Each field of the tree is read only when its flag in `$parts` is true; one not read
 * comes back null and is left to the loaders.
 */
export function bundle(root: Bundle['root'], tree: BundleTree): Bundle {
  const statement = bothForms(
    `bundle:${root}`,
    (form) => `
  CALL () {
    MATCH (root:${root} {id: $id}) RETURN root
    UNION
    MATCH (:NameKey {key: $key})<-[:NAMED]-(root:${root}) RETURN root
  }
  WITH root ORDER BY ${BEST_MATCH_ORDER('root')} LIMIT 1
  RETURN ${entity('root', root, related(tree, 'root', '', form))} AS root`,
  );
  return { root, tree, statement, parts: partsOf(tree, '') };
}

function related(tree: BundleTree, self: string, path: string, form: StatementForm): string {
  const fields = Object.entries(tree).map(([name, { field, nested }]) => {
    const flag = `${path}${name}`;
    const v = namedVars(field, self, `${flag}_`);
    const inner = nested && field.kind === 'entities' ? related(nested, v[field.node]!, `${flag}_`, form) : undefined;
    return `${name}: CASE WHEN $parts.${flag} THEN COLLECT {
    ${orderedRows(field, v, [])}
    RETURN ${itemOf(field, v, form, inner)}
  } END`;
  });
  return `{ ${fields.join(',\n  ')} }`;
}

function partsOf(tree: BundleTree, path: string): string[] {
  return Object.entries(tree).flatMap(([name, { nested }]) => [
    `${path}${name}`,
    ...(nested ? partsOf(nested, `${path}${name}_`) : []),
  ]);
}
