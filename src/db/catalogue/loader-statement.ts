import { bothForms, type StatementForms } from '../statement';
import { itemOf, namedVars, orderedRows } from './clauses';
import type { Field } from './field';

/**
 * The batched statement behind a field's loader: `$ids` in, one row per parent that has items,
 * `key` and `items` in order. Both forms; they differ only where an item carries provenance.
 */
export function loaderStatement(field: Field): StatementForms {
  return bothForms(field.name, (form) => {
    const v = namedVars(field, 'self', '');
    return `
  UNWIND $ids AS key
  MATCH (self:${field.parent} {id: key})
  ${orderedRows(field, v, ['key'])}
  RETURN key, collect(${itemOf(field, v, form)}) AS items`;
  });
}
