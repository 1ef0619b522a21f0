import './style.css';
import type { Core } from 'cytoscape';
import { required } from './dom';
import { EntityPanel } from './entity-panel';
import { ExplorerApp } from './explorer-app';
import { searchEntities } from './explorer-api';
import { GraphView } from './graph-view';
import { renderLegend } from './legend';
import { NodeList } from './node-list';
import { PRESETS } from './presets';
import { SearchBox } from './search-box';
import { StatusBanner } from './status-banner';
import { readLocation } from './url-state';

declare global {
  interface Window {
    /** The live graph and its model, for end-to-end tests and for poking around in the console. */
    __explorer?: { cy: Core; app: ExplorerApp };
  }
}

const graph = new GraphView(required('graph', HTMLDivElement), {
  onActivate: (id) => {
    const node = explorer.model.node(id);
    if (node) void explorer.activate(node);
  },
});
const explorer = new ExplorerApp({
  graph,
  panel: new EntityPanel({
    answer: required('answer', HTMLElement),
    details: required('details', HTMLElement),
    sources: required('sources', HTMLElement),
  }),
  nodeList: new NodeList(required('node-list', HTMLDivElement), (entity) => void explorer.activate(entity)),
  status: new StatusBanner(required('status', HTMLParagraphElement), required('alert', HTMLDivElement)),
  emptyState: required('graph-empty', HTMLDivElement),
});

new SearchBox({
  input: required('search-input', HTMLInputElement),
  listbox: required('search-suggestions', HTMLUListElement),
  status: required('search-status', HTMLParagraphElement),
  search: searchEntities,
  onChoose: (entity) => void explorer.choose(entity),
});

const presetButtons = required('preset-buttons', HTMLDivElement);
for (const preset of PRESETS) {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'preset';
  button.dataset.preset = preset.key;
  button.textContent = preset.question;
  button.addEventListener('click', () => void explorer.runPreset(preset, 'push'));
  presetButtons.append(button);
}

renderLegend(required('legend', HTMLDivElement));
window.addEventListener('popstate', () => void explorer.open(readLocation(), 'none'));
window.__explorer = { cy: graph.cy, app: explorer };
void explorer.open(readLocation(), 'replace');
