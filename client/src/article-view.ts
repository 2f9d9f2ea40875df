// One article as text, its entity mentions highlighted by type; built from text nodes so article markup never runs.

import type { ArticleDetail, ArticleMention, EntityType } from '../../core/model.js';
import { el, safeHttpUrl } from './dom.js';
import { entityBadge, entityIcon } from './entity-badge.js';
import type { ExplorerActions } from './explorer-actions.js';
import { formatDate, predicateLabel } from './format.js';
import { ENTITY_STYLES } from './graph-styles.js';
import { segmentText } from './text-highlight.js';

/** The article text with every mention marked; clicking a mention draws that entity. */
function articleText(article: ArticleDetail, actions: ExplorerActions): HTMLElement {
  const segments = segmentText<ArticleMention>(article.text, article.mentions.map((mention) => ({ ...mention, tag: mention })));
  return el(
    'div',
    { className: 'article-text' },
    ...segments.map((segment) =>
      segment.tag
        ? el(
            'mark',
            {
              className: 'mention',
              attrs: { title: `${segment.tag.name} · ${ENTITY_STYLES[segment.tag.type]?.label ?? segment.tag.type}` },
              style: { '--type-color': ENTITY_STYLES[segment.tag.type]?.color ?? ENTITY_STYLES.OTHER.color },
              on: { click: () => void actions.showEntity(segment.tag!.entityId, segment.tag!.name) },
            },
            segment.text,
          )
        : segment.text,
    ),
  );
}

/** The distinct entities mentioned, as keyboard-reachable buttons. */
function mentionedEntities(article: ArticleDetail, actions: ExplorerActions): HTMLElement {
  const entities = new Map<string, { name: string; type: EntityType }>();
  for (const mention of article.mentions) entities.set(mention.entityId, { name: mention.name, type: mention.type });
  return el(
    'ul',
    { className: 'chip-list' },
    ...[...entities].map(([id, entity]) =>
      el('li', {}, el('button', { className: 'chip chip-button', attrs: { type: 'button' }, on: { click: () => void actions.showEntity(id, entity.name) } }, entityIcon(entity.type), entity.name)),
    ),
  );
}

function statements(article: ArticleDetail): HTMLElement {
  const names = new Map(article.mentions.map((mention) => [mention.entityId, mention.name]));
  return el(
    'ul',
    { className: 'statement-list' },
    ...article.relations.map((relation) =>
      el(
        'li',
        {},
        el('strong', {}, names.get(relation.subject) ?? relation.subject),
        ` ${predicateLabel(relation.predicate)} `,
        el('strong', {}, names.get(relation.object) ?? relation.object),
      ),
    ),
  );
}

/** Renders an article: header with outlet, author, date and link; text; entities; statements. */
export function articleView(article: ArticleDetail, actions: ExplorerActions, backLabel: string | null): HTMLElement {
  const url = safeHttpUrl(article.url);
  const byline = [article.source, article.author, formatDate(article.publishedAt)].filter(Boolean).join(' · ');
  return el(
    'article',
    { className: 'details article-view', attrs: { 'data-testid': 'article-view' } },
    backLabel ? el('button', { className: 'back-link', attrs: { type: 'button' }, on: { click: actions.closeArticle } }, `← ${backLabel}`) : null,
    el('h2', { className: 'details-title article-title' }, article.title || 'Untitled article'),
    el('p', { className: 'muted' }, byline, url ? ' · ' : null, url ? el('a', { attrs: { href: url, target: '_blank', rel: 'noopener noreferrer' } }, 'Original ↗') : null),
    el('div', { className: 'type-key' }, ...[...new Set(article.mentions.map((mention) => mention.type))].map((type) => entityBadge(type))),
    articleText(article, actions),
    el('h3', { className: 'section-title' }, 'Entities ', el('span', { className: 'count' }, new Set(article.mentions.map((m) => m.entityId)).size.toLocaleString())),
    mentionedEntities(article, actions),
    article.relations.length > 0 ? el('h3', { className: 'section-title' }, 'Statements ', el('span', { className: 'count' }, article.relations.length.toLocaleString())) : null,
    article.relations.length > 0 ? statements(article) : null,
  );
}
