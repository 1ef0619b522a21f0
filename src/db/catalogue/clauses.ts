import { claimProvenance, entity, provenance } from '../cypher-fragments';
import type { StatementForm } from '../statement';
import type { EntityField, Field, ItemField, Vars } from './field';

/**
 * The clauses a field's declaration stands for, shared by its loader statement and by a bundle's
 * sub-query: the same match, the same de-duplication, the same order and the same item, so the
 * two paths cannot differ.
 */

/** The field's variables named for where they are used: `prefix` keeps a nested field's apart from its parent's. */
export function namedVars(field: Field, self: string, prefix: string): Vars<string> {
  const names = field.kind === 'entities' ? [...field.vars, ...field.afterVars] : field.vars;
  return Object.fromEntries([['self', self], ...names.map((name) => [name, `${prefix}${name}`])]);
}

/**
 * From the match to the ordered rows, each carrying `carry` (the loader's `key`) and the field's
 * variables; what follows makes each row an item.
 */
export function orderedRows(field: Field, v: Vars<string>, carry: readonly string[]): string {
  const keep = (names: readonly string[]) => [...carry, ...names.map((name) => v[name]!)].join(', ');
  if (field.kind === 'items') {
    return `${field.match(v)}
  WITH ${keep(field.vars)} ORDER BY ${field.order(v).join(', ')}`;
  }
  return `${field.match(v)}
  WITH DISTINCT ${keep([field.node])}${field.after ? `\n  ${field.after(v)}` : ''}
  WITH ${keep([field.node, ...field.afterVars])} ORDER BY ${field.order(v).join(', ')}`;
}

/** One item of the field as a Cypher expression; `related` adds what a bundle reads with an entity. */
export function itemOf(field: Field, v: Vars<string>, form: StatementForm, related?: string): string {
  return field.kind === 'entities' ? entityItem(field, v, related) : mapItem(field, v, form);
}

function entityItem(field: EntityField, v: Vars<string>, related: string | undefined): string {
  return entity(v[field.node]!, field.target, related);
}

function mapItem(field: ItemField, v: Vars<string>, form: StatementForm): string {
  const members = Object.entries(field.item(v)).map(([name, expression]) => `${name}: ${expression}`);
  if (form === 'full' && field.provenance) {
    const of = v[field.provenance]!;
    members.push(field.citesSources ? claimProvenance(of) : provenance(of));
  }
  return `{ ${members.join(', ')} }`;
}
