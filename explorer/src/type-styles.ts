import type { EntityKind } from './entity-kinds';

export type NodeShape =
  | 'ellipse'
  | 'round-rectangle'
  | 'diamond'
  | 'rectangle'
  | 'hexagon'
  | 'star'
  | 'triangle'
  | 'octagon'
  | 'barrel'
  | 'tag';

export interface KindStyle {
  readonly name: string;
  readonly colour: string;
  readonly shape: NodeShape;
}

/**
 * Colour and shape both carry the type, so the graph reads without colour vision too. The
 * colours come from the Okabe–Ito palette, chosen to stay distinct for colour-blind readers.
 */
export const KIND_STYLES: Readonly<Record<EntityKind, KindStyle>> = {
  work: { name: 'Work', colour: '#0072B2', shape: 'round-rectangle' },
  person: { name: 'Person', colour: '#E69F00', shape: 'ellipse' },
  character: { name: 'Character', colour: '#CC79A7', shape: 'diamond' },
  episode: { name: 'Episode', colour: '#56B4E9', shape: 'rectangle' },
  organization: { name: 'Organization', colour: '#8C6D31', shape: 'hexagon' },
  reception: { name: 'Reception', colour: '#D55E00', shape: 'star' },
  event: { name: 'Event', colour: '#009E73', shape: 'triangle' },
  song: { name: 'Song', colour: '#6A3D9A', shape: 'octagon' },
  place: { name: 'Place', colour: '#7F8C3A', shape: 'barrel' },
  source: { name: 'Source', colour: '#6B7280', shape: 'tag' },
};
