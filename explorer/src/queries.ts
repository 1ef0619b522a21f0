/**
 * Every GraphQL document the explorer sends. Neighbour fields use small per-type fragments
 * (not one polymorphic fragment) to stay well inside the server's cost and alias limits.
 */

const FRAGMENTS: Readonly<Record<string, string>> = {
  WorkRef: 'fragment WorkRef on Work { __typename id title kind year }',
  PersonRef: 'fragment PersonRef on Person { __typename id name }',
  CharacterRef: 'fragment CharacterRef on Character { __typename id name work { kind } }',
  EpisodeRef: 'fragment EpisodeRef on Episode { __typename id number work { kind } }',
  OrganizationRef: 'fragment OrganizationRef on Organization { __typename id name }',
  PlaceRef: 'fragment PlaceRef on Place { __typename id name }',
  SongRef: 'fragment SongRef on Song { __typename id title }',
  EventRef: 'fragment EventRef on Event { __typename id title date }',
  ReviewRef: 'fragment ReviewRef on Review { __typename id critic outlet { name } }',
  // Aliased: `year` is Int! here but Int on Work, and fields of one name must agree when merged.
  RankingRef: 'fragment RankingRef on Ranking { __typename id list rank rankingYear: year }',
  RatingRef: 'fragment RatingRef on Rating { __typename id value scale platform { name } }',
  HonorRef: 'fragment HonorRef on Honor { __typename id prize category result honorYear: year }',
  EditionRef: 'fragment EditionRef on Edition { __typename id title language date }',
  SourceFields: 'fragment SourceFields on Source { id title kind url fileName publisher publishedOn reliability }',
  // For fields typed `Node`: a review's subjects, an honor's recipients, an event's participants, a path.
  AnyRef: `fragment AnyRef on Node {
  ... on Work { ...WorkRef }
  ... on Person { ...PersonRef }
  ... on Character { ...CharacterRef }
  ... on Episode { ...EpisodeRef }
  ... on Organization { ...OrganizationRef }
  ... on Place { ...PlaceRef }
  ... on Song { ...SongRef }
  ... on Event { ...EventRef }
  ... on Review { ...ReviewRef }
  ... on Ranking { ...RankingRef }
  ... on Rating { ...RatingRef }
  ... on Honor { ...HonorRef }
  ... on Edition { ...EditionRef }
  ... on Source { __typename id title }
}`,
};

/** Appends the fragments a document spreads, and only those: unused fragments fail validation. */
function withFragments(document: string): string {
  const needed = new Set<string>();
  const visit = (text: string): void => {
    for (const [, name] of text.matchAll(/\.\.\.([A-Z]\w*)/g)) {
      const fragment = name === undefined ? undefined : FRAGMENTS[name];
      if (name === undefined || fragment === undefined || needed.has(name)) continue;
      needed.add(name);
      visit(fragment);
    }
  };
  visit(document);
  return [document.trim(), ...[...needed].map((name) => FRAGMENTS[name])].join('\n');
}

export const ENTITY_TYPE_QUERY = `query EntityType($id: ID!) { node(id: $id) { __typename id } }`;

export const SEARCH_QUERY = withFragments(`
query Suggestions($query: String!, $first: Int!) {
  search(query: $query, first: $first) {
    nodes {
      ...WorkRef
      ...PersonRef
      ...CharacterRef
      ...EpisodeRef
      ...OrganizationRef
      ...PlaceRef
      ...SongRef
    }
  }
}`);

/** The headline question: a character, its counterparts in the other works, and who played each. */
export const PORTRAYALS_QUERY = withFragments(`
query Portrayals($character: String!) {
  portrayals(character: $character) {
    actor { ...PersonRef }
    character { ...CharacterRef }
    work { ...WorkRef adaptationOf { id } }
    episodes
  }
  character(name: $character) {
    ...CharacterRef
    work { ...WorkRef adaptationOf { id } }
    counterparts { ...CharacterRef work { ...WorkRef adaptationOf { id } } }
  }
}`);

export const PATH_QUERY = withFragments(`
query Connection($from: ID!, $to: ID!) {
  path(from: $from, to: $to) {
    length
    nodes { ...AnyRef }
    edges { from type to }
  }
}`);

