import type { WorkModel } from '../../db/models';
import type {
  CharacterResolvers,
  CounterpartLinkResolvers,
  CreditResolvers,
  PersonResolvers,
  PortrayalResolvers,
} from '../generated/resolvers-types';
import { claimsField, first, only } from './work-resolvers';

export const personResolvers: PersonResolvers = {
  aliases: (person) => person.aliases ?? [],
  confidence: (person) => person.confidence ?? 'STATED',
  credits: (person, _, { loaders }) => person.preload?.credits ?? loaders.creditsOfPerson.load(person.id),
  portrayals: (person, _, { loaders }) => person.preload?.portrayals ?? loaders.portrayalsOfPerson.load(person.id),
  honors: (person, _, { loaders }) => loaders.neighbors('personHonors').load(person.id).then(only('Honor')),
  songs: (person, _, { loaders }) => loaders.neighbors('personSongs').load(person.id).then(only('Song')),
  claims: claimsField,
  sources: (person, _, { loaders }) => loaders.neighbors('sources').load(person.id).then(only('Source')),
};

export const characterResolvers: CharacterResolvers = {
  aliases: (character) => character.aliases ?? [],
  confidence: (character) => character.confidence ?? 'STATED',
  work: (character, _, { loaders }) =>
    character.preload?.work ??
    (loaders.neighbors('characterWork').load(character.id).then(only('Work')).then(first) as Promise<WorkModel>),
  counterparts: (character, _, { loaders }) =>
    character.preload?.counterparts ??
    loaders.neighbors('characterCounterparts').load(character.id).then(only('Character')),
  counterpartLinks: (character, _, { loaders }) => loaders.counterpartLinks.load(character.id),
  portrayals: (character, _, { loaders }) =>
    character.preload?.portrayals ?? loaders.portrayalsOfCharacter.load(character.id),
  claims: claimsField,
  sources: (character, _, { loaders }) => loaders.neighbors('sources').load(character.id).then(only('Source')),
};

export const creditResolvers: CreditResolvers = {
  confidence: (credit) => credit.confidence ?? 'STATED',
  episodes: (credit) => credit.episodes ?? null,
};
export const portrayalResolvers: PortrayalResolvers = {
  confidence: (portrayal) => portrayal.confidence ?? 'STATED',
};
export const counterpartLinkResolvers: CounterpartLinkResolvers = {
  confidence: (link) => link.confidence ?? 'STATED',
};
