// A list of article links (title, outlet, date) that open the article view.

import type { ArticleSummary } from '../../core/model.js';
import { el } from './dom.js';
import { formatDate } from './format.js';

/** Renders articles as buttons; `open` receives the chosen article's id. */
export function articleList(articles: readonly ArticleSummary[], open: (id: string) => void): HTMLElement {
  return el(
    'ul',
    { className: 'article-list' },
    ...articles.map((article) =>
      el(
        'li',
        {},
        el(
          'button',
          { className: 'article-link', attrs: { type: 'button', 'data-testid': 'article-link' }, on: { click: () => open(article.id) } },
          el('span', { className: 'article-link-title' }, article.title || 'Untitled article'),
          el('span', { className: 'article-link-meta' }, [article.source, formatDate(article.publishedAt)].filter(Boolean).join(' · ')),
        ),
      ),
    ),
  );
}
