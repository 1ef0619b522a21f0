import type { OrganizationModel, PlaceModel, WorkModel } from '../../db/models';
import type {
  EventResolvers,
  HonorResolvers,
  RankingResolvers,
  RatingResolvers,
  ReviewResolvers,
  SongResolvers,
} from '../generated/resolvers-types';
import { claimsField, first, only } from './work-resolvers';

const one = <T>(items: readonly unknown[]): T => first(items) as T;

export const reviewResolvers: ReviewResolvers = {
  claims: claimsField,
  confidence: (review) => review.confidence ?? 'STATED',
  work: (review, _, { loaders }) =>
    loaders
      .neighbors('reviewWork')
      .load(review.id)
      .then(one<WorkModel>),
  outlet: (review, _, { loaders }) =>
    loaders
      .neighbors('reviewOutlet')
      .load(review.id)
      .then(one<OrganizationModel | null>),
  about: (review, _, { loaders }) => loaders.neighbors('reviewAbout').load(review.id),
  sources: (review, _, { loaders }) => loaders.neighbors('sources').load(review.id).then(only('Source')),
};

export const rankingResolvers: RankingResolvers = {
  claims: claimsField,
  work: (ranking, _, { loaders }) =>
    loaders
      .neighbors('rankingWork')
      .load(ranking.id)
      .then(one<WorkModel>),
  publisher: (ranking, _, { loaders }) =>
    loaders
      .neighbors('rankingPublisher')
      .load(ranking.id)
      .then(one<OrganizationModel>),
  sources: (ranking, _, { loaders }) => loaders.neighbors('sources').load(ranking.id).then(only('Source')),
};

export const ratingResolvers: RatingResolvers = {
  claims: claimsField,
  work: (rating, _, { loaders }) =>
    loaders
      .neighbors('ratingWork')
      .load(rating.id)
      .then(one<WorkModel>),
  platform: (rating, _, { loaders }) =>
    loaders
      .neighbors('ratingPlatform')
      .load(rating.id)
      .then(one<OrganizationModel>),
  sources: (rating, _, { loaders }) => loaders.neighbors('sources').load(rating.id).then(only('Source')),
};

export const honorResolvers: HonorResolvers = {
  claims: claimsField,
  confidence: (honor) => honor.confidence ?? 'STATED',
  awardedBy: (honor, _, { loaders }) =>
    loaders
      .neighbors('honorAwardedBy')
      .load(honor.id)
      .then(one<OrganizationModel | null>),
  recipients: (honor, _, { loaders }) => loaders.neighbors('honorRecipients').load(honor.id),
  sources: (honor, _, { loaders }) => loaders.neighbors('sources').load(honor.id).then(only('Source')),
};

export const eventResolvers: EventResolvers = {
  claims: claimsField,
  confidence: (event) => event.confidence ?? 'STATED',
  place: (event, _, { loaders }) =>
    loaders
      .neighbors('eventPlace')
      .load(event.id)
      .then(one<PlaceModel | null>),
  works: (event, _, { loaders }) => loaders.neighbors('eventWorks').load(event.id).then(only('Work')),
  participants: (event, _, { loaders }) => loaders.neighbors('eventParticipants').load(event.id),
  sources: (event, _, { loaders }) => loaders.neighbors('sources').load(event.id).then(only('Source')),
};

export const songResolvers: SongResolvers = {
  claims: claimsField,
  work: (song, _, { loaders }) =>
    loaders
      .neighbors('songWork')
      .load(song.id)
      .then(one<WorkModel>),
  episodes: (song, _, { loaders }) => loaders.neighbors('songEpisodes').load(song.id).then(only('Episode')),
  performers: (song, _, { loaders }) => loaders.neighbors('songPerformers').load(song.id).then(only('Person')),
  lyricists: (song, _, { loaders }) => loaders.neighbors('songLyricists').load(song.id).then(only('Person')),
  composers: (song, _, { loaders }) => loaders.neighbors('songComposers').load(song.id).then(only('Person')),
  sources: (song, _, { loaders }) => loaders.neighbors('sources').load(song.id).then(only('Source')),
};
