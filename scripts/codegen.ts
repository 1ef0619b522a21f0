import { codegen } from '@graphql-codegen/core';
import * as typescriptPlugin from '@graphql-codegen/typescript';
import * as resolversPlugin from '@graphql-codegen/typescript-resolvers';
import { buildSchema, parse, printSchema } from 'graphql';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { format, resolveConfig } from 'prettier';

const ROOT = join(__dirname, '..');
export const GENERATED = join(ROOT, 'src/graphql/generated/resolvers-types.ts');

/** Resolver types generated from schema.graphql; the parents are the data layer's models. */
export async function generate(): Promise<string> {
  const schema = buildSchema(readFileSync(join(ROOT, 'schema.graphql'), 'utf8'));
  const output = await codegen({
    filename: GENERATED,
    schema: parse(printSchema(schema)),
    documents: [],
    plugins: [{ typescript: {} }, { typescriptResolvers: {} }],
    pluginMap: { typescript: typescriptPlugin, typescriptResolvers: resolversPlugin },
    config: {
      useTypeImports: true,
      enumsAsTypes: true,
      useIndexSignature: false,
      contextType: '../context#GraphContext',
      mappers: {
        Work: '../parents#WorkParent',
        Person: '../parents#PersonParent',
        Character: '../parents#CharacterParent',
        Organization: '../../db/models#OrganizationModel',
        Place: '../../db/models#PlaceModel',
        Episode: '../../db/models#EpisodeModel',
        Review: '../../db/models#ReviewModel',
        Ranking: '../../db/models#RankingModel',
        Rating: '../../db/models#RatingModel',
        Honor: '../../db/models#HonorModel',
        Event: '../../db/models#EventModel',
        Song: '../../db/models#SongModel',
        Source: '../../db/models#SourceModel',
        Credit: '../../db/models#CreditModel',
        Portrayal: '../../db/models#PortrayalModel',
        Adaptation: '../../db/models#AdaptationModel',
        CounterpartLink: '../../db/models#CounterpartLinkModel',
        OrganizationCredit: '../../db/models#OrganizationCreditModel',
        Claim: '../../db/models#ClaimModel',
        Path: '../../db/models#PathModel',
        PathEdge: '../parents#PathEdgeParent',
        CreditConnection: '../parents#CreditConnectionParent',
        SearchConnection: '../parents#SearchConnectionParent',
        SearchEdge: '../parents#SearchEdgeParent',
      },
      scalars: { ID: 'string' },
      avoidOptionals: false,
      maybeValue: 'T | null',
    },
  });
  const banner =
    '// Generated from schema.graphql by scripts/codegen.ts (npm run codegen). Do not edit.\n/* eslint-disable */\n';
  return format(banner + output, { ...(await resolveConfig(GENERATED)), parser: 'typescript' });
}

if (require.main === module) {
  generate().then((text) => {
    writeFileSync(GENERATED, text);
    process.stdout.write(`wrote ${GENERATED}\n`);
  });
}
