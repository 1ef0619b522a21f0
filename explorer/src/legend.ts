import { ENTITY_KINDS } from './entity-kinds';
import { shapeSwatch } from './shape-swatch';
import { KIND_STYLES } from './type-styles';

/** The key to the graph's colours and shapes, one entry per entity kind. */
export function renderLegend(container: HTMLElement): void {
  const list = document.createElement('ul');
  list.className = 'legend-items';
  for (const kind of ENTITY_KINDS) {
    const item = document.createElement('li');
    item.append(shapeSwatch(kind), document.createTextNode(KIND_STYLES[kind].name));
    list.append(item);
  }
  const note = document.createElement('li');
  note.className = 'legend-note';
  note.textContent = 'Reception: reviews, rankings, ratings and honors. Arrows point from subject to object.';
  list.append(note);
  container.replaceChildren(list);
}
