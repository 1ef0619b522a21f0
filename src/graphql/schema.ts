import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import gql from 'graphql-tag';
import type { DocumentNode } from 'graphql';
import { PROJECT_ROOT } from '../project-root';

/** schema.graphql at the project root is the one source of the API. */
export function loadTypeDefs(): DocumentNode {
  return gql(readFileSync(join(PROJECT_ROOT, 'schema.graphql'), 'utf8'));
}
