// The header: app name, the store's kind and health, and corpus counts from /api/stats.

import type { StoreHealth, StoreStats } from '../../core/model.js';
import { api } from './api-client.js';
import { createModeSwitch } from './console/mode-switch.js';
import { el, replaceChildren } from './dom.js';
import type { InvestigateActions } from './investigate/investigate-actions.js';
import type { StateStore } from './state-store.js';

/** Display names of the store kinds. */
export const STORE_NAMES: Record<StoreHealth['store'], string> = { kuzu: 'Kùzu', neo4j: 'Neo4j' };

function count(value: number, singular: string, pluralForm: string): HTMLElement {
  return el('span', {}, el('strong', {}, value.toLocaleString()), ` ${value === 1 ? singular : pluralForm}`);
}

function statsLine(stats: StoreStats): Node[] {
  return [count(stats.articles, 'article', 'articles'), count(stats.entities, 'entity', 'entities'), count(stats.relations, 'relation', 'relations')];
}

/** Builds the header (the Explore / Console switch, "What's new", "Add articles") and fills it in as health and stats arrive. */
export function createAppHeader(store: StateStore, investigate: InvestigateActions, openAddArticles: () => void): HTMLElement {
  const stats = el('div', { className: 'header-stats', attrs: { 'data-testid': 'stats', 'aria-live': 'polite' } }, el('span', { className: 'muted' }, 'Loading counts…'));
  const health = el('div', { className: 'header-health', attrs: { 'data-testid': 'store-health' } }, el('span', { className: 'status-dot pending' }), 'Connecting…');

  void api
    .health()
    .then((result) => {
      const ok = result.status === 'ok';
      replaceChildren(health, el('span', { className: `status-dot ${ok ? 'ok' : 'down'}` }), `${STORE_NAMES[result.store] ?? result.store} · ${ok ? 'connected' : 'unavailable'}`);
      health.title = result.detail ?? (ok ? `The ${STORE_NAMES[result.store]} store answers.` : 'The store does not answer.');
    })
    .catch((error: Error) => {
      replaceChildren(health, el('span', { className: 'status-dot down' }), 'Server unreachable');
      health.title = error.message;
    });
  const loadStats = () =>
    void api
      .stats()
      .then((result) => replaceChildren(stats, ...statsLine(result)))
      .catch((error: Error) => replaceChildren(stats, el('span', { className: 'muted', attrs: { title: error.message } }, 'Counts unavailable')));
  loadStats();
  store.subscribe((state, previous) => {
    if (state.corpusVersion !== previous.corpusVersion) loadStats();
  });

  return el(
    'header',
    { className: 'app-header' },
    el('div', { className: 'brand' }, el('span', { className: 'brand-mark', attrs: { 'aria-hidden': 'true' } }), el('h1', { className: 'brand-name' }, 'newsgraph')),
    createModeSwitch(store),
    el(
      'button',
      {
        className: 'button ghost',
        attrs: { type: 'button', 'data-testid': 'whats-new-open', title: 'Entities and relations the corpus first mentions after a date' },
        on: {
          click: () => {
            if (store.get().mode !== 'explore') store.update({ mode: 'explore' });
            void investigate.openWhatsNew();
          },
        },
      },
      "What's new",
    ),
    el('button', { className: 'button ghost', attrs: { type: 'button', 'data-testid': 'add-open', title: 'Upload files or paste an article to load it' }, on: { click: openAddArticles } }, 'Add articles'),
    stats,
    health,
  );
}
