import type { Resolvers } from '../generated/resolvers-types';
import {
  claimResolvers,
  episodeResolvers,
  organizationCreditResolvers,
  organizationResolvers,
  pathResolvers,
  placeResolvers,
  resolveEntityType,
  searchConnectionResolvers,
  sourceResolvers,
} from './entity-resolvers';
import {
  characterResolvers,
  counterpartLinkResolvers,
  creditResolvers,
  personResolvers,
  portrayalResolvers,
} from './people-resolvers';
import { mutationResolvers } from './mutation-resolvers';
import { queryResolvers } from './query-resolvers';
import {
  eventResolvers,
  honorResolvers,
  rankingResolvers,
  ratingResolvers,
  reviewResolvers,
  songResolvers,
} from './reception-resolvers';
import { adaptationResolvers, creditConnectionResolvers, workResolvers } from './work-resolvers';

export const resolvers: Resolvers = {
  Query: queryResolvers,
  Mutation: mutationResolvers,
  Node: { __resolveType: resolveEntityType },
  SearchResult: { __resolveType: (node) => resolveEntityType(node) as never },
  Work: workResolvers,
  Adaptation: adaptationResolvers,
  Person: personResolvers,
  Character: characterResolvers,
  CounterpartLink: counterpartLinkResolvers,
  Credit: creditResolvers,
  CreditConnection: creditConnectionResolvers as unknown as Resolvers['CreditConnection'],
  Portrayal: portrayalResolvers,
  Episode: episodeResolvers,
  Organization: organizationResolvers,
  OrganizationCredit: organizationCreditResolvers,
  Place: placeResolvers,
  Review: reviewResolvers,
  Ranking: rankingResolvers,
  Rating: ratingResolvers,
  Honor: honorResolvers,
  Event: eventResolvers,
  Song: songResolvers,
  Claim: claimResolvers,
  Source: sourceResolvers,
  SearchConnection: searchConnectionResolvers,
  Path: pathResolvers,
};
