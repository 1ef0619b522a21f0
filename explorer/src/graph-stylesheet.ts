import type { StylesheetJson } from 'cytoscape';
import { ENTITY_KINDS } from './entity-kinds';
import { KIND_STYLES } from './type-styles';

const INK = '#1f2933';
const PAPER = '#ffffff';
const FOCUS = '#111827';

/** Cytoscape's styles: one block per entity kind (colour and shape), labels kept readable over edges. */
export function graphStylesheet(): StylesheetJson {
  return [
    {
      selector: 'node',
      style: {
        width: 30,
        height: 30,
        label: 'data(label)',
        color: INK,
        'font-size': 15,
        'font-family': 'system-ui, sans-serif',
        'text-valign': 'bottom',
        'text-halign': 'center',
        'text-margin-y': 4,
        'text-wrap': 'wrap',
        'text-max-width': '160px',
        'text-background-color': PAPER,
        'text-background-opacity': 0.85,
        'text-background-padding': '2px',
        'text-background-shape': 'roundrectangle',
        'border-width': 1.5,
        'border-color': PAPER,
        'min-zoomed-font-size': 6,
      },
    },
    ...ENTITY_KINDS.map((kind) => ({
      selector: `node.${kind}`,
      style: { 'background-color': KIND_STYLES[kind].colour, shape: KIND_STYLES[kind].shape },
    })),
    {
      // A folded group: the kind's shape, hollow, with a dashed outline.
      selector: 'node.group',
      style: {
        width: 36,
        height: 36,
        'background-opacity': 0.25,
        'border-width': 2,
        'border-style': 'dashed',
        'border-color': '#52606d',
        'font-style': 'italic',
      },
    },
    {
      selector: 'node.focus',
      style: {
        width: 42,
        height: 42,
        'border-width': 4,
        'border-color': FOCUS,
        'font-weight': 'bold',
        'font-size': 16,
      },
    },
    {
      selector: 'edge',
      style: {
        width: 1.5,
        'curve-style': 'bezier',
        'line-color': '#9aa5b1',
        'target-arrow-color': '#9aa5b1',
        'target-arrow-shape': 'triangle',
        'arrow-scale': 0.8,
        label: 'data(label)',
        'font-size': 12,
        color: '#52606d',
        'text-rotation': 'autorotate',
        'text-background-color': PAPER,
        'text-background-opacity': 0.9,
        'text-background-padding': '1px',
        'min-zoomed-font-size': 7,
      },
    },
    {
      selector: 'edge.symmetric',
      style: { 'target-arrow-shape': 'none', 'line-style': 'dashed' },
    },
    {
      selector: 'edge.touches-focus',
      style: { width: 2.5, 'line-color': '#52606d', 'target-arrow-color': '#52606d', color: INK },
    },
  ];
}
