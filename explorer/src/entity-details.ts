import { enumInWords } from './entity-kinds';
import { summarize, type EntitySummary } from './entity-refs';
import { isRecord, recordsOf } from './fragment-builder';
import type { EntityRecord } from './neighbourhood';

export interface SourceReference {
  readonly id: string;
  readonly title: string;
  readonly url: string | null;
  readonly fileName: string | null;
  readonly publisher: string | null;
  readonly publishedOn: string | null;
  readonly weak: boolean;
}

/** What the side panel shows about the selected entity. */
export interface EntityDetails {
  readonly summary: EntitySummary;
  readonly nativeName: string | null;
  readonly aliases: readonly string[];
  /** Short facts as term and value, in reading order. */
  readonly facts: ReadonlyArray<readonly [string, string]>;
  /** The longest prose the API has about it: a description, synopsis, summary or note. */
  readonly text: string | null;
  readonly sources: readonly SourceReference[];
}

/** Fields shown as facts, with their term; enums read as words, lists joined. */
const FACT_FIELDS: ReadonlyArray<readonly [field: string, term: string]> = [
  ['kind', 'Kind'],
  ['year', 'Year'],
  ['releaseDate', 'Released'],
  ['date', 'Date'],
  ['endDate', 'Until'],
  ['country', 'Country'],
  ['language', 'Language'],
  ['genres', 'Genres'],
  ['runtimeMinutes', 'Runtime (minutes)'],
  ['episodeCount', 'Episodes'],
  ['number', 'Episode'],
  ['title', 'Title'],
  ['critic', 'Critic'],
  ['stance', 'Stance'],
  ['list', 'List'],
  ['rank', 'Rank'],
  ['value', 'Score'],
  ['prize', 'Prize'],
  ['category', 'Category'],
  ['result', 'Result'],
  ['album', 'Album'],
  ['publisher', 'Publisher'],
  ['publishedOn', 'Published'],
  ['reliability', 'Reliability'],
  ['fileName', 'Seed file'],
];

const TEXT_FIELDS = ['description', 'synopsis', 'summary', 'note'] as const;

export function detailsOf(entity: EntityRecord): EntityDetails {
  return {
    summary: summarize(entity),
    nativeName: stringOf(entity.nativeName) ?? stringOf(entity.nativeTitle),
    aliases: Array.isArray(entity.aliases) ? entity.aliases.filter((alias) => typeof alias === 'string') : [],
    facts: factsOf(entity),
    text: TEXT_FIELDS.map((field) => stringOf(entity[field])).find((text) => text !== null) ?? null,
    sources: recordsOf(entity.sources).map(sourceOf),
  };
}

function factsOf(entity: EntityRecord): Array<readonly [string, string]> {
  const facts: Array<readonly [string, string]> = [];
  for (const [field, term] of FACT_FIELDS) {
    // An episode's title is a fact; anything else's title is already the panel's heading.
    if (field === 'title' && entity.__typename !== 'Episode') continue;
    const value = entity[field];
    if (field === 'value' && typeof value === 'number') {
      facts.push([term, `${value} / ${typeof entity.scale === 'number' ? entity.scale : '?'}`]);
      continue;
    }
    const text = factText(value);
    if (text !== null) facts.push([term, text]);
  }
  if (typeof entity.url === 'string') facts.push(['Address', entity.url]);
  return facts;
}

function factText(value: unknown): string | null {
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return value.length > 0 ? value.join(', ') : null;
  if (isRecord(value) && typeof value.name === 'string') return value.name;
  const text = stringOf(value);
  if (text === null) return null;
  return /^[A-Z][A-Z_]+$/.test(text) ? enumInWords(text) : text;
}

function sourceOf(source: Record<string, unknown>): SourceReference {
  return {
    id: String(source.id),
    title: stringOf(source.title) ?? String(source.id),
    url: stringOf(source.url),
    fileName: stringOf(source.fileName),
    publisher: stringOf(source.publisher),
    publishedOn: stringOf(source.publishedOn),
    weak: source.reliability === 'WEAK',
  };
}

function stringOf(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value : null;
}
