import { codegen } from '@graphql-codegen/core';
import * as fragmentMatcherPlugin from '@graphql-codegen/fragment-matcher';
import * as typedDocumentNodePlugin from '@graphql-codegen/typed-document-node';
import * as typescriptPlugin from '@graphql-codegen/typescript';
import * as operationsPlugin from '@graphql-codegen/typescript-operations';
import * as resolversPlugin from '@graphql-codegen/typescript-resolvers';
import { buildSchema, parse, printSchema, type DocumentNode } from 'graphql';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { format, resolveConfig } from 'prettier';

const ROOT = join(__dirname, '..');
export const GENERATED = join(ROOT, 'src/graphql/generated/resolvers-types.ts');
export const CLIENT_OPERATIONS = join(ROOT, 'examples/typed-client/operations');
export const CLIENT_GENERATED = join(ROOT, 'examples/typed-client/generated/graphql.ts');
export const POSSIBLE_TYPES = join(ROOT, 'src/graphql/generated/possible-types.ts');

function loadSchema(): DocumentNode {
  return parse(printSchema(buildSchema(readFileSync(join(ROOT, 'schema.graphql'), 'utf8'))));
}

/** Resolver types generated from schema.graphql; the parents are the data layer's models. */
export async function generate(): Promise<string> {
  const output = await codegen({
    filename: GENERATED,
    schema: loadSchema(),
    documents: [],
    plugins: [{ typescript: {} }, { typescriptResolvers: {} }],
    pluginMap: { typescript: typescriptPlugin, typescriptResolvers: resolversPlugin },
    config: {
      useTypeImports: true,
      enumsAsTypes: true,
      useIndexSignature: false,
      contextType: '../context#GraphContext',
      mappers: {
        Work: '../../db/models#WorkModel',
        Person: '../../db/models#PersonModel',
        Character: '../../db/models#CharacterModel',
        Organization: '../../db/models#OrganizationModel',
        Place: '../../db/models#PlaceModel',
        Episode: '../../db/models#EpisodeModel',
        Review: '../../db/models#ReviewModel',
        Ranking: '../../db/models#RankingModel',
        Rating: '../../db/models#RatingModel',
        Honor: '../../db/models#HonorModel',
        Event: '../../db/models#EventModel',
        Song: '../../db/models#SongModel',
        Edition: '../../db/models#EditionModel',
        Casting: '../../db/models#CastingModel',
        Source: '../../db/models#SourceModel',
        Credit: '../../db/models#CreditModel',
        Portrayal: '../../db/models#PortrayalModel',
        Adaptation: '../../db/models#AdaptationModel',
        CounterpartLink: '../../db/models#CounterpartLinkModel',
        OrganizationCredit: '../../db/models#OrganizationCreditModel',
        Claim: '../../db/models#ClaimModel',
        Path: '../../db/models#PathModel',
        PathEdge: '../parents#PathEdgeParent',
        CreditConnection: '../parents#CreditPage',
        ReviewConnection: '../parents#ReviewPage',
        EventConnection: '../parents#EventPage',
        HonorConnection: '../parents#HonorPage',
        ClaimConnection: '../parents#ClaimPage',
        SearchConnection: '../parents#SearchConnectionParent',
        SearchEdge: '../parents#SearchEdgeParent',
      },
      scalars: { ID: 'string' },
      avoidOptionals: false,
      maybeValue: 'T | null',
    },
  });
  return formatGenerated(GENERATED, 'schema.graphql', output, { lintable: false });
}

/**
 * The typed client's result and variable types and its typed documents, from the operations in
 * examples/typed-client/operations; codegen fails on an operation the schema does not allow.
 */
export async function generateClient(): Promise<string> {
  const files = readdirSync(CLIENT_OPERATIONS)
    .filter((name) => name.endsWith('.graphql'))
    .sort();
  const output = await codegen({
    filename: CLIENT_GENERATED,
    schema: loadSchema(),
    documents: files.map((name) => {
      const path = join(CLIENT_OPERATIONS, name);
      return { location: relative(ROOT, path), document: parse(readFileSync(path, 'utf8')) };
    }),
    // typescript-operations 6 emits the enums and inputs the operations use by itself; the
    // typescript plugin next to it would declare them a second time.
    plugins: [{ typescriptOperations: {} }, { typedDocumentNode: {} }],
    pluginMap: { typescriptOperations: operationsPlugin, typedDocumentNode: typedDocumentNodePlugin },
    config: { useTypeImports: true, enumType: 'string-literal', maybeValue: 'T | null' },
  });
  return formatGenerated(CLIENT_GENERATED, 'schema.graphql and examples/typed-client/operations', output, {
    lintable: true,
  });
}

/**
 * Which object types each interface and union stands for, in the shape Apollo Client's
 * InMemoryCache (`possibleTypes`) and urql's Graphcache (`possibleTypes` too) take, so fragments on
 * Node or SearchResult are matched without the app asking the server first.
 */
export async function generatePossibleTypes(): Promise<string> {
  const output = await codegen({
    filename: POSSIBLE_TYPES,
    schema: loadSchema(),
    documents: [],
    plugins: [{ fragmentMatcher: {} }],
    pluginMap: { fragmentMatcher: fragmentMatcherPlugin },
    config: { module: 'es2015', apolloClientVersion: 3, useExplicitTyping: true },
  });
  return formatGenerated(POSSIBLE_TYPES, 'schema.graphql', output, { lintable: true });
}

/** Every generated file and how to make it: `npm run codegen` writes them, `npm run codegen:check` compares. */
export const TARGETS: ReadonlyArray<{ readonly file: string; readonly generate: () => Promise<string> }> = [
  { file: GENERATED, generate },
  { file: CLIENT_GENERATED, generate: generateClient },
  { file: POSSIBLE_TYPES, generate: generatePossibleTypes },
];

/** `lintable: false` for output the linter would flag: the resolver types use `any` and leave a type unused. */
async function formatGenerated(
  file: string,
  from: string,
  output: string,
  options: { readonly lintable: boolean },
): Promise<string> {
  const banner =
    `// Generated from ${from} by scripts/codegen.ts (npm run codegen). Do not edit.\n` +
    (options.lintable ? '' : '/* eslint-disable */\n');
  return format(banner + output, { ...(await resolveConfig(file)), parser: 'typescript' });
}

if (require.main === module) {
  (async () => {
    for (const target of TARGETS) {
      writeFileSync(target.file, await target.generate());
      process.stdout.write(`wrote ${relative(ROOT, target.file)}\n`);
    }
  })().catch((error: unknown) => {
    process.stderr.write(`${String((error as Error)?.stack ?? error)}\n`);
    process.exitCode = 1;
  });
}
