import cytoscape, { type Core, type ElementDefinition, type LayoutOptions } from 'cytoscape';
import { graphStylesheet } from './graph-stylesheet';
import { isSymmetric, linkKey, type GraphModel } from './graph-model';
import { isGroupId } from './neighbourhood-groups';
import type { LayoutName } from './presets';

interface Frame {
  readonly width: number;
  readonly height: number;
}

const FIT_PADDING = 40;
/** The largest zoom a fit may choose; the reader may zoom further in. */
const COMFORTABLE_ZOOM = 1.25;

export interface GraphViewOptions {
  /** A node was clicked or tapped. */
  readonly onActivate: (id: string) => void;
}

/** The drawn graph: renders a GraphModel with Cytoscape and reports node activations. */
export class GraphView {
  readonly cy: Core;

  constructor(
    private readonly container: HTMLElement,
    options: GraphViewOptions,
  ) {
    this.cy = cytoscape({
      container,
      style: graphStylesheet(),
      minZoom: 0.2,
      maxZoom: 3,
      selectionType: 'single',
      boxSelectionEnabled: false,
    });
    this.cy.on('tap', 'node', (event) => options.onActivate(event.target.id() as string));
    this.cy.on('mouseover', 'node', () => container.classList.add('pointing'));
    this.cy.on('mouseout', 'node', () => container.classList.remove('pointing'));
    // The frame changes size with the window (and the layout switch for small screens): keep the graph in view.
    let pending: number | undefined;
    new ResizeObserver(() => {
      window.clearTimeout(pending);
      pending = window.setTimeout(() => {
        this.cy.resize();
        this.fitToFrame();
      }, 100);
    }).observe(container);
  }

  /**
   * Draws the model. New entities start next to the one they were reached from, and the layout
   * then runs from the current positions, so expanding a node does not scramble the picture.
   */
  render(model: GraphModel, options: { focusId: string | null; layout: LayoutName; grownFrom?: string }): void {
    const { cy } = this;
    const origin = options.grownFrom ? cy.getElementById(options.grownFrom) : undefined;
    const near = origin?.nonempty() ? { ...origin.position() } : undefined;
    const elements = elementsOf(model, near);
    const wanted = new Set(elements.map((element) => element.data.id));
    cy.batch(() => {
      cy.elements()
        .filter((element) => !wanted.has(element.id()))
        .remove();
      for (const element of elements) {
        const drawn = cy.getElementById(element.data.id ?? '');
        // Links merge labels ("director, screenwriter"), so a drawn edge may need its label updated.
        if (drawn.nonempty()) drawn.data('label', element.data.label);
        else cy.add(element);
      }
    });
    this.setFocus(options.focusId);
    const frame = { width: this.container.clientWidth, height: this.container.clientHeight };
    const layout = cy.layout(
      layoutOptions(options.layout, options.focusId, near === undefined, frame, model.nodes.length),
    );
    layout.one('layoutstop', () => this.fitToFrame());
    layout.run();
    this.updateDescription(model);
  }

  /** Shows the whole graph, but a lone node or a short path is not blown up to fill the frame. */
  private fitToFrame(): void {
    this.cy.fit(undefined, FIT_PADDING);
    if (this.cy.zoom() > COMFORTABLE_ZOOM) {
      this.cy.zoom(COMFORTABLE_ZOOM);
      this.cy.center();
    }
  }

  /** Marks the selected entity and the links that touch it. */
  private setFocus(id: string | null): void {
    this.cy.batch(() => {
      this.cy.nodes().forEach((node) => {
        node.toggleClass('focus', node.id() === id);
      });
      this.cy.edges().forEach((edge) => {
        edge.toggleClass('touches-focus', edge.source().id() === id || edge.target().id() === id);
      });
    });
  }

  clear(): void {
    this.cy.elements().remove();
    this.container.setAttribute('aria-label', 'Graph: nothing drawn yet.');
  }

  private updateDescription(model: GraphModel): void {
    const nodes = model.nodes.length;
    const links = model.links.length;
    this.container.setAttribute(
      'aria-label',
      `Graph of ${nodes} ${nodes === 1 ? 'entity' : 'entities'} and ${links} ${links === 1 ? 'link' : 'links'}. ` +
        'The same entities are listed in the side panel.',
    );
  }
}

function elementsOf(model: GraphModel, near?: cytoscape.Position): ElementDefinition[] {
  const nodes: ElementDefinition[] = model.nodes.map((node, index) => ({
    group: 'nodes',
    data: { id: node.id, label: node.label, kind: node.kind, typename: node.typename },
    classes: isGroupId(node.id) ? `${node.kind} group` : node.kind,
    // Spread newcomers on a small circle around their origin: stacked nodes would push apart violently.
    position: near ? { x: near.x + 40 * Math.cos(index * 2.4), y: near.y + 40 * Math.sin(index * 2.4) } : undefined,
  }));
  const edges: ElementDefinition[] = model.links.map((link) => ({
    group: 'edges',
    data: { id: `link:${linkKey(link)}`, source: link.source, target: link.target, label: link.label, type: link.type },
    classes: isSymmetric(link.type) ? 'symmetric' : undefined,
  }));
  return [...nodes, ...edges];
}

/**
 * Room for the layout in the frame's proportions, growing with the number of nodes: left to
 * itself cose draws a disc, which a wide frame fits badly, and a few nodes in the whole frame
 * would sit at its corners.
 */
function layoutBox(nodeCount: number, frame: Frame): { x1: number; y1: number; w: number; h: number } {
  const aspect = Math.sqrt(Math.max(frame.width, 1) / Math.max(frame.height, 1));
  const side = 170 * Math.sqrt(nodeCount);
  return { x1: 0, y1: 0, w: Math.min(frame.width, side * aspect), h: Math.min(frame.height, side / aspect) };
}

function layoutOptions(
  name: LayoutName,
  focusId: string | null,
  fresh: boolean,
  frame: Frame,
  nodeCount: number,
): LayoutOptions {
  if (name === 'breadthfirst') {
    // Left to right: a path reads like a sentence, and the frame is wider than it is tall.
    return {
      name,
      directed: false,
      direction: 'rightward',
      roots: focusId ? [focusId] : undefined,
      spacingFactor: 1.2,
      padding: FIT_PADDING,
      animate: false,
    };
  }
  return {
    name: 'cose',
    randomize: fresh,
    boundingBox: layoutBox(nodeCount, frame),
    animate: false,
    padding: FIT_PADDING,
    nodeDimensionsIncludeLabels: true,
    idealEdgeLength: () => 80,
    nodeRepulsion: () => 6000,
    gravity: 1,
    componentSpacing: 60,
  };
}
