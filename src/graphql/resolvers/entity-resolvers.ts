import type { EntityModel, WorkModel } from '../../db/models';
import type {
  ClaimResolvers,
  EpisodeResolvers,
  OrganizationCreditResolvers,
  OrganizationResolvers,
  PathResolvers,
  PlaceResolvers,
  SearchConnectionResolvers,
  SourceResolvers,
} from '../generated/resolvers-types';
import { claimsField, first, only } from './work-resolvers';

/** Node, SearchResult and the other abstract types: the data layer tags every entity with its type. */
export const resolveEntityType = (entity: EntityModel): EntityModel['__typename'] => entity.__typename;

export const episodeResolvers: EpisodeResolvers = {
  work: (episode, _, { loaders }) =>
    loaders
      .neighbors('episodeWork')
      .load(episode.id)
      .then((items) => first(items) as WorkModel),
  directors: (episode, _, { loaders }) => loaders.neighbors('episodeDirectors').load(episode.id).then(only('Person')),
  songs: (episode, _, { loaders }) => loaders.neighbors('episodeSongs').load(episode.id).then(only('Song')),
  claims: claimsField,
  sources: (episode, _, { loaders }) => loaders.neighbors('sources').load(episode.id).then(only('Source')),
};

export const organizationResolvers: OrganizationResolvers = {
  aliases: (organization) => organization.aliases ?? [],
  works: (organization, _, { loaders }) => loaders.organizationCreditsOfOrganization.load(organization.id),
  claims: claimsField,
  sources: (organization, _, { loaders }) => loaders.neighbors('sources').load(organization.id).then(only('Source')),
};

export const organizationCreditResolvers: OrganizationCreditResolvers = {
  confidence: (credit) => credit.confidence ?? 'STATED',
};

export const placeResolvers: PlaceResolvers = {
  aliases: (place) => place.aliases ?? [],
  within: (place, _, { loaders }) => loaders.neighbors('placeWithin').load(place.id).then(only('Place')).then(first),
  events: (place, _, { loaders }) => loaders.neighbors('placeEvents').load(place.id).then(only('Event')),
  claims: claimsField,
  sources: (place, _, { loaders }) => loaders.neighbors('sources').load(place.id).then(only('Source')),
};

export const claimResolvers: ClaimResolvers = {
  preferred: (claim) => claim.rank === 'PREFERRED',
};

export const sourceResolvers: SourceResolvers = {
  reliability: (source) => source.reliability ?? 'NORMAL',
};

export const searchConnectionResolvers: SearchConnectionResolvers = {
  nodes: (connection) => connection.edges.map((edge) => edge.node) as never,
  totalCount: (connection) => {
    // The projection counts matches exactly when an operation selects totalCount (see search()).
    if (connection.total === null) throw new Error('search matches were not counted for this operation');
    return connection.total;
  },
  pageInfo: (connection) => ({
    hasNextPage: connection.hasNextPage,
    endCursor: connection.edges.at(-1)?.cursor ?? null,
  }),
};

export const pathResolvers: PathResolvers = {
  length: (path) => path.edges.length,
};
