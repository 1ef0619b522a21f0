import { BUNDLES } from './bundles';
import { ALL_FIELDS, loaderStatement } from './catalogue';
import {
  ENTITIES_BY_IDS,
  ENTITIES_BY_NAME_KEY,
  PORTRAYALS_BY_CHARACTER_KEY,
  SEARCH,
  SEARCH_PAGE,
  SHORTEST_PATH_BY_LENGTH,
  WORKS,
} from './lookup-queries';
import type { Statement } from './statement';

/**
 * Every statement the API's reads can run, each form of each once: for the Cypher snapshot
 * (tests/unit/cypher-statements.test.ts) and the bench's plan check, which EXPLAINs them all.
 */
export function allReadStatements(): Statement[] {
  return [
    ENTITIES_BY_IDS,
    ENTITIES_BY_NAME_KEY,
    WORKS,
    PORTRAYALS_BY_CHARACTER_KEY.full,
    PORTRAYALS_BY_CHARACTER_KEY.lean,
    SEARCH,
    SEARCH_PAGE,
    ...SHORTEST_PATH_BY_LENGTH.slice(1),
    ...Object.values(BUNDLES).flatMap((bundle) => [bundle.statement.full, bundle.statement.lean]),
    ...ALL_FIELDS.flatMap((field) => {
      const forms = loaderStatement(field);
      return forms.full.text === forms.lean.text ? [forms.full] : [forms.full, forms.lean];
    }),
  ];
}
