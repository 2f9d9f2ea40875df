// What the details panel shows when nothing is selected: how to start, the most connected entities, recent articles.

import type { ArticleSummary, EntitySummary } from '../../core/model.js';
import { articleList } from './article-list.js';
import { el } from './dom.js';
import { entityIcon } from './entity-badge.js';
import type { ExplorerActions } from './explorer-actions.js';
import { emptyBlock } from './panel-states.js';

/** Renders the start view from the top entities and the newest articles. */
export function welcomeView(top: readonly EntitySummary[], articles: readonly ArticleSummary[], actions: ExplorerActions): HTMLElement {
  if (top.length === 0 && articles.length === 0) {
    return emptyBlock('The graph is empty', 'Load articles with `newsgraph load <folder>`, then reload this page.');
  }
  return el(
    'div',
    { className: 'details welcome' },
    el('p', { className: 'lead' }, 'Search for a person, organisation or place, or start from one of the most connected entities. Click a relation to read the sentences that state it.'),
    el('h3', { className: 'section-title' }, 'Most connected'),
    el(
      'ul',
      { className: 'chip-list' },
      ...top.map((entity) =>
        el('li', {}, el('button', { className: 'chip chip-button', attrs: { type: 'button' }, on: { click: () => void actions.showEntity(entity.id, entity.name) } }, entityIcon(entity.type), entity.name)),
      ),
    ),
    articles.length > 0 ? el('h3', { className: 'section-title' }, 'Recent articles') : null,
    articles.length > 0 ? articleList(articles, actions.openArticle) : null,
  );
}
