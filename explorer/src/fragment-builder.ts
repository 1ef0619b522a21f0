import { summarize, type EntityRef, type EntitySummary } from './entity-refs';
import { typeInWords, type GraphFragment, type GraphLink } from './graph-model';

/** Collects entities and the links between them from a query result, keeping each entity once. */
export class FragmentBuilder {
  private readonly nodes = new Map<string, EntitySummary>();
  private readonly links: GraphLink[] = [];

  /** Adds an entity; a fuller description of it (one with more fields) wins over a thinner one. */
  add(ref: EntityRef): string {
    const summary = summarize(ref);
    const known = this.nodes.get(ref.id);
    if (!known || known.label === known.id) this.nodes.set(ref.id, summary);
    return ref.id;
  }

  link(from: EntityRef | undefined, type: string, to: EntityRef | undefined, label = typeInWords(type)): void {
    if (!from || !to) return;
    this.links.push({ source: this.add(from), target: this.add(to), type, label });
  }

  /** Links the centre to each of `refs` (centre → ref). */
  outgoing(centre: EntityRef, refs: readonly EntityRef[], type: string, label?: string): void {
    for (const ref of refs) this.link(centre, type, ref, label);
  }

  /** Links each of `refs` to the centre (ref → centre). */
  incoming(centre: EntityRef, refs: readonly EntityRef[], type: string, label?: string): void {
    for (const ref of refs) this.link(ref, type, centre, label);
  }

  build(): GraphFragment {
    return { nodes: [...this.nodes.values()], links: [...this.links] };
  }
}

/** An entity from a field of a query result, if it is one. */
export function refOf(value: unknown): EntityRef | undefined {
  return isRecord(value) && typeof value.id === 'string' && typeof value.__typename === 'string'
    ? (value as unknown as EntityRef)
    : undefined;
}

/** The entities of a list field, or of a connection's page (its `nodes`). */
export function refsOf(value: unknown): EntityRef[] {
  const list = isRecord(value) && Array.isArray(value.nodes) ? value.nodes : value;
  return recordsOf(list).flatMap((item) => refOf(item) ?? []);
}

export function recordsOf(value: unknown): Array<Record<string, unknown>> {
  return Array.isArray(value) ? value.filter(isRecord) : [];
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
