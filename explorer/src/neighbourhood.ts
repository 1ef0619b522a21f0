import { enumInWords } from './entity-kinds';
import type { EntityRef } from './entity-refs';
import { FragmentBuilder, isRecord, recordsOf, refOf, refsOf } from './fragment-builder';
import type { GraphFragment } from './graph-model';

/** An entity as a neighbourhood query returns it: its reference fields plus its own details and neighbours. */
export type EntityRecord = EntityRef & { readonly [field: string]: unknown };

type NeighbourReader = (centre: EntityRecord, graph: FragmentBuilder) => void;

/**
 * Where each type's neighbours are in its query result (see NEIGHBOURHOOD_QUERIES), and which
 * way the graph's relationship points: a character APPEARS_IN a work, a person PLAYED a character.
 */
const NEIGHBOUR_READERS: Readonly<Record<string, NeighbourReader>> = {
  Work: (work, graph) => {
    graph.outgoing(work, refsOrOne(work.adaptationOf), 'ADAPTATION_OF');
    graph.incoming(work, refsOf(work.adaptations), 'ADAPTATION_OF');
    graph.outgoing(work, refsOrOne(work.partOf), 'PART_OF');
    graph.incoming(work, refsOf(work.parts), 'PART_OF');
    graph.incoming(work, refsOf(work.adaptedIn), 'ADAPTS');
    graph.incoming(work, refsOf(work.editions), 'EDITION_OF');
    graph.incoming(work, refsOf(work.characters), 'APPEARS_IN');
    graph.incoming(work, refsOf(work.episodes), 'EPISODE_OF');
    const credits = isRecord(work.credits) ? recordsOf(work.credits.nodes) : [];
    for (const credit of credits) {
      const person = refOf(credit.person);
      const character = refOf(credit.character);
      // An actor's credit draws as the part played; the character already links to the work.
      if (character) graph.link(person, 'PLAYED', character);
      else graph.link(person, 'CREDITED', work, roleInWords(credit.role));
    }
    for (const credit of recordsOf(work.organizations)) {
      const role = typeof credit.role === 'string' ? credit.role : 'CREDITED';
      graph.link(refOf(credit.organization), role, work);
    }
    graph.incoming(work, refsOf(work.reviews), 'REVIEWS');
    graph.incoming(work, refsOf(work.rankings), 'RANKS');
    graph.incoming(work, refsOf(work.ratings), 'RATES');
    graph.incoming(work, refsOf(work.honors), 'HONORS');
    graph.incoming(work, refsOf(work.events), 'CONCERNS');
    graph.incoming(work, refsOf(work.songs), 'SONG_OF');
  },
  Person: (person, graph) => {
    for (const credit of recordsOf(person.credits)) {
      const work = refOf(credit.work);
      const character = refOf(credit.character);
      if (character) {
        graph.link(person, 'PLAYED', character);
        graph.link(character, 'APPEARS_IN', work);
      } else graph.link(person, 'CREDITED', work, roleInWords(credit.role));
    }
    graph.incoming(person, refsOf(person.honors), 'HONORS');
    graph.outgoing(person, refsOf(person.songs), 'SONG_CREDIT', 'made');
    graph.outgoing(person, refsOf(person.translations), 'TRANSLATED');
  },
  Character: (character, graph) => {
    graph.outgoing(character, refsOrOne(character.work), 'APPEARS_IN');
    graph.outgoing(character, refsOf(character.counterparts), 'COUNTERPART_OF');
    graph.incoming(
      character,
      recordsOf(character.portrayals).flatMap((p) => refOf(p.actor) ?? []),
      'PLAYED',
    );
  },
  Episode: (episode, graph) => {
    graph.outgoing(episode, refsOrOne(episode.work), 'EPISODE_OF');
    graph.incoming(episode, refsOf(episode.directors), 'DIRECTED');
    graph.outgoing(episode, refsOf(episode.adapts), 'ADAPTS');
    graph.incoming(episode, refsOf(episode.songs), 'USED_IN');
  },
  Organization: (organization, graph) => {
    for (const credit of recordsOf(organization.works)) {
      const role = typeof credit.role === 'string' ? credit.role : 'CREDITED';
      graph.link(organization, role, refOf(credit.work));
    }
  },
  Place: (place, graph) => {
    graph.outgoing(place, refsOrOne(place.within), 'LOCATED_IN');
    graph.incoming(place, refsOf(place.events), 'AT');
  },
  Review: (review, graph) => {
    graph.outgoing(review, refsOrOne(review.work), 'REVIEWS');
    graph.outgoing(review, refsOrOne(review.outlet), 'PUBLISHED_IN');
    graph.outgoing(review, refsOf(review.about), 'ABOUT');
  },
  Ranking: (ranking, graph) => {
    graph.outgoing(ranking, refsOrOne(ranking.work), 'RANKS');
    graph.outgoing(ranking, refsOrOne(ranking.publisher), 'PUBLISHED_BY');
  },
  Rating: (rating, graph) => {
    graph.outgoing(rating, refsOrOne(rating.work), 'RATES');
    graph.outgoing(rating, refsOrOne(rating.platform), 'ON_PLATFORM');
  },
  Honor: (honor, graph) => {
    graph.outgoing(honor, refsOrOne(honor.awardedBy), 'AWARDED_BY');
    graph.outgoing(honor, refsOf(honor.recipients), 'HONORS');
    graph.outgoing(honor, refsOf(honor.for), 'FOR_WORK', 'for');
  },
  Event: (event, graph) => {
    graph.outgoing(event, refsOrOne(event.place), 'AT');
    graph.outgoing(event, refsOf(event.works), 'CONCERNS');
    graph.outgoing(event, refsOf(event.participants), 'INVOLVES');
  },
  Edition: (edition, graph) => {
    graph.outgoing(edition, refsOrOne(edition.work), 'EDITION_OF');
    graph.outgoing(edition, refsOrOne(edition.publisher), 'PUBLISHED_BY');
    graph.incoming(edition, refsOf(edition.translators), 'TRANSLATED');
  },
  Song: (song, graph) => {
    graph.outgoing(song, refsOrOne(song.work), 'SONG_OF');
    graph.outgoing(song, refsOf(song.episodes), 'USED_IN');
    graph.incoming(song, refsOf(song.performers), 'PERFORMED');
    graph.incoming(song, refsOf(song.lyricists), 'WROTE_LYRICS', 'lyrics');
    graph.incoming(song, refsOf(song.composers), 'COMPOSED');
  },
};

/** The entity and its direct neighbours, as the graph links them. */
export function neighbourhoodOf(centre: EntityRecord): GraphFragment {
  const graph = new FragmentBuilder();
  graph.add(centre);
  NEIGHBOUR_READERS[centre.__typename]?.(centre, graph);
  return graph.build();
}

function refsOrOne(value: unknown): EntityRef[] {
  const ref = refOf(value);
  return ref ? [ref] : [];
}

function roleInWords(role: unknown): string | undefined {
  return typeof role === 'string' ? enumInWords(role) : undefined;
}