/** One document per entity type: the entity's own details, its sources and its neighbours. */
export const NEIGHBOURHOOD_QUERIES: Readonly<Record<string, string>> = {
  Work: neighbourhood(`
    ... on Work {
      title nativeTitle aliases kind year releaseDate country language genres runtimeMinutes episodeCount description
      adaptationOf { ...WorkRef } adaptations { ...WorkRef } partOf { ...WorkRef } parts { ...WorkRef }
      adaptedIn { ...EpisodeRef } editions { ...EditionRef }
      credits { nodes { role person { ...PersonRef } character { ...CharacterRef } } }
      characters { ...CharacterRef }
      episodes { ...EpisodeRef }
      organizations { role organization { ...OrganizationRef } }
      reviews { nodes { ...ReviewRef } } rankings { ...RankingRef } ratings { ...RatingRef }
      honors { nodes { ...HonorRef } } events { nodes { ...EventRef } } songs { ...SongRef }
      sources { ...SourceFields }
    }`),
  Person: neighbourhood(`
    ... on Person {
      name nativeName aliases description
      credits { role creditedAs work { ...WorkRef } character { ...CharacterRef work { id } } }
      honors { nodes { ...HonorRef } } songs { ...SongRef } translations { ...EditionRef }
      sources { ...SourceFields }
    }`),
  Character: neighbourhood(`
    ... on Character {
      name nativeName aliases description
      work { ...WorkRef }
      counterparts { ...CharacterRef }
      portrayals { actor { ...PersonRef } }
      sources { ...SourceFields }
    }`),
  Episode: neighbourhood(`
    ... on Episode {
      number title nativeTitle releaseDate synopsis
      work { ...WorkRef } directors { ...PersonRef } adapts { ...WorkRef } songs { ...SongRef }
      sources { ...SourceFields }
    }`),
  Organization: neighbourhood(`
    ... on Organization {
      name nativeName aliases kind country description
      works { role region date work { ...WorkRef } }
      sources { ...SourceFields }
    }`),
  Place: neighbourhood(`
    ... on Place {
      name nativeName aliases kind
      within { ...PlaceRef } events { ...EventRef }
      sources { ...SourceFields }
    }`),
  Review: neighbourhood(`
    ... on Review {
      critic date stance summary
      work { ...WorkRef } outlet { ...OrganizationRef } about { ...AnyRef }
      sources { ...SourceFields }
    }`),
  Ranking: neighbourhood(`
    ... on Ranking {
      kind list year rank
      work { ...WorkRef } publisher { ...OrganizationRef }
      sources { ...SourceFields }
    }`),
  Rating: neighbourhood(`
    ... on Rating {
      value scale date note
      work { ...WorkRef } platform { ...OrganizationRef }
      sources { ...SourceFields }
    }`),
  Honor: neighbourhood(`
    ... on Honor {
      prize category year result note
      awardedBy { ...OrganizationRef } recipients { ...AnyRef } for { ...WorkRef }
      sources { ...SourceFields }
    }`),
  Event: neighbourhood(`
    ... on Event {
      kind title date endDate description
      place { ...PlaceRef } works { ...WorkRef } participants { ...AnyRef }
      sources { ...SourceFields }
    }`),
  Song: neighbourhood(`
    ... on Song {
      title nativeTitle album releaseDate note
      work { ...WorkRef } episodes { ...EpisodeRef }
      performers { ...PersonRef } lyricists { ...PersonRef } composers { ...PersonRef }
      sources { ...SourceFields }
    }`),
  Edition: neighbourhood(`
    ... on Edition {
      title nativeTitle language country date format isbn note
      work { ...WorkRef } publisher { ...OrganizationRef } translators { ...PersonRef }
      sources { ...SourceFields }
    }`),
  Source: neighbourhood(`... on Source { title kind url fileName publisher publishedOn reliability note }`),
};

function neighbourhood(selection: string): string {
  return withFragments(
    `query Neighbourhood($id: ID!) {\n  node(id: $id) {\n    __typename id\n    ${selection.trim()}\n  }\n}`,
  );
}
