import { existsSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { TARGETS } from './codegen';

/** Fails when schema.graphql or a client operation changed but the generated types were not regenerated. */
(async () => {
  for (const { file, generate } of TARGETS) {
    const expected = await generate();
    if (!existsSync(file) || readFileSync(file, 'utf8') !== expected) {
      process.stderr.write(`${relative(process.cwd(), file)} is out of date: run npm run codegen\n`);
      process.exitCode = 1;
    }
  }
})().catch((error: unknown) => {
  process.stderr.write(`${String((error as Error)?.stack ?? error)}\n`);
  process.exitCode = 1;
});
