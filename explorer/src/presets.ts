import { summarize, type EntityRef } from './entity-refs';
import { FragmentBuilder } from './fragment-builder';
import { typeInWords, type GraphFragment } from './graph-model';
import { requestGraphQL } from './graphql-client';
import { PATH_QUERY, PORTRAYALS_QUERY } from './queries';

export type LayoutName = 'cose' | 'breadthfirst';

/** A preset's answer: the graph to draw and the same answer in words for the side panel. */
export interface PresetAnswer {
  readonly fragment: GraphFragment;
  /** The entity to select once drawn. */
  readonly focusId: string | null;
  readonly layout: LayoutName;
  readonly summary: string;
  readonly lines: readonly string[];
  /** True when the lines are steps in order (a path), false for a plain list. */
  readonly ordered: boolean;
}

export interface Preset {
  /** The value of `?preset=` that opens it. */
  readonly key: string;
  readonly question: string;
  run(): Promise<PresetAnswer>;
}

type WorkRef = EntityRef & { readonly adaptationOf?: { readonly id: string } | null };
type CharacterRef = EntityRef & { readonly work: WorkRef };

interface PortrayalsData {
  readonly portrayals: ReadonlyArray<{
    readonly actor: EntityRef;
    readonly character: EntityRef;
    readonly work: WorkRef;
  }>;
  readonly character: (CharacterRef & { readonly counterparts: readonly CharacterRef[] }) | null;
}

/** Who played one character, and its counterparts in the other works, across the adaptations. */
function portrayalsPreset(key: string, characterName: string): Preset {
  return {
    key,
    question: `Who played ${characterName} across adaptations?`,
    async run() {
      const { portrayals, character } = await requestGraphQL<PortrayalsData>(PORTRAYALS_QUERY, {
        character: characterName,
      });
      const graph = new FragmentBuilder();
      const characters = character ? [character, ...character.counterparts] : [];
      const works = new Map<string, EntityRef>(characters.map((each) => [each.work.id, each.work]));
      for (const each of characters) {
        graph.link(each, 'APPEARS_IN', each.work);
        if (character && each !== character) graph.link(character, 'COUNTERPART_OF', each);
        const adapted = each.work.adaptationOf ? works.get(each.work.adaptationOf.id) : undefined;
        graph.link(each.work, 'ADAPTATION_OF', adapted);
      }
      for (const portrayal of portrayals) {
        graph.link(portrayal.actor, 'PLAYED', portrayal.character);
        graph.link(portrayal.character, 'APPEARS_IN', portrayal.work);
      }
      const byYear = [...characters].sort((a, b) => (a.work.year ?? 0) - (b.work.year ?? 0) || order(a) - order(b));
      const lines = byYear.map((each) => {
        const actors = portrayals.filter((p) => p.character.id === each.id).map((p) => p.actor.name ?? p.actor.id);
        const where = summarize(each.work).label;
        return actors.length > 0
          ? `${where}: ${each.name} is played by ${actors.join(' and ')}.`
          : `${where}: ${each.name} lives on the page only; no one plays the part.`;
      });
      return {
        fragment: graph.build(),
        focusId: character?.id ?? null,
        layout: 'cose',
        summary:
          lines.length > 0
            ? `The character and its counterparts, work by work:`
            : `No character named ${characterName} was found.`,
        lines,
        ordered: false,
      };
    },
  };
}

const WORK_ORDER = ['NOVEL', 'STORY', 'FILM', 'SERIES'];

function order(character: CharacterRef): number {
  return WORK_ORDER.indexOf(character.work.kind ?? '');
}

interface PathData {
  readonly path: {
    readonly length: number;
    readonly nodes: readonly EntityRef[];
    readonly edges: ReadonlyArray<{ readonly from: string; readonly type: string; readonly to: string }>;
  } | null;
}

/** A shortest chain of relationships between two entities. */
function pathPreset(key: string, from: { id: string; name: string }, to: { id: string; name: string }): Preset {
  return {
    key,
    question: `How is ${from.name} connected to ${to.name}?`,
    async run() {
      const { path } = await requestGraphQL<PathData>(PATH_QUERY, { from: from.id, to: to.id });
      if (!path) {
        return {
          fragment: { nodes: [], links: [] },
          focusId: null,
          layout: 'breadthfirst',
          summary: `The graph holds no connection between ${from.name} and ${to.name} within six steps.`,
          lines: [],
          ordered: true,
        };
      }
      const graph = new FragmentBuilder();
      const byId = new Map(path.nodes.map((node) => [node.id, node]));
      for (const node of path.nodes) graph.add(node);
      for (const edge of path.edges) graph.link(byId.get(edge.from), edge.type, byId.get(edge.to));
      const name = (id: string): string => (byId.has(id) ? summarize(byId.get(id) as EntityRef).label : id);
      const steps = path.edges.map((edge, index) => {
        const forward = edge.from === path.nodes[index]?.id;
        const [left, right] = forward ? [edge.from, edge.to] : [edge.to, edge.from];
        const relation = typeInWords(edge.type);
        return forward
          ? `${name(left)} — ${relation} → ${name(right)}`
          : `${name(left)} ← ${relation} — ${name(right)}`;
      });
      const count = `${path.length} ${path.length === 1 ? 'step' : 'steps'}`;
      return {
        fragment: graph.build(),
        focusId: from.id,
        layout: 'breadthfirst',
        summary: `${from.name} reaches ${to.name} in ${count}:`,
        lines: steps,
        ordered: true,
      };
    },
  };
}

/** The headline questions, offered as buttons and as shareable `?preset=` links. */
export const PRESETS: readonly Preset[] = [
  portrayalsPreset('go-young', 'Go Young'),
  pathPreset(
    'kim-go-eun-to-nam-yoon-su',
    { id: 'kim-go-eun', name: 'Kim Go-eun' },
    { id: 'nam-yoon-su', name: 'Nam Yoon-su' },
  ),
];

export function findPreset(key: string | null): Preset | undefined {
  return PRESETS.find((preset) => preset.key === key);
}
