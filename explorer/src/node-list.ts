import { element } from './dom';
import type { EntitySummary } from './entity-refs';
import { isSymmetric, type GraphModel } from './graph-model';
import { shapeSwatch } from './shape-swatch';

/**
 * Every drawn entity as a button, for keyboard and screen-reader users: the selected one first,
 * then its neighbours (with how they are linked), then the rest. The list is one tab stop; the
 * arrow keys, Home and End move within it, and Enter or Space selects and expands an entity.
 */
export class NodeList {
  private focusedId: string | null = null;

  constructor(
    private readonly container: HTMLElement,
    private readonly onActivate: (entity: EntitySummary) => void,
  ) {
    container.addEventListener('keydown', (event) => this.onKeyDown(event));
    container.addEventListener('focusin', (event) => {
      const id = (event.target as HTMLElement).dataset.entityId;
      if (id) this.focusedId = id;
    });
  }

  render(model: GraphModel, selectedId: string | null): void {
    const hadFocus = this.container.contains(document.activeElement);
    const selected = selectedId ? model.node(selectedId) : undefined;
    const links = selected ? model.linksOf(selected.id) : [];
    const neighbours = new Map<string, string[]>();
    for (const { link, other, outgoing } of links) {
      // Read from the listed entity's side: "played Go Young (series)", "Go Young (series) appears in it".
      const phrase =
        outgoing && !isSymmetric(link.type)
          ? `${selected?.label} ${link.label} it`
          : `${link.label} ${selected?.label}`;
      neighbours.set(other.id, [...(neighbours.get(other.id) ?? []), phrase]);
    }
    const rest = model.nodes
      .filter((node) => node.id !== selectedId && !neighbours.has(node.id))
      .sort((a, b) => a.kind.localeCompare(b.kind) || a.label.localeCompare(b.label));
    const groups: HTMLElement[] = [];
    if (selected) groups.push(this.group('Selected', [[selected, 'selected']], selected.id));
    if (neighbours.size > 0) {
      const linked = [...neighbours].flatMap(([id, phrases]) => {
        const node = model.node(id);
        return node ? [[node, phrases.join('; ')] as const] : [];
      });
      groups.push(this.group(`Linked to ${selected?.label}`, linked, selectedId));
    }
    if (rest.length > 0) {
      const heading = selected ? 'Elsewhere in the graph' : 'In the graph';
      groups.push(
        this.group(
          heading,
          rest.map((node) => [node, node.caption] as const),
          selectedId,
        ),
      );
    }
    this.container.replaceChildren(...groups);
    const buttons = this.buttons();
    const current =
      buttons.find((button) => button.dataset.entityId === this.focusedId) ??
      buttons.find((button) => button.dataset.entityId === selectedId) ??
      buttons[0];
    for (const button of buttons) button.tabIndex = button === current ? 0 : -1;
    if (hadFocus) current?.focus();
  }

  private group(
    heading: string,
    items: ReadonlyArray<readonly [EntitySummary, string]>,
    selectedId: string | null,
  ): HTMLElement {
    const section = element('section', { className: 'node-group' });
    const title = element('h4', { text: `${heading} (${items.length})` });
    const list = element('ul');
    for (const [node, caption] of items) {
      const button = element('button', { className: 'node-button' });
      button.type = 'button';
      button.dataset.entityId = node.id;
      if (node.id === selectedId) button.setAttribute('aria-current', 'true');
      button.append(
        shapeSwatch(node.kind),
        element('span', { className: 'node-label', text: node.label }),
        element('span', { className: 'node-caption', text: caption }),
      );
      button.addEventListener('click', () => this.onActivate(node));
      const item = element('li');
      item.append(button);
      list.append(item);
    }
    section.append(title, list);
    return section;
  }

  private buttons(): HTMLButtonElement[] {
    return [...this.container.querySelectorAll<HTMLButtonElement>('button.node-button')];
  }

  private onKeyDown(event: KeyboardEvent): void {
    const buttons = this.buttons();
    const index = buttons.indexOf(document.activeElement as HTMLButtonElement);
    if (index < 0) return;
    const target =
      event.key === 'ArrowDown'
        ? Math.min(index + 1, buttons.length - 1)
        : event.key === 'ArrowUp'
          ? Math.max(index - 1, 0)
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? buttons.length - 1
              : undefined;
    if (target === undefined) return;
    event.preventDefault();
    for (const button of buttons) button.tabIndex = -1;
    const next = buttons[target];
    if (next) {
      next.tabIndex = 0;
      next.focus();
    }
  }
}
