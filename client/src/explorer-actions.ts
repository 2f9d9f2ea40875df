// What the reader can do, as functions: each loads what it needs from the API and updates the store.

import { api } from './api-client.js';
import { EMPTY_GRAPH, graphFromPayload, mergeGraph } from './graph-data.js';
import type { Depth, Selection, StateStore } from './state-store.js';

/** Nodes asked for when drawing a neighbourhood, and when expanding one node into it. */
const SHOW_LIMIT = 150;
const EXPAND_LIMIT = 60;

export type ExplorerActions = ReturnType<typeof createActions>;

/** Binds the explorer's actions to a store. */
export function createActions(store: StateStore) {
  // Only the newest graph request may write its answer; an older one that lands late is dropped.
  let latestRequest = 0;

  async function loadGraph<T>(message: string, load: () => Promise<T>, apply: (result: T) => void): Promise<void> {
    const request = ++latestRequest;
    store.update({ status: { kind: 'loading', message } });
    try {
      const result = await load();
      if (request !== latestRequest) return;
      apply(result);
      store.update({ status: { kind: 'idle' } });
    } catch (error) {
      if (request === latestRequest) store.update({ status: { kind: 'error', message: (error as Error).message } });
    }
  }

  const actions = {
    /** Draws an entity's neighbourhood at the current depth, replacing the canvas, and selects the entity. */
    showEntity(id: string, name?: string): Promise<void> {
      const { depth } = store.get();
      return loadGraph(
        `Loading ${name ?? 'the'} neighbourhood…`,
        () => api.neighbors(id, depth, SHOW_LIMIT),
        (payload) =>
          store.setGraph(graphFromPayload(payload), { kind: 'replace' }, {
            focusId: id,
            truncated: payload.truncated,
            selection: { kind: 'node', id },
            articleId: null,
            hoverId: null,
          }),
      );
    },

    /** Merges an entity's direct neighbours into the canvas. */
    expand(id: string): Promise<void> {
      const name = store.get().graph.nodes.get(id)?.name;
      return loadGraph(
        `Expanding ${name ?? 'entity'}…`,
        () => api.neighbors(id, 1, EXPAND_LIMIT),
        (payload) => {
          const merge = mergeGraph(store.get().graph, payload);
          store.setGraph(merge.data, { kind: 'merge', anchorId: id, addedNodeIds: merge.addedNodeIds }, {
            truncated: store.get().truncated || payload.truncated,
          });
        },
      );
    },

    /** Changes the neighbourhood depth and redraws the focused entity with it. */
    setDepth(depth: Depth): Promise<void> {
      store.update({ depth });
      const { focusId } = store.get();
      return focusId ? actions.showEntity(focusId, store.get().graph.nodes.get(focusId)?.name) : Promise.resolve();
    },

    /** Selects a node or an edge (or nothing); the details panel follows. */
    select(selection: Selection): void {
      store.update({ selection, articleId: null });
    },

    /** Opens an article in the details panel, over the current selection. */
    openArticle(id: string): void {
      store.update({ articleId: id });
    },

    /** Returns from the article to the selection it was opened from. */
    closeArticle(): void {
      store.update({ articleId: null });
    },

    /** Empties the canvas. */
    clear(): void {
      latestRequest++;
      store.setGraph(EMPTY_GRAPH, { kind: 'clear' }, { focusId: null, selection: null, articleId: null, hoverId: null, truncated: false, status: { kind: 'idle' } });
    },

    /** Hides the error shown over the canvas. */
    dismissError(): void {
      store.update({ status: { kind: 'idle' } });
    },
  };
  return actions;
}
