// Details of one entity: type, aliases, roles, counts, first/last seen, its relations by predicate and its articles.

import type { EntityDetail, GraphNode, GraphPayload, Predicate } from '../../core/model.js';
import { PREDICATES } from '../../core/vocabulary.js';
import { articleList } from './article-list.js';
import { el } from './dom.js';
import { entityBadge, entityIcon } from './entity-badge.js';
import type { ExplorerActions } from './explorer-actions.js';
import { formatDate, plural, predicateLabel } from './format.js';
import { RELATION_GROUP_STYLES } from './graph-styles.js';
import { emptyBlock } from './panel-states.js';

function stat(label: string, value: string): HTMLElement {
  return el('div', { className: 'stat' }, el('dt', {}, label), el('dd', {}, value));
}

/** One role of an entity: "leads Russia", "works for Gazprom", "led by Vladimir Putin". */
export interface Role {
  label: string;
  other: GraphNode;
}

const ROLE_LABELS: Partial<Record<Predicate, { outgoing: string; incoming: string }>> = {
  LEADS: { outgoing: 'Leads', incoming: 'Led by' },
  WORKS_FOR: { outgoing: 'Works for', incoming: 'Employs' },
};

/** The role relations (LEADS, WORKS_FOR) of `id` in a neighbourhood, both ways, most corroborated first. */
export function rolesOf(id: string, neighbourhood: GraphPayload): Role[] {
  const nodes = new Map(neighbourhood.nodes.map((node) => [node.id, node]));
  return neighbourhood.edges
    .filter((edge) => ROLE_LABELS[edge.predicate] && (edge.source === id || edge.target === id))
    .sort((a, b) => b.articleCount - a.articleCount)
    .flatMap((edge) => {
      const outgoing = edge.source === id;
      const other = nodes.get(outgoing ? edge.target : edge.source);
      const labels = ROLE_LABELS[edge.predicate]!;
      return other ? [{ label: outgoing ? labels.outgoing : labels.incoming, other }] : [];
    });
}

/** Renders an entity's details; `isFocus` says whether its neighbourhood is the one drawn. */
export function entityDetails(entity: EntityDetail, actions: ExplorerActions, isFocus: boolean, roles: readonly Role[] = []): HTMLElement {
  const relations = (Object.entries(entity.relationCounts) as [Predicate, number][]).sort((a, b) => b[1] - a[1]);
  return el(
    'article',
    { className: 'details entity-details' },
    el('header', { className: 'details-header' }, entityBadge(entity.type), el('h2', { className: 'details-title' }, entity.name)),
    entity.aliases.length > 0
      ? el('p', { className: 'aliases' }, el('span', { className: 'muted' }, 'Also '), ...entity.aliases.map((alias) => el('span', { className: 'chip' }, alias)))
      : null,
    el(
      'div',
      { className: 'details-actions' },
      isFocus
        ? null
        : el('button', { className: 'button primary', attrs: { type: 'button' }, on: { click: () => void actions.showEntity(entity.id, entity.name) } }, 'Focus on this entity'),
      el('button', { className: 'button', attrs: { type: 'button', title: 'Or double-click the node' }, on: { click: () => void actions.expand(entity.id) } }, 'Expand neighbours'),
    ),
    el(
      'dl',
      { className: 'stats-grid' },
      stat('Articles', entity.articleCount.toLocaleString()),
      stat('Mentions', entity.mentionCount.toLocaleString()),
      stat('First seen', formatDate(entity.firstSeen)),
      stat('Last seen', formatDate(entity.lastSeen)),
    ),
    roles.length > 0 ? el('h3', { className: 'section-title' }, 'Roles') : null,
    roles.length > 0
      ? el(
          'ul',
          { className: 'role-list', attrs: { 'data-testid': 'entity-roles' } },
          ...roles.map((role) =>
            el(
              'li',
              {},
              `${role.label} `,
              el('button', { className: 'entity-link', attrs: { type: 'button' }, on: { click: () => void actions.showEntity(role.other.id, role.other.name) } }, entityIcon(role.other.type), role.other.name),
            ),
          ),
        )
      : null,
    el('h3', { className: 'section-title' }, 'Relations'),
    relations.length > 0
      ? el(
          'ul',
          { className: 'relation-counts' },
          ...relations.map(([predicate, count]) =>
            el(
              'li',
              {},
              el('span', { className: 'group-dot', style: { background: RELATION_GROUP_STYLES[PREDICATES[predicate]?.group ?? 'role'].color } }),
              el('span', { className: 'relation-label' }, predicateLabel(predicate)),
              el('span', { className: 'count' }, count.toLocaleString()),
            ),
          ),
        )
      : el('p', { className: 'muted' }, 'No stated relations yet: it is only mentioned.'),
    el('h3', { className: 'section-title' }, 'Articles ', el('span', { className: 'count' }, entity.articleCount.toLocaleString())),
    entity.articles.length > 0 ? articleList(entity.articles, actions.openArticle) : emptyBlock('No articles', 'No stored article mentions this entity.'),
    entity.articles.length < entity.articleCount
      ? el('p', { className: 'muted small' }, `Showing the ${plural(entity.articles.length, 'newest article')}.`)
      : null,
  );
}
