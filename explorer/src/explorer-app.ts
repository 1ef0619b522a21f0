import type { EntityPanel } from './entity-panel';
import type { EntitySummary } from './entity-refs';
import { loadNeighbourhood, type EntityNeighbourhood } from './explorer-api';
import { GraphModel, type GraphFragment } from './graph-model';
import type { GraphView } from './graph-view';
import { foldCrowdedLeaves, isGroupId } from './neighbourhood-groups';
import type { NodeList } from './node-list';
import { findPreset, type LayoutName, type Preset } from './presets';
import type { StatusBanner } from './status-banner';
import { writeLocation, type ExplorerLocation } from './url-state';

export interface ExplorerViews {
  readonly graph: GraphView;
  readonly panel: EntityPanel;
  readonly nodeList: NodeList;
  readonly status: StatusBanner;
  /** Shown over the graph while nothing is drawn. */
  readonly emptyState: HTMLElement;
}

type HistoryMode = 'push' | 'replace' | 'none';

const START_HINT = 'Select an entity in the graph or in the list below to see its details and sources.';

/**
 * What the reader is looking at and how it changes: choosing an entity draws its neighbourhood
 * afresh, activating a drawn node adds that node's neighbours, a preset draws its answer. Each
 * of these records a shareable address. Only the latest request may change the page.
 */
export class ExplorerApp {
  readonly model = new GraphModel();
  private focusId: string | null = null;
  private layout: LayoutName = 'cose';
  private ticket = 0;
  /** Neighbourhoods already fetched: the graph changes only through curation, which a reload picks up. */
  private readonly cache = new Map<string, EntityNeighbourhood>();
  /** What each drawn group node stands for. */
  private readonly groups = new Map<string, GraphFragment>();

  constructor(private readonly views: ExplorerViews) {}

  /** Opens what an address names; an unknown preset opens the start page with a message. */
  open(location: ExplorerLocation, history: HistoryMode): Promise<void> {
    if (location.kind === 'entity') return this.showEntity(location.id, { mode: 'replace', history });
    if (location.kind === 'preset') {
      const preset = findPreset(location.key);
      if (preset) return this.runPreset(preset, history);
      this.reset();
      this.views.status.info(`There is no preset question called “${location.key}”.`);
      return Promise.resolve();
    }
    this.reset();
    this.views.status.info('');
    return Promise.resolve();
  }

  /** A node was activated in the graph or the list: select it and draw its neighbours too, or open a group. */
  activate(entity: Pick<EntitySummary, 'id' | 'typename'>): Promise<void> {
    if (isGroupId(entity.id)) {
      this.openGroup(entity.id);
      return Promise.resolve();
    }
    return this.showEntity(entity.id, { typename: entity.typename, mode: 'expand', history: 'push' });
  }

  /** An entity was chosen in the search box: draw its neighbourhood afresh. */
  choose(entity: Pick<EntitySummary, 'id' | 'typename'>): Promise<void> {
    return this.showEntity(entity.id, { typename: entity.typename, mode: 'replace', history: 'push' });
  }

  async runPreset(preset: Preset, history: HistoryMode): Promise<void> {
    const ticket = ++this.ticket;
    this.views.status.progress(`Answering “${preset.question}”…`);
    try {
      const answer = await preset.run();
      if (ticket !== this.ticket) return;
      this.model.clear();
      this.groups.clear();
      this.model.merge(answer.fragment);
      this.focusId = answer.focusId;
      this.layout = answer.layout;
      this.draw();
      this.views.panel.showAnswer(preset.question, answer);
      this.views.panel.showHint(START_HINT);
      this.views.status.info(
        this.model.nodes.length > 0 ? `Answered “${preset.question}”.` : `No answer to “${preset.question}”.`,
      );
      this.record({ kind: 'preset', key: preset.key }, history, preset.question);
    } catch (error) {
      if (ticket === this.ticket) this.views.status.failure(error, () => void this.runPreset(preset, history));
    }
  }

  private async showEntity(
    id: string,
    options: { typename?: string; mode: 'replace' | 'expand'; history: HistoryMode },
  ): Promise<void> {
    const ticket = ++this.ticket;
    const known = this.model.node(id);
    this.views.status.progress(`Loading ${known?.label ?? id}…`);
    try {
      const found = this.cache.get(id) ?? (await loadNeighbourhood(id, options.typename ?? known?.typename));
      if (ticket !== this.ticket) return;
      if (!found) {
        if (options.mode === 'replace') this.reset();
        this.views.status.info(`Nothing in the graph has the id “${id}”. Try the search box instead.`);
        return;
      }
      this.cache.set(id, found);
      const expanding = options.mode === 'expand' && this.model.has(id);
      if (!expanding) {
        this.model.clear();
        this.groups.clear();
        this.views.panel.hideAnswer();
      }
      // A force-directed layout absorbs new neighbours best, whatever drew the graph before.
      this.layout = 'cose';
      const { fragment, groups } = foldCrowdedLeaves(found.fragment, id, (other) => this.model.has(other));
      for (const [groupId, members] of groups) this.groups.set(groupId, members);
      const added = this.model.merge(fragment);
      this.focusId = id;
      this.draw(expanding ? id : undefined);
      this.views.panel.showDetails(found.details);
      const label = found.details.summary.label;
      const neighbours = this.model.linksOf(id).length;
      this.views.status.info(
        expanding
          ? `Selected ${label}; ${added.length} new ${added.length === 1 ? 'entity' : 'entities'} drawn.`
          : `Showing ${label} and ${neighbours} ${neighbours === 1 ? 'link' : 'links'}.`,
      );
      this.record({ kind: 'entity', id }, options.history, label);
    } catch (error) {
      if (ticket === this.ticket) this.views.status.failure(error, () => void this.showEntity(id, options));
    }
  }

  /** Replaces a group node with the entities it stands for. */
  private openGroup(id: string): void {
    const members = this.groups.get(id);
    const label = this.model.node(id)?.label;
    if (!members) return;
    this.groups.delete(id);
    this.model.remove(id);
    this.model.merge(members);
    this.draw(id);
    this.views.status.info(`Drew all ${label ?? members.nodes.length}.`);
  }

  private draw(grownFrom?: string): void {
    const empty = this.model.nodes.length === 0;
    this.views.emptyState.hidden = !empty;
    if (empty) this.views.graph.clear();
    else this.views.graph.render(this.model, { focusId: this.focusId, layout: this.layout, grownFrom });
    this.views.nodeList.render(this.model, this.focusId);
  }

  private reset(): void {
    this.ticket++;
    this.model.clear();
    this.groups.clear();
    this.focusId = null;
    this.draw();
    this.views.panel.hideAnswer();
    this.views.panel.showHint('Nothing is selected yet.');
    document.title = 'Big City Graph explorer';
  }

  private record(location: ExplorerLocation, history: HistoryMode, title: string): void {
    document.title = `${title} · Big City Graph explorer`;
    if (history !== 'none') writeLocation(location, history);
  }
}
