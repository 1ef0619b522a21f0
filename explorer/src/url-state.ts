/** What a shareable explorer address opens: one entity, one preset question, or the start page. */
export type ExplorerLocation =
  | { readonly kind: 'entity'; readonly id: string }
  | { readonly kind: 'preset'; readonly key: string }
  | { readonly kind: 'start' };

/** Ids are slugs; a type prefix such as `person:` is tolerated so hand-written links still work. */
const TYPED_ID = /^[a-z]+:(?=[a-z0-9])/;

export function readLocation(search: string = window.location.search): ExplorerLocation {
  const params = new URLSearchParams(search);
  const id = params.get('id')?.trim();
  if (id) return { kind: 'entity', id: id.replace(TYPED_ID, '') };
  const preset = params.get('preset')?.trim();
  if (preset) return { kind: 'preset', key: preset };
  return { kind: 'start' };
}

export function hrefOf(location: ExplorerLocation): string {
  const path = window.location.pathname;
  if (location.kind === 'entity') return `${path}?id=${encodeURIComponent(location.id)}`;
  if (location.kind === 'preset') return `${path}?preset=${encodeURIComponent(location.key)}`;
  return path;
}

/** Records a new location in the history (push) or corrects the current entry (replace); same address, no entry. */
export function writeLocation(location: ExplorerLocation, mode: 'push' | 'replace'): void {
  const href = hrefOf(location);
  if (href === `${window.location.pathname}${window.location.search}`) return;
  if (mode === 'push') window.history.pushState(location, '', href);
  else window.history.replaceState(location, '', href);
}
