// Details of one relation: who did what to whom, and every evidence sentence with the two names highlighted.

import type { Evidence, GraphEdge, GraphNode } from '../../core/model.js';
import { PREDICATES } from '../../core/vocabulary.js';
import { el, safeHttpUrl } from './dom.js';
import { entityIcon } from './entity-badge.js';
import type { ExplorerActions } from './explorer-actions.js';
import { formatDate, formatDateRange, plural, predicateLabel } from './format.js';
import { RELATION_GROUP_STYLES } from './graph-styles.js';
import { emptyBlock } from './panel-states.js';
import { findNames, segmentText } from './text-highlight.js';

type Role = 'subject' | 'object';

function entityButton(node: GraphNode, role: Role, actions: ExplorerActions): HTMLElement {
  return el(
    'button',
    { className: `entity-link ${role}`, attrs: { type: 'button' }, on: { click: () => actions.select({ kind: 'node', id: node.id }) } },
    entityIcon(node.type),
    node.name,
  );
}

/** The evidence sentence as text, with the subject's and object's names (or aliases) marked. */
export function highlightedSentence(sentence: string, subject: GraphNode, object: GraphNode): HTMLElement {
  const spans = findNames<Role>(sentence, [
    { tag: 'subject', names: [subject.name, ...subject.aliases] },
    { tag: 'object', names: [object.name, ...object.aliases] },
  ]);
  return el(
    'blockquote',
    { className: 'evidence-sentence' },
    ...segmentText(sentence, spans).map((segment) => (segment.tag ? el('mark', { className: `mark-${segment.tag}` }, segment.text) : segment.text)),
  );
}

function evidenceItem(evidence: Evidence, subject: GraphNode, object: GraphNode, actions: ExplorerActions): HTMLElement {
  // Evidence of the reverse direction (B→A on an edge drawn A→B) marks its own subject as the subject.
  const [itemSubject, itemObject] = evidence.subject === subject.id ? [subject, object] : [object, subject];
  const url = safeHttpUrl(evidence.url);
  return el(
    'li',
    { className: 'evidence-item', attrs: { 'data-testid': 'evidence-item' } },
    highlightedSentence(evidence.sentence, itemSubject, itemObject),
    el(
      'div',
      { className: 'evidence-source' },
      el('button', { className: 'article-title-link', attrs: { type: 'button', 'data-testid': 'evidence-article' }, on: { click: () => actions.openArticle(evidence.articleId) } }, evidence.articleTitle || 'Untitled article'),
      el('span', { className: 'muted' }, [evidence.source, formatDate(evidence.date)].filter(Boolean).join(' · ')),
      url ? el('a', { className: 'small', attrs: { href: url, target: '_blank', rel: 'noopener noreferrer', 'data-testid': 'evidence-original' } }, 'Original ↗') : null,
    ),
    el('div', { className: 'evidence-cue muted small' }, `Cue “${evidence.verb}” · confidence ${Math.round(evidence.confidence * 100)}%`),
  );
}

/** Renders a relation's header and its evidence list. */
export function edgeEvidence(edge: GraphEdge, subject: GraphNode, object: GraphNode, evidence: readonly Evidence[], actions: ExplorerActions): HTMLElement {
  const group = RELATION_GROUP_STYLES[edge.group];
  const dates = formatDateRange(edge.firstDate, edge.lastDate);
  return el(
    'article',
    { className: 'details edge-details' },
    el('p', { className: 'entity-badge kicker' }, 'Relation'),
    el(
      'header',
      { className: 'relation-header', style: { '--group-color': group.color } },
      entityButton(subject, 'subject', actions),
      el('span', { className: PREDICATES[edge.predicate]?.symmetric ? 'relation-predicate symmetric' : 'relation-predicate' }, predicateLabel(edge.predicate)),
      entityButton(object, 'object', actions),
    ),
    el(
      'p',
      { className: 'relation-meta muted' },
      el('span', { className: 'group-dot', style: { background: group.color } }),
      `${group.label} · ${plural(edge.articleCount, 'article')}${dates ? ` · ${dates}` : ''}`,
    ),
    el('h3', { className: 'section-title' }, 'Evidence ', el('span', { className: 'count' }, evidence.length.toLocaleString())),
    evidence.length > 0
      ? el('ul', { className: 'evidence-list' }, ...evidence.map((item) => evidenceItem(item, subject, object, actions)))
      : emptyBlock('No evidence found', 'The articles stating this relation may have been deleted. Reload the neighbourhood.'),
  );
}
