// The chain of links shown under a traced contact: from the traced entity out, one hop at a time.

import type { EntitySummary, TraceContact, TraceResult } from '../../../core/model.js';
import { contactChain } from './investigation.js';

const entity = (id: string): EntitySummary => ({ id, name: id, type: 'PERSON', aliases: [], articleCount: 1, mentionCount: 1, firstSeen: null, lastSeen: null });
const contact = (id: string, hop: number, via: string): TraceContact => ({
  entity: entity(id),
  hop,
  via,
  score: 1,
  articleCount: 1,
  predicates: ['MET_WITH'],
  lastDate: null,
  coMentionOnly: false,
});
const trace: TraceResult = {
  entity: entity('ana'),
  depth: 3,
  graph: { nodes: [], edges: [], truncated: false },
  contacts: [contact('ben', 1, 'ana'), contact('cleo', 2, 'ben'), contact('dan', 3, 'cleo')],
};

describe('contactChain', () => {
  it('links a ring-1 contact straight to the traced entity', () => {
    expect(contactChain(trace, 'ben')).toEqual([{ near: 'ana', far: 'ben' }]);
  });

  it('walks a ring-3 contact back through every entity it was reached by, nearest hop first', () => {
    expect(contactChain(trace, 'dan')).toEqual([
      { near: 'ana', far: 'ben' },
      { near: 'ben', far: 'cleo' },
      { near: 'cleo', far: 'dan' },
    ]);
  });

  it('gives no links for an entity that is not among the contacts', () => {
    expect(contactChain(trace, 'zoe')).toEqual([]);
  });
});
