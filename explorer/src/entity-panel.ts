import { element } from './dom';
import type { EntityDetails, SourceReference } from './entity-details';
import { shapeSwatch } from './shape-swatch';
import { hrefOf } from './url-state';

export interface EntityPanelElements {
  readonly answer: HTMLElement;
  readonly details: HTMLElement;
  readonly sources: HTMLElement;
}

/** The side panel's reading parts: a preset's answer, the selected entity, and the sources behind it. */
export class EntityPanel {
  constructor(private readonly parts: EntityPanelElements) {}

  showAnswer(question: string, answer: { summary: string; lines: readonly string[]; ordered: boolean }): void {
    const list = element(answer.ordered ? 'ol' : 'ul', { className: 'answer-lines' });
    list.append(...answer.lines.map((line) => element('li', { text: line })));
    this.parts.answer.replaceChildren(
      element('h2', { text: question }),
      element('p', { className: 'answer-summary', text: answer.summary }),
      list,
    );
    this.parts.answer.hidden = false;
  }

  hideAnswer(): void {
    this.parts.answer.hidden = true;
    this.parts.answer.replaceChildren();
  }

  /** No entity selected: a hint in place of details. */
  showHint(text: string): void {
    this.parts.details.replaceChildren(element('p', { className: 'hint', text }));
    this.parts.sources.hidden = true;
  }

  showDetails(details: EntityDetails): void {
    const { summary } = details;
    const heading = element('h2', { className: 'entity-title' });
    heading.append(shapeSwatch(summary.kind), element('span', { text: summary.label }));
    const parts: HTMLElement[] = [heading, element('p', { className: 'entity-caption', text: summary.caption })];
    const names = [details.nativeName, ...details.aliases].filter((name): name is string => name !== null);
    if (names.length > 0) parts.push(element('p', { className: 'entity-names', text: `Also: ${names.join(' · ')}` }));
    if (details.text) parts.push(element('p', { className: 'entity-text', text: details.text }));
    if (details.facts.length > 0) {
      const facts = element('dl', { className: 'facts' });
      for (const [term, value] of details.facts)
        facts.append(element('dt', { text: term }), element('dd', { text: value }));
      parts.push(facts);
    }
    const share = element('a', { className: 'share-link', text: 'Link to this view' });
    share.href = hrefOf({ kind: 'entity', id: summary.id });
    parts.push(share);
    this.parts.details.replaceChildren(...parts);
    this.showSources(details.sources);
  }

  private showSources(sources: readonly SourceReference[]): void {
    const { sources: section } = this.parts;
    const heading = element('h3', { text: `Sources (${sources.length})` });
    if (sources.length === 0) {
      section.replaceChildren(heading, element('p', { className: 'hint', text: 'No source is recorded for it.' }));
    } else {
      const list = element('ol', { className: 'source-list' });
      list.append(...sources.map(sourceItem));
      section.replaceChildren(heading, list);
    }
    section.hidden = false;
  }
}

function sourceItem(source: SourceReference): HTMLLIElement {
  const item = element('li');
  if (source.url) {
    const link = element('a', { text: source.title });
    link.href = source.url;
    link.rel = 'noopener noreferrer';
    link.target = '_blank';
    link.append(element('span', { className: 'visually-hidden', text: ' (opens in a new tab)' }));
    item.append(link);
  } else item.append(element('span', { text: source.title }));
  const about = [
    source.publisher,
    source.publishedOn,
    source.url ? null : source.fileName ? `seed document ${source.fileName}` : null,
  ].filter((part): part is string => part !== null);
  if (about.length > 0) item.append(element('span', { className: 'source-about', text: ` — ${about.join(', ')}` }));
  if (source.weak) item.append(element('span', { className: 'badge weak', text: 'weak source' }));
  return item;
}
