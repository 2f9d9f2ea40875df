// The trace view: the traced entity's contacts ranked, and the chain of evidence back to the one picked.

import type { GraphNode, TraceContact, TraceResult } from '../../../core/model.js';
import { api } from '../api-client.js';
import { el } from '../dom.js';
import { entityIcon } from '../entity-badge.js';
import type { ExplorerActions } from '../explorer-actions.js';
import { plural, predicateLabel } from '../format.js';
import { emptyBlock, loadInto } from '../panel-states.js';
import { evidenceLines } from './evidence-lines.js';
import type { InvestigateActions } from './investigate-actions.js';
import { contactChain, type Investigation } from './investigation.js';
import { traceFilters } from './trace-filters.js';

/** Evidence sentences shown per link of a chain; the relationship timeline shows them all. */
const CHAIN_EVIDENCE = 3;

function contactItem(contact: TraceContact, selected: boolean, investigate: InvestigateActions): HTMLElement {
  const kinds = contact.coMentionOnly ? 'same articles only' : contact.predicates.map(predicateLabel).join(', ');
  return el(
    'button',
    {
      className: 'trace-contact',
      attrs: { type: 'button', 'data-testid': 'trace-contact', 'data-entity-id': contact.entity.id, 'aria-pressed': String(selected) },
      on: { click: () => investigate.selectContact(contact.entity.id) },
    },
    el('span', { className: 'trace-contact-name' }, entityIcon(contact.entity.type), contact.entity.name),
    el('span', { className: 'trace-contact-meta small muted' }, `ring ${contact.hop} · score ${contact.score.toFixed(1)} · ${plural(contact.articleCount, 'article')}`),
    el('span', { className: 'trace-contact-predicates small' }, kinds),
  );
}

/** The links from the traced entity to `contact`, each with what the articles say between its two ends. */
function contactEvidence(trace: TraceResult, contact: TraceContact, nodes: ReadonlyMap<string, GraphNode>, actions: ExplorerActions, investigate: InvestigateActions): HTMLElement {
  const links = contactChain(trace, contact.entity.id);
  const root = el('div', { className: 'trace-chain', attrs: { 'data-testid': 'trace-chain' } });
  const controller = new AbortController();
  for (const link of links) {
    const near = nodes.get(link.near);
    const far = nodes.get(link.far);
    if (!near || !far) continue;
    const body = el('div', {});
    root.append(
      el(
        'section',
        { className: 'trace-link' },
        el(
          'h4',
          { className: 'trace-link-title' },
          `${near.name} — ${far.name} `,
          el('button', { className: 'button ghost small', attrs: { type: 'button', 'data-testid': 'timeline-open' }, on: { click: () => investigate.openTimeline(near, far) } }, 'Timeline'),
        ),
        body,
      ),
    );
    void loadInto(
      body,
      controller.signal,
      'Loading the evidence…',
      (signal) => api.relationship(near.id, far.id, signal),
      (evidence) =>
        evidence.length > 0
          ? evidenceLines(evidence, nodes, actions, CHAIN_EVIDENCE)
          : emptyBlock('Only mentioned together', 'No sentence states a relation between them; they appear in the same articles.'),
      'Could not load the evidence',
    );
  }
  return root;
}

/** Renders a trace: a heading, its filters and the ranked contacts, the picked one opened on its chain of evidence. */
export function traceView(investigation: Extract<Investigation, { kind: 'trace' }>, actions: ExplorerActions, investigate: InvestigateActions): HTMLElement {
  const { result: trace, contactId, settings } = investigation;
  const filtered = settings.predicates.length > 0 || settings.types.length > 0 || settings.from !== null || settings.to !== null;
  const nodes = new Map<string, GraphNode>([[trace.entity.id, trace.entity], ...trace.graph.nodes.map((node): [string, GraphNode] => [node.id, node]), ...trace.contacts.map((c): [string, GraphNode] => [c.entity.id, c.entity])]);
  return el(
    'div',
    { className: 'trace-view' },
    el('h2', { className: 'investigate-title' }, `Contacts of ${trace.entity.name}`),
    el('p', { className: 'small muted', attrs: { 'data-testid': 'trace-summary' } }, `${plural(trace.contacts.length, 'contact')} within ${plural(trace.depth, 'hop')}, strongest first in each ring.`),
    traceFilters(trace.entity, settings, investigate),
    trace.contacts.length > 0
      ? el(
          'ol',
          { className: 'trace-contacts' },
          ...trace.contacts.map((contact) =>
            el(
              'li',
              {},
              contactItem(contact, contact.entity.id === contactId, investigate),
              contact.entity.id === contactId ? contactEvidence(trace, contact, nodes, actions, investigate) : null,
            ),
          ),
        )
      : filtered
        ? emptyBlock('No contacts match', `Nothing links ${trace.entity.name} to another entity inside these filters. Widen or reset them.`)
        : emptyBlock('No contacts', `Nothing stored links ${trace.entity.name} to another entity. Try including same-article mentions.`),
  );
}
