import { element } from './dom';
import { ApiFailure } from './graphql-client';

/**
 * Progress and outcome messages above the graph. Progress goes to a polite status region;
 * failures go to an alert region, with a button to try again.
 */
export class StatusBanner {
  constructor(
    private readonly status: HTMLElement,
    private readonly alert: HTMLElement,
  ) {}

  progress(message: string): void {
    this.alert.replaceChildren();
    this.alert.hidden = true;
    this.status.textContent = message;
    this.status.dataset.state = 'busy';
  }

  info(message: string): void {
    this.alert.replaceChildren();
    this.alert.hidden = true;
    this.status.textContent = message;
    this.status.dataset.state = 'idle';
  }

  failure(error: unknown, retry: () => void): void {
    this.status.textContent = '';
    this.status.dataset.state = 'idle';
    const button = element('button', { className: 'retry', text: 'Try again' });
    button.type = 'button';
    button.addEventListener('click', retry);
    const { title, detail } = explainFailure(error);
    this.alert.replaceChildren(element('strong', { text: title }), element('span', { text: ` ${detail} ` }), button);
    this.alert.hidden = false;
  }
}

/** A failure in words a reader can act on. */
export function explainFailure(error: unknown): { title: string; detail: string } {
  if (error instanceof ApiFailure) {
    if (error.kind === 'network') {
      return {
        title: 'The server cannot be reached.',
        detail: 'It may be stopped or restarting, or the network is down.',
      };
    }
    if (error.kind === 'graphql') {
      const codes = error.codes.length > 0 ? ` (${[...new Set(error.codes)].join(', ')})` : '';
      const detail = `${error.message}${codes}`;
      if (error.codes.includes('SERVICE_UNAVAILABLE')) return { title: 'The graph database is not answering.', detail };
      if (error.codes.includes('TIMEOUT')) return { title: 'The query took too long.', detail };
      return { title: 'The API refused the request.', detail };
    }
    return { title: 'The server answered with an error.', detail: error.message };
  }
  return { title: 'Something went wrong.', detail: error instanceof Error ? error.message : String(error) };
}
