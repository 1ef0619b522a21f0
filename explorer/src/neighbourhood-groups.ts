import type { EntitySummary } from './entity-refs';
import { typeInWords, type GraphFragment, type GraphLink } from './graph-model';

/** More leaves than this of one kind and relationship fold into one group node. */
export const GROUP_THRESHOLD = 6;

const GROUP_PREFIX = 'group:';

export interface FoldedNeighbourhood {
  /** The neighbourhood with crowded leaves replaced by group nodes. */
  readonly fragment: GraphFragment;
  /** What each group node stands for: its members and their links, to draw when the group is opened. */
  readonly groups: ReadonlyMap<string, GraphFragment>;
}

export function isGroupId(id: string): boolean {
  return id.startsWith(GROUP_PREFIX);
}

/** How a type reads in a count: "25 events", "8 people". */
const PLURALS: Readonly<Record<string, string>> = { Person: 'people', Honor: 'honors', Rating: 'ratings' };

/**
 * A work can have dozens of events, reviews and episodes linked to it; drawn one by one they
 * bury everything else. Neighbours that link only to the centre ("leaves") are therefore folded
 * into one node per relationship, direction and type once there are more than GROUP_THRESHOLD
 * of them. Entities already drawn stay as they are.
 */
export function foldCrowdedLeaves(
  fragment: GraphFragment,
  centreId: string,
  isDrawn: (id: string) => boolean,
): FoldedNeighbourhood {
  const degree = new Map<string, number>();
  for (const link of fragment.links) {
    degree.set(link.source, (degree.get(link.source) ?? 0) + 1);
    degree.set(link.target, (degree.get(link.target) ?? 0) + 1);
  }
  const byId = new Map(fragment.nodes.map((node) => [node.id, node]));
  const candidates = new Map<string, Array<{ node: EntitySummary; link: GraphLink }>>();
  for (const link of fragment.links) {
    const outgoing = link.source === centreId;
    const otherId = outgoing ? link.target : link.source;
    const other = byId.get(otherId);
    if ((!outgoing && link.target !== centreId) || !other || degree.get(otherId) !== 1 || isDrawn(otherId)) continue;
    const key = `${GROUP_PREFIX}${centreId}:${link.type}:${outgoing ? 'out' : 'in'}:${other.typename}`;
    candidates.set(key, [...(candidates.get(key) ?? []), { node: other, link }]);
  }
  const groups = new Map<string, GraphFragment>();
  const folded = new Set<string>();
  const groupNodes: EntitySummary[] = [];
  const groupLinks: GraphLink[] = [];
  for (const [id, members] of candidates) {
    if (members.length <= GROUP_THRESHOLD) continue;
    const first = members[0] as { node: EntitySummary; link: GraphLink };
    const count = `${members.length} ${PLURALS[first.node.typename] ?? `${first.node.typename.toLowerCase()}s`}`;
    const relation = typeInWords(first.link.type);
    groups.set(id, { nodes: members.map((m) => m.node), links: members.map((m) => m.link) });
    for (const member of members) folded.add(member.node.id);
    groupNodes.push({
      id,
      typename: 'Group',
      kind: first.node.kind,
      label: count,
      caption: `group: select to draw all ${count}`,
    });
    const outgoing = first.link.source === centreId;
    groupLinks.push({
      source: outgoing ? centreId : id,
      target: outgoing ? id : centreId,
      type: first.link.type,
      label: relation,
    });
  }
  return {
    fragment: {
      nodes: [...fragment.nodes.filter((node) => !folded.has(node.id)), ...groupNodes],
      links: [...fragment.links.filter((link) => !folded.has(link.source) && !folded.has(link.target)), ...groupLinks],
    },
    groups,
  };
}
