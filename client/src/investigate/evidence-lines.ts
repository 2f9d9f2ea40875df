// Evidence as dated lines (date, relation, sentence with both names marked, article), shared by every investigation view.

import type { Evidence, GraphNode } from '../../../core/model.js';
import { el } from '../dom.js';
import { highlightedSentence } from '../edge-evidence.js';
import type { ExplorerActions } from '../explorer-actions.js';
import { formatDate, predicateLabel } from '../format.js';

/** The entities an evidence list may name, by id, to mark them in its sentences. */
export type NodeLookup = ReadonlyMap<string, GraphNode>;

function evidenceLine(evidence: Evidence, nodes: NodeLookup, actions: ExplorerActions): HTMLElement {
  const subject = nodes.get(evidence.subject);
  const object = nodes.get(evidence.object);
  return el(
    'li',
    { className: 'investigate-evidence', attrs: { 'data-testid': 'investigate-evidence', 'data-date': evidence.date } },
    el('div', { className: 'small muted' }, `${formatDate(evidence.date)} · ${subject?.name ?? evidence.subject} ${predicateLabel(evidence.predicate)} ${object?.name ?? evidence.object}`),
    subject && object ? highlightedSentence(evidence.sentence, subject, object) : el('blockquote', { className: 'evidence-sentence' }, evidence.sentence),
    el(
      'button',
      { className: 'article-title-link small', attrs: { type: 'button' }, on: { click: () => actions.openArticle(evidence.articleId) } },
      [evidence.articleTitle || 'Untitled article', evidence.source].filter(Boolean).join(' · '),
    ),
  );
}

/** A list of evidence lines in the order given; `limit` cuts it with a "n more" note. */
export function evidenceLines(evidence: readonly Evidence[], nodes: NodeLookup, actions: ExplorerActions, limit = Infinity): HTMLElement {
  const shown = evidence.slice(0, limit);
  return el(
    'div',
    {},
    el('ul', { className: 'investigate-evidence-list' }, ...shown.map((item) => evidenceLine(item, nodes, actions))),
    evidence.length > shown.length ? el('p', { className: 'small muted' }, `and ${evidence.length - shown.length} more`) : null,
  );
}
