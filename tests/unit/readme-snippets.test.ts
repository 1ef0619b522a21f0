import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../src/project-root';

/** README blocks marked `<!-- snippet: path -->` are the files the tests run, word for word. */
const readme = readFileSync(join(PROJECT_ROOT, 'README.md'), 'utf8');
const snippets = [...readme.matchAll(/<!-- snippet: (\S+) -->\n+```\w*\n([\s\S]*?)```/g)].map(
  ([, path, body]) => [path ?? '', body ?? ''] as const,
);

test('the README has its client snippets', () => {
  expect(snippets.map(([path]) => path)).toEqual([
    'examples/clients/apollo-client.ts',
    'examples/clients/urql-client.ts',
    'examples/clients/graphql-request.ts',
    'examples/clients/relay/relay-environment.ts',
  ]);
});

test.each(snippets)('the README shows %s as it is', (path, body) => {
  expect(body).toBe(readFileSync(join(PROJECT_ROOT, path), 'utf8'));
});
