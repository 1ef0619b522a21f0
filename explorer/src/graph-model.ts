import type { EntitySummary } from './entity-refs';

/** A link between two drawn entities, named after the graph's relationship type. */
export interface GraphLink {
  readonly source: string;
  readonly target: string;
  /** The relationship type in the graph (PLAYED, APPEARS_IN, …): links of one type between two entities are one link. */
  readonly type: string;
  /** What the edge says, e.g. "played", or a credit's role such as "director". */
  readonly label: string;
}

export interface GraphFragment {
  readonly nodes: readonly EntitySummary[];
  readonly links: readonly GraphLink[];
}

/** Relationship types that read the same both ways, so A–B and B–A are one link. */
const SYMMETRIC_TYPES = new Set(['COUNTERPART_OF']);

export function isSymmetric(type: string): boolean {
  return SYMMETRIC_TYPES.has(type);
}

/** The generic label of a relationship type, used when nothing more specific is known. */
export function typeInWords(type: string): string {
  return type.toLowerCase().replace(/_/g, ' ');
}

/** What the explorer has drawn: entities by id and links without duplicates. Grows as the reader expands nodes. */
export class GraphModel {
  private readonly nodeMap = new Map<string, EntitySummary>();
  private readonly linkMap = new Map<string, GraphLink>();

  get nodes(): readonly EntitySummary[] {
    return [...this.nodeMap.values()];
  }

  get links(): readonly GraphLink[] {
    return [...this.linkMap.values()];
  }

  has(id: string): boolean {
    return this.nodeMap.has(id);
  }

  node(id: string): EntitySummary | undefined {
    return this.nodeMap.get(id);
  }

  clear(): void {
    this.nodeMap.clear();
    this.linkMap.clear();
  }

  /** Removes an entity and its links. */
  remove(id: string): void {
    this.nodeMap.delete(id);
    for (const [key, link] of this.linkMap) if (link.source === id || link.target === id) this.linkMap.delete(key);
  }

  /** Adds what is new and returns the ids of entities that were not drawn before. */
  merge(fragment: GraphFragment): string[] {
    const added: string[] = [];
    for (const node of fragment.nodes) {
      if (!this.nodeMap.has(node.id)) added.push(node.id);
      this.nodeMap.set(node.id, node);
    }
    for (const link of fragment.links) {
      if (!this.nodeMap.has(link.source) || !this.nodeMap.has(link.target) || link.source === link.target) continue;
      const key = linkKey(link);
      const existing = this.linkMap.get(key);
      this.linkMap.set(key, existing ? { ...existing, label: mergeLabels(existing, link) } : link);
    }
    return added;
  }

  /** The links touching one entity, each with the entity at the other end. */
  linksOf(id: string): Array<{ link: GraphLink; other: EntitySummary; outgoing: boolean }> {
    const result: Array<{ link: GraphLink; other: EntitySummary; outgoing: boolean }> = [];
    for (const link of this.linkMap.values()) {
      const outgoing = link.source === id;
      if (!outgoing && link.target !== id) continue;
      const other = this.nodeMap.get(outgoing ? link.target : link.source);
      if (other) result.push({ link, other, outgoing });
    }
    return result;
  }
}

export function linkKey(link: GraphLink): string {
  const [a, b] =
    isSymmetric(link.type) && link.target < link.source ? [link.target, link.source] : [link.source, link.target];
  return `${a}|${link.type}|${b}`;
}

/** A specific label ("director") beats the generic one ("credited"); two specific ones are both kept. */
function mergeLabels(existing: GraphLink, incoming: GraphLink): string {
  const generic = typeInWords(existing.type);
  if (incoming.label === generic || existing.label.split(', ').includes(incoming.label)) return existing.label;
  if (existing.label === generic) return incoming.label;
  return `${existing.label}, ${incoming.label}`;
}
