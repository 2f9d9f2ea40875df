// Small entity-type marks (shape + colour, as drawn on the canvas) for the legend, search and details.

import type { EntityType } from '../../core/model.js';
import { el } from './dom.js';
import { ENTITY_STYLES, type EntityShape } from './graph-styles.js';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Points of a regular polygon inscribed in the 16×16 icon box, first vertex at `startDeg`. */
function polygon(sides: number, startDeg: number, radius = 7): string {
  return Array.from({ length: sides }, (_, i) => {
    const angle = ((startDeg + (360 / sides) * i) * Math.PI) / 180;
    return `${(8 + radius * Math.cos(angle)).toFixed(2)},${(8 + radius * Math.sin(angle)).toFixed(2)}`;
  }).join(' ');
}

function star(): string {
  return Array.from({ length: 10 }, (_, i) => {
    const radius = i % 2 === 0 ? 7.5 : 3.2;
    const angle = ((-90 + 36 * i) * Math.PI) / 180;
    return `${(8 + radius * Math.cos(angle)).toFixed(2)},${(8 + radius * Math.sin(angle)).toFixed(2)}`;
  }).join(' ');
}

/** SVG drawing of each canvas shape, approximating Cytoscape's geometry. */
const SHAPE_DRAWINGS: Record<EntityShape, () => SVGElement> = {
  ellipse: () => svgElement('circle', { cx: 8, cy: 8, r: 6.5 }),
  'round-rectangle': () => svgElement('rect', { x: 1.5, y: 2.5, width: 13, height: 11, rx: 3 }),
  'round-hexagon': () => svgElement('polygon', { points: polygon(6, 0) }),
  'round-diamond': () => svgElement('polygon', { points: polygon(4, -90) }),
  'round-pentagon': () => svgElement('polygon', { points: polygon(5, -90) }),
  'round-triangle': () => svgElement('polygon', { points: polygon(3, -90, 7.5) }),
  star: () => svgElement('polygon', { points: star() }),
  'round-octagon': () => svgElement('polygon', { points: polygon(8, 22.5) }),
};

function svgElement(tag: string, attrs: Record<string, string | number>): SVGElement {
  const element = document.createElementNS(SVG_NS, tag) as SVGElement;
  for (const [name, value] of Object.entries(attrs)) element.setAttribute(name, String(value));
  return element;
}

/** The coloured shape of an entity type as a 16×16 SVG icon. */
export function entityIcon(type: EntityType): SVGSVGElement {
  const style = ENTITY_STYLES[type] ?? ENTITY_STYLES.OTHER;
  const svg = svgElement('svg', { viewBox: '0 0 16 16', width: 14, height: 14, 'aria-hidden': 'true', class: 'entity-icon' }) as SVGSVGElement;
  const shape = SHAPE_DRAWINGS[style.shape]();
  shape.setAttribute('fill', style.color);
  shape.setAttribute('stroke-linejoin', 'round');
  svg.appendChild(shape);
  return svg;
}

/** A type badge: icon and label, or the icon alone with the label for screen readers. */
export function entityBadge(type: EntityType, options: { iconOnly?: boolean } = {}): HTMLElement {
  const label = (ENTITY_STYLES[type] ?? ENTITY_STYLES.OTHER).label;
  return el(
    'span',
    { className: options.iconOnly ? 'entity-badge icon-only' : 'entity-badge', attrs: { title: label } },
    entityIcon(type),
    el('span', { className: options.iconOnly ? 'visually-hidden' : 'entity-badge-label' }, label),
  );
}
