import { element } from './dom';
import type { EntitySummary } from './entity-refs';
import { shapeSwatch } from './shape-swatch';
import { explainFailure } from './status-banner';

export interface SearchBoxOptions {
  readonly input: HTMLInputElement;
  readonly listbox: HTMLUListElement;
  /** Where "no match" and search failures are announced. */
  readonly status: HTMLElement;
  readonly search: (text: string, signal: AbortSignal) => Promise<EntitySummary[]>;
  readonly onChoose: (entity: EntitySummary) => void;
}

const MIN_LENGTH = 2;
const DEBOUNCE_MS = 200;

/**
 * An ARIA combobox with a list of suggestions: typing searches, the arrow keys move through the
 * suggestions, Enter chooses one (the first, if none is highlighted), Escape closes the list or
 * clears the box.
 */
export class SearchBox {
  private suggestions: EntitySummary[] = [];
  private active = -1;
  private timer: number | undefined;
  private controller: AbortController | undefined;
  /** The search in flight, so Enter pressed mid-typing waits for it instead of doing nothing. */
  private pending: Promise<void> | undefined;

  constructor(private readonly options: SearchBoxOptions) {
    const { input, listbox } = options;
    input.addEventListener('input', () => this.schedule());
    input.addEventListener('keydown', (event) => this.onKeyDown(event));
    input.addEventListener('blur', () => this.close());
    // Keep focus in the input while a suggestion is clicked, so blur does not close the list first.
    listbox.addEventListener('mousedown', (event) => event.preventDefault());
    listbox.addEventListener('click', (event) => {
      const option = (event.target as Element).closest<HTMLElement>('[role="option"]');
      if (option?.dataset.index !== undefined) this.choose(Number(option.dataset.index));
    });
  }

  private get text(): string {
    return this.options.input.value.trim();
  }

  private schedule(): void {
    window.clearTimeout(this.timer);
    this.controller?.abort();
    this.pending = undefined;
    if (this.text.length < MIN_LENGTH) {
      this.show([]);
      this.options.status.textContent = '';
      return;
    }
    this.timer = window.setTimeout(() => void this.run(), DEBOUNCE_MS);
  }

  private run(): Promise<void> {
    window.clearTimeout(this.timer);
    this.controller?.abort();
    const controller = new AbortController();
    this.controller = controller;
    const text = this.text;
    this.pending = this.options.search(text, controller.signal).then(
      (found) => {
        if (controller.signal.aborted) return;
        this.show(found);
        this.options.status.textContent =
          found.length === 0
            ? `No matches for “${text}”. Try another spelling, a Korean name or a shorter part of it.`
            : `${found.length} ${found.length === 1 ? 'suggestion' : 'suggestions'}.`;
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        this.show([]);
        const { title, detail } = explainFailure(error);
        this.options.status.textContent = `Search failed. ${title} ${detail}`;
      },
    );
    return this.pending;
  }

  private onKeyDown(event: KeyboardEvent): void {
    const open = !this.options.listbox.hidden;
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        if (this.suggestions.length === 0) return;
        event.preventDefault();
        const step = event.key === 'ArrowDown' ? 1 : -1;
        const count = this.suggestions.length;
        const next = !open ? (step === 1 ? 0 : count - 1) : (this.active + step + count) % count;
        this.show(this.suggestions, next);
        return;
      }
      case 'Enter': {
        event.preventDefault();
        if (open && this.suggestions.length > 0) this.choose(Math.max(this.active, 0));
        else if (this.text.length >= MIN_LENGTH) {
          const wait = this.pending ?? this.run();
          void wait.then(() => {
            if (this.suggestions.length > 0) this.choose(0);
          });
        }
        return;
      }
      case 'Escape':
        event.preventDefault();
        if (open) this.close();
        else {
          this.options.input.value = '';
          this.schedule();
        }
        return;
      default:
        return;
    }
  }

  private choose(index: number): void {
    const entity = this.suggestions[index];
    if (!entity) return;
    this.options.input.value = entity.label;
    this.close();
    this.suggestions = [];
    this.options.status.textContent = '';
    this.options.onChoose(entity);
  }

  private close(): void {
    this.show(this.suggestions, -1, false);
  }

  private show(suggestions: EntitySummary[], active = -1, open = suggestions.length > 0): void {
    const { input, listbox } = this.options;
    this.suggestions = suggestions;
    this.active = open ? active : -1;
    listbox.replaceChildren(
      ...suggestions.map((entity, index) => {
        const option = element('li', { className: 'suggestion' });
        option.id = `${listbox.id}-${index}`;
        option.setAttribute('role', 'option');
        option.setAttribute('aria-selected', String(index === this.active));
        option.dataset.index = String(index);
        option.dataset.entityId = entity.id;
        option.append(
          shapeSwatch(entity.kind),
          element('span', { className: 'suggestion-label', text: entity.label }),
          element('span', { className: 'suggestion-caption', text: entity.caption }),
        );
        return option;
      }),
    );
    listbox.hidden = !open;
    input.setAttribute('aria-expanded', String(open));
    if (this.active >= 0) {
      input.setAttribute('aria-activedescendant', `${listbox.id}-${this.active}`);
      listbox.children[this.active]?.scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  }
}
