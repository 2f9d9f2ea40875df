// Tests of the export serialisers: the files a reader downloads open in a spreadsheet, in Gephi, or as JSON.

import { JSDOM } from 'jsdom';
import Papa from 'papaparse';
import type { GraphEdge, GraphNode } from '../../core/model.js';
import { edgesToCsv, nodesToCsv, toGraphML, toJson } from './export-formats.js';

const putin: GraphNode = { id: 'person-putin', name: 'Vladimir Putin', type: 'PERSON', aliases: ['Putin', 'V. V. Putin'], articleCount: 3, mentionCount: 9, firstSeen: '2024-03-04', lastSeen: '2024-05-20' };
// A name with every character that breaks hand-written CSV or XML.
const tricky: GraphNode = { id: 'org-"q"&<a>', name: 'Smith, Jones & "Partners" <Ltd>', type: 'ORGANIZATION', aliases: [], articleCount: 1, mentionCount: 1, firstSeen: null, lastSeen: null };
const call: GraphEdge = { id: 'person-putin|SPOKE_WITH|org-"q"&<a>', source: 'person-putin', target: 'org-"q"&<a>', predicate: 'SPOKE_WITH', group: 'verbal-cooperation', articleCount: 2, firstDate: '2024-03-04', lastDate: null };
const graph = { nodes: [putin, tricky], edges: [call] };

describe('export formats', () => {
  it('JSON holds the nodes and edges in the API wire format', () => {
    expect(JSON.parse(toJson(graph))).toEqual({ nodes: [putin, tricky], edges: [call] });
  });

  it('the entities CSV has a header and quotes names with commas and quotes so a spreadsheet reads them back', () => {
    const rows = Papa.parse<Record<string, string>>(nodesToCsv(graph.nodes), { header: true }).data;
    expect(rows).toHaveLength(2);
    expect(rows[1]).toMatchObject({ id: tricky.id, name: tricky.name, type: 'ORGANIZATION', firstSeen: '' });
    expect(rows[0].aliases).toBe('Putin; V. V. Putin');
  });

  it('the relations CSV lists source, target, predicate and counts', () => {
    const [header, first] = Papa.parse<string[]>(edgesToCsv(graph.edges)).data;
    expect(header).toEqual(['id', 'source', 'target', 'predicate', 'group', 'articleCount', 'firstDate', 'lastDate']);
    expect(first).toEqual([call.id, 'person-putin', tricky.id, 'SPOKE_WITH', 'verbal-cooperation', '2', '2024-03-04', '']);
  });

  it('GraphML parses as XML with typed attributes, and names with markup stay text', () => {
    const window = new JSDOM('').window;
    const xml = toGraphML(graph, { implementation: window.document.implementation, serializer: new window.XMLSerializer() });
    const doc = new window.DOMParser().parseFromString(xml, 'application/xml');
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    expect(doc.documentElement.localName).toBe('graphml');
    const nodes = [...doc.getElementsByTagName('node')];
    expect(nodes.map((node) => node.getAttribute('id'))).toEqual([putin.id, tricky.id]);
    expect(nodes[1].querySelector('data[key="label"]')?.textContent).toBe(tricky.name);
    const edge = doc.getElementsByTagName('edge')[0];
    expect(edge.getAttribute('target')).toBe(tricky.id);
    expect(edge.querySelector('data[key="predicate"]')?.textContent).toBe('SPOKE_WITH');
    expect(edge.querySelector('data[key="edgeArticleCount"]')?.textContent).toBe('2');
    expect(edge.querySelector('data[key="lastDate"]')).toBeNull();
    const keys = [...doc.getElementsByTagName('key')].map((key) => `${key.getAttribute('for')}:${key.getAttribute('attr.name')}:${key.getAttribute('attr.type')}`);
    expect(keys).toEqual(expect.arrayContaining(['node:type:string', 'node:articleCount:int', 'edge:predicate:string', 'edge:articleCount:int', 'edge:firstDate:string', 'edge:lastDate:string']));
  });
});
