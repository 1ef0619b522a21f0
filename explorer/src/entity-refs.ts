import { enumInWords, kindOfTypename, type EntityKind } from './entity-kinds';

/** What the *Ref fragments in queries.ts return: enough to name an entity and place it. */
export interface EntityRef {
  readonly __typename: string;
  readonly id: string;
  readonly title?: string | null;
  readonly name?: string | null;
  readonly kind?: string | null;
  readonly year?: number | null;
  readonly number?: number | null;
  readonly work?: { readonly kind?: string | null; readonly id?: string } | null;
  readonly date?: string | null;
  readonly critic?: string | null;
  readonly outlet?: { readonly name: string } | null;
  readonly list?: string | null;
  readonly rank?: number | null;
  readonly rankingYear?: number | null;
  readonly value?: number | null;
  readonly scale?: number | null;
  readonly platform?: { readonly name: string } | null;
  readonly prize?: string | null;
  readonly category?: string | null;
  readonly result?: string | null;
  readonly honorYear?: number | null;
  readonly language?: string | null;
}

/** A drawable entity: its id, its type and a short human label. */
export interface EntitySummary {
  readonly id: string;
  readonly typename: string;
  readonly kind: EntityKind;
  readonly label: string;
  /** The type and its context in words, e.g. "character in the series". */
  readonly caption: string;
}

export function summarize(ref: EntityRef): EntitySummary {
  return {
    id: ref.id,
    typename: ref.__typename,
    kind: kindOfTypename(ref.__typename),
    label: labelOf(ref),
    caption: captionOf(ref),
  };
}

function labelOf(ref: EntityRef): string {
  const workKind = ref.work?.kind ? enumInWords(ref.work.kind) : undefined;
  switch (ref.__typename) {
    case 'Work':
      // The novel, the film and the series share one title: the kind tells them apart.
      return `${ref.title ?? ref.id} (${[ref.kind ? enumInWords(ref.kind) : undefined, ref.year].filter(Boolean).join(', ')})`;
    case 'Character':
      return workKind ? `${ref.name ?? ref.id} (${workKind})` : (ref.name ?? ref.id);
    case 'Edition':
      // The editions share their title with the book and each other: the language tells them apart.
      return `${ref.title ?? ref.id} (${[ref.language, ref.date?.slice(0, 4)].filter(Boolean).join(', ')})`;
    case 'Episode':
      return `Episode ${ref.number ?? '?'}${workKind && workKind !== 'series' ? ` (${workKind})` : ''}`;
    case 'Review':
      return `Review: ${[ref.outlet?.name, ref.critic].filter(Boolean).join(', ') || 'unsigned'}`;
    case 'Ranking':
      return `${ref.list ?? 'Ranking'}${ref.rank ? ` (#${ref.rank})` : ''}`;
    case 'Rating':
      return `${ref.platform?.name ?? 'Rating'}: ${ref.value ?? '?'}/${ref.scale ?? '?'}`;
    case 'Honor':
      return `${ref.prize ?? 'Honor'}${ref.honorYear && !ref.prize?.includes(String(ref.honorYear)) ? ` ${ref.honorYear}` : ''}`;
    default:
      return ref.name ?? ref.title ?? ref.id;
  }
}

function captionOf(ref: EntityRef): string {
  const type = ref.__typename.toLowerCase();
  switch (ref.__typename) {
    case 'Work':
      return ref.kind ? enumInWords(ref.kind) : type;
    case 'Character':
    case 'Episode':
      return ref.work?.kind ? `${type} in the ${enumInWords(ref.work.kind)}` : type;
    case 'Honor': {
      const facts = [ref.result ? enumInWords(ref.result) : undefined, ref.category, ref.honorYear].filter(Boolean);
      return facts.length > 0 ? `honor: ${facts.join(', ')}` : 'honor';
    }
    case 'Event':
      return ref.date ? `event, ${ref.date}` : 'event';
    case 'Ranking':
      return ref.rankingYear ? `ranking, ${ref.rankingYear}` : 'ranking';
    default:
      return type;
  }
}
