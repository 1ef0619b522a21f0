import { readFileSync } from 'node:fs';
import { GENERATED, generate } from './codegen';

/** Fails when schema.graphql changed but the generated resolver types were not regenerated. */
generate().then((expected) => {
  if (readFileSync(GENERATED, 'utf8') !== expected) {
    process.stderr.write('src/graphql/generated/resolvers-types.ts is out of date: run npm run codegen\n');
    process.exitCode = 1;
  }
});
