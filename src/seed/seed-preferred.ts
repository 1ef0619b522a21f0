import type { ClaimState, EntityState, KeptValue } from '../revisions/graph-state';
import { claimPropertyType, type ClaimSubjectLabel } from '../vocabulary';
import { claimText } from './claim-value';
import type { ClaimRow } from './to-graph';

interface Target {
  readonly before: ClaimState | null;
  after: ClaimState;
  readonly file: string | undefined;
}

/**
 * After the seed's claims are layered over the graph's, one claim per subject and property stays
 * PREFERRED, and a field keeps equal to it. Curation's choice wins: a PREFERRED claim whose rank
 * a curator set, or a field a curator set, is kept, and a seed claim that would compete with it
 * becomes NORMAL (kept, and recorded once, like any curated value the seed gives otherwise).
 */
export function preferOneClaim(
  targets: ReadonlyMap<string, Target>,
  existing: readonly ClaimState[],
  rows: readonly ClaimRow[],
  entities: ReadonlyMap<string, EntityState>,
): { claims: Target[]; kept: number; recorded: Map<string, KeptValue[]> } {
  const seedPreferred = new Set(rows.filter((row) => row.props.rank === 'PREFERRED').map((row) => row.id));
  const all = new Map<string, Target>(targets);
  for (const claim of existing)
    if (!all.has(claim.id)) all.set(claim.id, { before: claim, after: claim, file: undefined });
  const groups = new Map<string, Target[]>();
  for (const target of all.values()) {
    const key = `${target.after.subject}\u0000${String(target.after.props.property)}`;
    groups.set(key, [...(groups.get(key) ?? []), target]);
  }
  let kept = 0;
  const recorded = new Map<string, KeptValue[]>();
  const demote = (target: Target, file: string | undefined): void => {
    if (!seedPreferred.has(target.after.id)) {
      // A claim the seed no longer lists as PREFERRED is the seed layer's own to correct.
      target.after = { ...target.after, props: { ...target.after.props, rank: 'NORMAL' } };
      return;
    }
    const memory = target.after.curated.rank;
    kept++;
    if (memory !== 'PREFERRED') {
      const at = file ?? 'seed';
      recorded.set(at, [
        ...(recorded.get(at) ?? []),
        {
          on: 'claim',
          subject: target.after.subject,
          target: target.after.id,
          property: 'rank',
          seed: 'PREFERRED',
          kept: 'NORMAL',
        },
      ]);
    }
    target.after = {
      ...target.after,
      props: { ...target.after.props, rank: 'NORMAL' },
      curated: { ...target.after.curated, rank: 'PREFERRED' },
    };
  };
  for (const group of groups.values()) {
    const preferred = group
      .filter((t) => t.after.props.rank === 'PREFERRED')
      .sort((a, b) => a.after.id.localeCompare(b.after.id));
    const winner =
      preferred.find((t) => 'rank' in t.after.curated) ??
      preferred.find((t) => seedPreferred.has(t.after.id)) ??
      preferred[0];
    if (!winner) continue;
    for (const loser of preferred) if (loser !== winner) demote(loser, loser.file ?? winner.file);
    const entity = entities.get(winner.after.subject);
    const property = String(winner.after.props.property);
    const declared =
      entity && entity.label !== 'Source' ? claimPropertyType(entity.label as ClaimSubjectLabel, property) : undefined;
    const fieldCurated = !!entity && property in entity.curated;
    if (declared?.field && fieldCurated && !('rank' in winner.after.curated)) {
      if (claimText(entity?.props[property]) !== String(winner.after.props.value)) demote(winner, winner.file);
    }
  }
  return { claims: [...all.values()], kept, recorded };
}
