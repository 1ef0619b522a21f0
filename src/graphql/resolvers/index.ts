import type {
  ClaimModel,
  CreditModel,
  EntityModel,
  EventModel,
  HonorModel,
  ReviewModel,
  SearchableModel,
} from '../../db/models';
import type { Resolvers } from '../generated/resolvers-types';
import { Character } from './character';
import { Claim } from './claim';
import { connectionResolvers } from './connection';
import { Edition } from './edition';
import { Episode } from './episode';
import { Event } from './event';
import { Honor } from './honor';
import { Adaptation, Casting, CounterpartLink, Credit, OrganizationCredit, Portrayal } from './links';
import { Mutation } from './mutation';
import { Organization } from './organization';
import { Path } from './path';
import { Person } from './person';
import { Place } from './place';
import { Query } from './query';
import { Ranking } from './ranking';
import { Rating } from './rating';
import { Review } from './review';
import { SearchConnection } from './search';
import { Song } from './song';
import { Work } from './work';

/** Node, SearchResult and the other abstract types: the data layer tags every entity with its type. */
const byTypename = { __resolveType: (entity: EntityModel) => entity.__typename };

export const resolvers: Resolvers = {
  Query,
  Mutation,
  Node: byTypename,
  SearchResult: { __resolveType: (node: SearchableModel) => node.__typename },
  Work,
  Person,
  Character,
  Episode,
  Organization,
  Place,
  Review,
  Ranking,
  Rating,
  Honor,
  Event,
  Song,
  Edition,
  Claim,
  Credit,
  Portrayal,
  Adaptation,
  CounterpartLink,
  OrganizationCredit,
  Casting,
  CreditConnection: connectionResolvers<CreditModel>(),
  ReviewConnection: connectionResolvers<ReviewModel>(),
  EventConnection: connectionResolvers<EventModel>(),
  HonorConnection: connectionResolvers<HonorModel>(),
  ClaimConnection: connectionResolvers<ClaimModel>(),
  SearchConnection,
  Path,
};
