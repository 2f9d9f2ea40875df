// Serialisers of the visible graph for download: JSON, CSV (nodes, edges) and GraphML for Gephi.

import Papa from 'papaparse';
import type { GraphEdge, GraphNode } from '../../core/model.js';

/** The entities and relations to export (what the reader sees). */
export interface ExportGraph {
  nodes: readonly GraphNode[];
  edges: readonly GraphEdge[];
}

/** The export formats, registered by name, each with its file extension and MIME type. */
export const EXPORT_FORMATS = {
  png: { label: 'PNG image', extension: 'png', mime: 'image/png' },
  svg: { label: 'SVG image', extension: 'svg', mime: 'image/svg+xml' },
  json: { label: 'JSON', extension: 'json', mime: 'application/json' },
  'csv-nodes': { label: 'CSV, entities', extension: 'csv', mime: 'text/csv' },
  'csv-edges': { label: 'CSV, relations', extension: 'csv', mime: 'text/csv' },
  graphml: { label: 'GraphML (Gephi)', extension: 'graphml', mime: 'application/graphml+xml' },
} as const;

export type ExportFormat = keyof typeof EXPORT_FORMATS;

/** The graph as the API's wire format (`{nodes, edges}`), indented. */
export function toJson(graph: ExportGraph): string {
  return JSON.stringify({ nodes: graph.nodes, edges: graph.edges }, null, 2);
}

/** One row per entity: id, name, type, aliases (joined with "; "), counts, first and last seen. */
export function nodesToCsv(nodes: readonly GraphNode[]): string {
  return Papa.unparse({
    fields: ['id', 'name', 'type', 'aliases', 'articleCount', 'mentionCount', 'firstSeen', 'lastSeen'],
    data: nodes.map((node) => [node.id, node.name, node.type, node.aliases.join('; '), node.articleCount, node.mentionCount, node.firstSeen ?? '', node.lastSeen ?? '']),
  });
}

/** One row per relation: source and target ids, predicate, group, article count, first and last date. */
export function edgesToCsv(edges: readonly GraphEdge[]): string {
  return Papa.unparse({
    fields: ['id', 'source', 'target', 'predicate', 'group', 'articleCount', 'firstDate', 'lastDate'],
    data: edges.map((edge) => [edge.id, edge.source, edge.target, edge.predicate, edge.group, edge.articleCount, edge.firstDate ?? '', edge.lastDate ?? '']),
  });
}

const GRAPHML_NS = 'http://graphml.graphdrawing.org/xmlns';

/** Attribute keys declared in the GraphML header: [id, for, name, type]. */
const GRAPHML_KEYS = [
  ['label', 'node', 'label', 'string'],
  ['type', 'node', 'type', 'string'],
  ['articleCount', 'node', 'articleCount', 'int'],
  ['predicate', 'edge', 'predicate', 'string'],
  ['group', 'edge', 'group', 'string'],
  ['edgeArticleCount', 'edge', 'articleCount', 'int'],
  ['firstDate', 'edge', 'firstDate', 'string'],
  ['lastDate', 'edge', 'lastDate', 'string'],
] as const;

/** The DOM pieces GraphML is built with: the browser's by default, jsdom's in tests. */
export interface XmlTools {
  implementation: DOMImplementation;
  serializer: XMLSerializer;
}

/**
 * The graph as GraphML (directed), with node attributes label/type/articleCount and edge attributes
 * predicate/group/articleCount/firstDate/lastDate. Built through the DOM so names with `<`, `&` or
 * quotes are escaped by the serialiser, not by hand.
 */
export function toGraphML(graph: ExportGraph, tools: XmlTools = { implementation: document.implementation, serializer: new XMLSerializer() }): string {
  const doc = tools.implementation.createDocument(GRAPHML_NS, 'graphml', null);
  const root = doc.documentElement;
  const child = (parent: Element, tag: string, attrs: Record<string, string>): Element => {
    const element = doc.createElementNS(GRAPHML_NS, tag);
    for (const [name, value] of Object.entries(attrs)) element.setAttribute(name, value);
    parent.appendChild(element);
    return element;
  };
  const data = (parent: Element, key: string, value: string | number | null): void => {
    if (value === null) return;
    child(parent, 'data', { key }).textContent = String(value);
  };
  for (const [id, owner, name, type] of GRAPHML_KEYS) child(root, 'key', { id, for: owner, 'attr.name': name, 'attr.type': type });
  const body = child(root, 'graph', { id: 'newsgraph', edgedefault: 'directed' });
  for (const node of graph.nodes) {
    const element = child(body, 'node', { id: node.id });
    data(element, 'label', node.name);
    data(element, 'type', node.type);
    data(element, 'articleCount', node.articleCount);
  }
  for (const edge of graph.edges) {
    const element = child(body, 'edge', { id: edge.id, source: edge.source, target: edge.target });
    data(element, 'predicate', edge.predicate);
    data(element, 'group', edge.group);
    data(element, 'edgeArticleCount', edge.articleCount);
    data(element, 'firstDate', edge.firstDate);
    data(element, 'lastDate', edge.lastDate);
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n${tools.serializer.serializeToString(doc)}`;
}
