// Visual vocabulary of the canvas: entity-type styles and relation-group colours, and the Cytoscape stylesheet built from them.

import type cytoscape from 'cytoscape';
import type { EntityType, RelationGroup } from '../../core/model.js';
import { ENTITY_TYPES, RELATION_GROUPS } from '../../core/vocabulary.js';

/** Node shapes the legend knows how to draw; a subset of Cytoscape's. */
export type EntityShape = 'ellipse' | 'round-rectangle' | 'round-hexagon' | 'round-diamond' | 'round-pentagon' | 'round-triangle' | 'star' | 'round-octagon';

export interface EntityStyle {
  /** Human label for the legend and badges. */
  label: string;
  color: string;
  shape: EntityShape;
}

/** One style per entity type, registered by type name; the legend shows them in ENTITY_TYPES order. */
export const ENTITY_STYLES: Record<EntityType, EntityStyle> = {
  PERSON: { label: 'Person', color: '#7c6fd6', shape: 'ellipse' },
  ORGANIZATION: { label: 'Organisation', color: '#d9973a', shape: 'round-rectangle' },
  COUNTRY: { label: 'Country', color: '#4f86b8', shape: 'round-hexagon' },
  LOCATION: { label: 'Place', color: '#3f9f8f', shape: 'round-diamond' },
  FACILITY: { label: 'Facility', color: '#9c7a5b', shape: 'round-pentagon' },
  WEAPON: { label: 'Weapon', color: '#c75b7a', shape: 'round-triangle' },
  EVENT: { label: 'Event', color: '#b8a031', shape: 'star' },
  OTHER: { label: 'Other', color: '#8e98a5', shape: 'round-octagon' },
};

export interface RelationGroupStyle {
  label: string;
  color: string;
  line: 'solid' | 'dashed';
}

/** Edge colours by relation group: cooperation in blues/greens, conflict in oranges/reds, roles and places in greys. */
export const RELATION_GROUP_STYLES: Record<RelationGroup, RelationGroupStyle> = {
  'verbal-cooperation': { label: 'Verbal cooperation', color: '#3b82c4', line: 'solid' },
  'material-cooperation': { label: 'Material cooperation', color: '#2e9b6a', line: 'solid' },
  'verbal-conflict': { label: 'Verbal conflict', color: '#e08a2e', line: 'solid' },
  'material-conflict': { label: 'Material conflict', color: '#d1434b', line: 'solid' },
  role: { label: 'Role', color: '#7d8794', line: 'solid' },
  place: { label: 'Place', color: '#a3abb6', line: 'dashed' },
};

/** Node diameter in pixels for an entity mentioned in `articleCount` articles. */
export function nodeSize(articleCount: number): number {
  return Math.min(76, 26 + 9 * Math.sqrt(Math.max(0, articleCount - 1)));
}

/** Edge width in pixels for a relation stated by `articleCount` articles. */
export function edgeWidth(articleCount: number): number {
  return Math.min(8, 1.5 + 1.4 * Math.log2(Math.max(1, articleCount)));
}

const LABEL_FONT = 'Inter, "Segoe UI", system-ui, -apple-system, sans-serif';

/** The Cytoscape stylesheet: base looks, then one rule per entity type and relation group, then display-state classes. */
export function buildStylesheet(): cytoscape.StylesheetJson {
  return [
    {
      selector: 'node',
      style: {
        width: 'data(size)',
        height: 'data(size)',
        'background-color': '#8e98a5',
        'border-width': 2,
        'border-color': '#ffffff',
        label: 'data(name)',
        'font-family': LABEL_FONT,
        'font-size': 11,
        'font-weight': 500,
        color: '#1f2933',
        'text-valign': 'bottom',
        'text-halign': 'center',
        'text-margin-y': 5,
        'text-wrap': 'ellipsis',
        'text-max-width': '140px',
        'text-background-color': '#f7f8fa',
        'text-background-opacity': 0.85,
        'text-background-padding': '2px',
        'text-background-shape': 'roundrectangle',
        'min-zoomed-font-size': 7,
        'overlay-opacity': 0,
        'transition-property': 'opacity',
        'transition-duration': 150,
      },
    },
    ...ENTITY_TYPES.map((type) => ({
      selector: `node[type = "${type}"]`,
      style: { 'background-color': ENTITY_STYLES[type].color, shape: ENTITY_STYLES[type].shape },
    })),
    {
      selector: 'edge',
      style: {
        width: 'data(width)',
        'curve-style': 'bezier',
        'line-color': '#a3abb6',
        'target-arrow-color': '#a3abb6',
        'target-arrow-shape': 'triangle',
        'arrow-scale': 0.9,
        label: 'data(label)',
        'font-family': LABEL_FONT,
        'font-size': 9,
        color: '#52606d',
        'text-rotation': 'autorotate',
        'text-background-color': '#f7f8fa',
        'text-background-opacity': 0.9,
        'text-background-padding': '1px',
        'min-zoomed-font-size': 8,
        'overlay-opacity': 0,
        opacity: 0.85,
      },
    },
    { selector: 'edge[?symmetric]', style: { 'target-arrow-shape': 'none' } },
    // A one-way relation stated in both directions (A attacked B, B attacked A) gets an arrow at each end.
    { selector: 'edge[?bothWays][!symmetric]', style: { 'source-arrow-shape': 'triangle' } },
    ...RELATION_GROUPS.map((group) => ({
      selector: `edge[group = "${group}"]`,
      style: {
        'line-color': RELATION_GROUP_STYLES[group].color,
        'target-arrow-color': RELATION_GROUP_STYLES[group].color,
        'source-arrow-color': RELATION_GROUP_STYLES[group].color,
        'line-style': RELATION_GROUP_STYLES[group].line,
      },
    })),
    // Display state, applied as classes over the data.
    { selector: 'node.focus', style: { 'border-width': 3, 'border-color': '#1f2933' } },
    // Pinned: a double dark ring, so a locked node reads differently from the focus and the selection.
    { selector: 'node.pinned', style: { 'border-width': 6, 'border-style': 'double', 'border-color': '#1f2933' } },
    { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#2563eb' } },
    { selector: 'edge:selected', style: { opacity: 1, 'z-index': 10, 'font-weight': 600, color: '#1f2933', 'underlay-color': '#2563eb', 'underlay-opacity': 0.18, 'underlay-padding': 4 } },
    { selector: 'node.hovered', style: { 'border-color': '#1f2933', 'z-index': 20 } },
    { selector: 'edge.hovered', style: { opacity: 1, 'z-index': 10, color: '#1f2933' } },
    { selector: '.faded', style: { opacity: 0.18 } },
    { selector: '.filtered', style: { display: 'none' } },
  ] as cytoscape.StylesheetJson;
}
