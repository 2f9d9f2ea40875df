// The details panel: shows the open article, else the selected entity or relation, else the start view.

import { api } from './api-client.js';
import { articleView } from './article-view.js';
import { el } from './dom.js';
import { edgeEvidence } from './edge-evidence.js';
import { reverseEdgeId } from './edge-bundles.js';
import { entityDetails, rolesOf } from './entity-details.js';
import type { ExplorerActions } from './explorer-actions.js';
import { emptyBlock, loadInto } from './panel-states.js';
import type { ExplorerState, StateStore } from './state-store.js';
import { welcomeView } from './welcome-view.js';
import type { InvestigateActions } from './investigate/investigate-actions.js';
import { investigateControls } from './investigate/investigate-controls.js';

const WELCOME_ENTITIES = 12;
const WELCOME_ARTICLES = 6;
/** Neighbours fetched to find an entity's roles. */
const ROLE_NEIGHBOURS = 100;

/** What the panel shows, as a key: it re-renders only when this changes. */
function viewKey(state: ExplorerState): string {
  if (state.articleId) return `article:${state.articleId}`;
  if (state.selection) return `${state.selection.kind}:${state.selection.id}:${state.selection.id === state.focusId}`;
  return 'welcome';
}

/** Builds the details panel bound to a store; returns its root element. */
export function createDetailsPanel(store: StateStore, actions: ExplorerActions, investigate?: InvestigateActions): HTMLElement {
  const body = el('div', { className: 'details-body' });
  const root = el('section', { className: 'details-panel', attrs: { 'data-testid': 'details-panel', 'aria-label': 'Details' } }, body);
  let shownKey = '';
  let controller = new AbortController();

  function selectionName(state: ExplorerState): string | null {
    const selection = state.selection;
    if (!selection) return null;
    if (selection.kind === 'node') return state.graph.nodes.get(selection.id)?.name ?? 'Back';
    const edge = state.graph.edges.get(selection.id);
    return edge ? 'Back to the relation' : 'Back';
  }

  function render(state: ExplorerState): void {
    const key = viewKey(state);
    if (key === shownKey) return;
    shownKey = key;
    controller.abort();
    controller = new AbortController();
    const { signal } = controller;
    root.scrollTop = 0;

    if (state.articleId) {
      const articleId = state.articleId;
      void loadInto(body, signal, 'Loading the article…', (s) => api.article(articleId, s), (article) => articleView(article, actions, selectionName(state)), 'Could not load the article');
      return;
    }
    const selection = state.selection;
    if (selection?.kind === 'node') {
      const isFocus = selection.id === state.focusId;
      void loadInto(
        body,
        signal,
        'Loading the entity…',
        // Roles (LEADS, WORKS_FOR) are relations, so they come with the direct neighbourhood.
        (s) => Promise.all([api.entity(selection.id, s), api.neighbors(selection.id, 1, ROLE_NEIGHBOURS, undefined, s)]),
        ([entity, neighbourhood]) => {
          const details = entityDetails(entity, actions, isFocus, rolesOf(entity.id, neighbourhood));
          // ── Investigations (issue 6): trace and connect, under the entity's own actions ──
          if (investigate) details.querySelector('.details-actions')?.after(investigateControls(entity, investigate));
          return details;
        },
        'Could not load the entity',
      );
      return;
    }
    if (selection?.kind === 'edge') {
      const edge = state.graph.edges.get(selection.id);
      const subject = edge && state.graph.nodes.get(edge.source);
      const object = edge && state.graph.nodes.get(edge.target);
      if (!edge || !subject || !object) {
        body.replaceChildren(emptyBlock('Relation not on the canvas', 'Pick a relation on the graph to see its evidence.'));
        return;
      }
      void loadInto(
        body,
        signal,
        'Loading the evidence…',
        // A relation drawn both ways (A→B and B→A) shows the evidence of both, newest first.
        async (s) => {
          const reverse = state.graph.edges.get(reverseEdgeId(edge));
          const lists = await Promise.all([api.evidence(edge.source, edge.target, edge.predicate, s), reverse ? api.evidence(reverse.source, reverse.target, reverse.predicate, s) : []]);
          return lists.flat().sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''));
        },
        (evidence) => {
          const details = edgeEvidence(edge, subject, object, evidence, actions);
          // ── Investigations (issue 6): everything said between the two ends, dated ──
          if (investigate) {
            details.querySelector('.relation-meta')?.after(
              el('button', { className: 'button', attrs: { type: 'button', 'data-testid': 'timeline-open' }, on: { click: () => investigate.openTimeline(subject, object) } }, 'Relationship timeline'),
            );
          }
          return details;
        },
        'Could not load the evidence',
      );
      return;
    }
    void loadInto(
      body,
      signal,
      'Loading…',
      (s) => Promise.all([api.search('', WELCOME_ENTITIES, s), api.articles(WELCOME_ARTICLES, 0)]),
      ([top, articles]) => welcomeView(top, articles, actions),
      'Could not reach the graph',
    );
  }

  render(store.get());
  store.subscribe((state) => render(state));
  return root;
}
