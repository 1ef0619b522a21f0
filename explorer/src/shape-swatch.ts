import type { EntityKind } from './entity-kinds';
import { KIND_STYLES, type NodeShape } from './type-styles';

const SVG = 'http://www.w3.org/2000/svg';

/** The outline of each Cytoscape node shape in a 16×16 box, so the legend matches the graph. */
const SHAPE_PATHS: Readonly<Record<NodeShape, string>> = {
  ellipse: 'M8 1a7 7 0 1 0 0.01 0Z',
  'round-rectangle': 'M4 2h8a3 3 0 0 1 3 3v6a3 3 0 0 1-3 3H4a3 3 0 0 1-3-3V5a3 3 0 0 1 3-3Z',
  diamond: 'M8 0.5 15.5 8 8 15.5 0.5 8Z',
  rectangle: 'M1.5 2.5h13v11h-13Z',
  hexagon: 'M4.5 1.5h7L15 8l-3.5 6.5h-7L1 8Z',
  star: 'M8 0.8l2.1 4.6 5 .5-3.8 3.4 1.1 4.9L8 11.7l-4.4 2.5 1.1-4.9L0.9 5.9l5-.5Z',
  triangle: 'M8 1.5 15 14.5H1Z',
  octagon: 'M5 1h6l4 4v6l-4 4H5l-4-4V5Z',
  barrel: 'M3 1.5h10q2.5 6.5 0 13H3q-2.5-6.5 0-13Z',
  tag: 'M1 3h10l4 5-4 5H1Z',
};

/** A small picture of a kind's node (its colour and shape); decorative, as the text beside it names the kind. */
export function shapeSwatch(kind: EntityKind): SVGSVGElement {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', '0 0 16 16');
  svg.setAttribute('width', '16');
  svg.setAttribute('height', '16');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  svg.classList.add('swatch');
  const path = document.createElementNS(SVG, 'path');
  path.setAttribute('d', SHAPE_PATHS[KIND_STYLES[kind].shape]);
  path.setAttribute('fill', KIND_STYLES[kind].colour);
  svg.append(path);
  return svg;
}
