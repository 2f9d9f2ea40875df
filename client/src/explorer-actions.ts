// What the reader can do, as functions: each loads what it needs from the API and updates the store.

import type { GraphPayload } from '../../core/model.js';
import { api } from './api-client.js';
import { EMPTY_GRAPH, graphFromPayload, mergeGraph } from './graph-data.js';
import { capExpansion, collapseNeighbours, EXPAND_PAGE, NODE_CAP } from './graph-pruning.js';
import { serverFilter } from './filters.js';
import { plural } from './format.js';
import { toggled, type Depth, type GraphStep, type Selection, type StateStore } from './state-store.js';
import type { UrlState } from './url-state.js';

/** Caps of the explorer; tests and `?debug` links may lower them to reach the limits with little data. */
export interface ExplorerSettings {
  /** Most entities on the canvas at once. */
  nodeCap: number;
  /** Neighbours fetched per expansion ("show N more" fetches the next this many). */
  expandPage: number;
  /** Entities asked for when drawing a neighbourhood deeper than one hop. */
  showLimit: number;
}

export const DEFAULT_SETTINGS: ExplorerSettings = { nodeCap: NODE_CAP, expandPage: EXPAND_PAGE, showLimit: 150 };

export type ExplorerActions = ReturnType<typeof createActions>;

/** Binds the explorer's actions to a store. */
export function createActions(store: StateStore, settings: ExplorerSettings = DEFAULT_SETTINGS) {
  // Only the newest graph request may write its answer; an older one that lands late is dropped.
  let latestRequest = 0;

  async function loadGraph<T>(message: string, load: () => Promise<T>, apply: (result: T) => void): Promise<void> {
    const request = ++latestRequest;
    store.update({ status: { kind: 'loading', message } });
    try {
      const result = await load();
      if (request !== latestRequest) return;
      store.update({ status: { kind: 'idle' } });
      apply(result);
    } catch (error) {
      if (request === latestRequest) store.update({ status: { kind: 'error', message: (error as Error).message } });
    }
  }

  const nameOf = (id: string): string => store.get().graph.nodes.get(id)?.name ?? 'this entity';
  const notice = (message: string): void => store.update({ status: { kind: 'notice', message } });
  const snapshot = (): GraphStep['previous'] => ({ graph: store.get().graph, nextOffsets: store.get().nextOffsets });
  const withOffset = (id: string, offset: number | null): Map<string, number | null> => new Map(store.get().nextOffsets).set(id, offset);

  /** Merges one page of `id`'s neighbours fetched at `offset`, within the node cap. */
  function applyPage(id: string, offset: number, payload: GraphPayload): void {
    const state = store.get();
    const capped = capExpansion(state.graph, payload, id, settings.nodeCap);
    const merge = mergeGraph(state.graph, capped.payload);
    const step: GraphStep = { kind: 'expand', anchorId: id, previous: snapshot() };
    const full = capped.added < capped.offered;
    const more = payload.truncated || full;
    store.setGraph(merge.data, { kind: 'merge', anchorId: id, addedNodeIds: merge.addedNodeIds }, {
      history: [...state.history, step],
      nextOffsets: withOffset(id, more ? offset + capped.consumed : null),
    });
    if (full) {
      notice(
        `Added ${capped.added} of ${plural(capped.offered, 'new neighbour')} of ${nameOf(id)}: the canvas draws at most ${settings.nodeCap} entities. ` +
          'Collapse or hide nodes, or undo an expansion, to make room.',
      );
    } else if (capped.added === 0) {
      notice(`Every neighbour of ${nameOf(id)} in this page is already on the canvas.${more ? ' Press M to show more.' : ''}`);
    }
  }

  const actions = {
    /** Draws an entity's neighbourhood at the current depth, replacing the canvas, and selects the entity. */
    showEntity(id: string, name?: string): Promise<void> {
      const { depth } = store.get();
      // One hop is the first page of an expansion, so "show more" can continue from it.
      const limit = depth === 1 ? 1 + settings.expandPage : Math.min(settings.showLimit, settings.nodeCap);
      return loadGraph(
        `Loading ${name ?? 'the'} neighbourhood…`,
        () => api.neighbors(id, depth, limit, undefined, undefined, serverFilter(store.get())),
        (payload) =>
          store.setGraph(graphFromPayload(payload), { kind: 'replace' }, {
            focusId: id,
            truncated: payload.truncated,
            selection: { kind: 'node', id },
            articleId: null,
            hoverId: null,
            history: [],
            hiddenIds: new Set(),
            pinnedIds: new Set(),
            nextOffsets: depth === 1 ? new Map([[id, payload.truncated ? settings.expandPage : null]]) : new Map(),
          }),
      );
    },

    /**
     * Merges the next page of an entity's direct neighbours into the canvas: the first page on the
     * first expansion, the following one after that ("show more").
     */
    expand(id: string): Promise<void> {
      const state = store.get();
      const offset = state.nextOffsets.get(id);
      if (offset === null) {
        notice(`All the neighbours of ${nameOf(id)} are already on the canvas.`);
        return Promise.resolve();
      }
      if (state.graph.nodes.size >= settings.nodeCap) {
        notice(`The canvas is full: it draws at most ${settings.nodeCap} entities. Collapse or hide nodes, or undo an expansion, before expanding ${nameOf(id)}.`);
        return Promise.resolve();
      }
      const from = offset ?? 0;
      return loadGraph(
        from > 0 ? `Loading more neighbours of ${nameOf(id)}…` : `Expanding ${nameOf(id)}…`,
        () => api.neighbors(id, 1, settings.expandPage, from, undefined, serverFilter(store.get())),
        (payload) => applyPage(id, from, payload),
      );
    },

    /** Removes the neighbours of an entity that nothing else on the canvas holds (never the focus or pinned ones). */
    collapse(id: string): void {
      const state = store.get();
      const keep = new Set([...state.pinnedIds, ...(state.focusId ? [state.focusId] : [])]);
      const collapsed = collapseNeighbours(state.graph, id, keep);
      if (collapsed.removedNodeIds.length === 0) {
        notice(`${nameOf(id)} has no neighbours that only it holds on the canvas.`);
        return;
      }
      const nextOffsets = new Map(state.nextOffsets);
      for (const removed of [id, ...collapsed.removedNodeIds]) nextOffsets.delete(removed);
      const selection = state.selection?.kind === 'node' && collapsed.removedNodeIds.includes(state.selection.id) ? null : state.selection;
      store.setGraph(collapsed.data, { kind: 'prune' }, {
        history: [...state.history, { kind: 'collapse', anchorId: id, previous: snapshot() }],
        nextOffsets,
        selection: selection?.kind === 'edge' && !collapsed.data.edges.has(selection.id) ? null : selection,
        status: { kind: 'idle' },
      });
    },

    /** Takes back the last expansion or collapse. */
    undo(): void {
      const { history } = store.get();
      const step = history.at(-1);
      if (!step) {
        notice('Nothing to undo: no expansion or collapse since the neighbourhood was drawn.');
        return;
      }
      const restored = step.previous.graph;
      const current = store.get().graph;
      const addedNodeIds = [...restored.nodes.keys()].filter((nodeId) => !current.nodes.has(nodeId));
      const selection = store.get().selection;
      const stillThere = !selection || (selection.kind === 'node' ? restored.nodes.has(selection.id) : restored.edges.has(selection.id));
      store.setGraph(restored, addedNodeIds.length > 0 ? { kind: 'merge', anchorId: step.anchorId, addedNodeIds } : { kind: 'prune' }, {
        history: history.slice(0, -1),
        nextOffsets: step.previous.nextOffsets,
        selection: stillThere ? selection : null,
        status: { kind: 'idle' },
      });
    },

    /** Hides an entity from the canvas (its data stays; "show hidden" brings it back). */
    hide(id: string): void {
      const { selection, hiddenIds } = store.get();
      store.update({ hiddenIds: new Set(hiddenIds).add(id), selection: selection?.id === id ? null : selection });
    },

    /** Shows every entity the reader hid. */
    showHidden(): void {
      store.update({ hiddenIds: new Set() });
    },

    /** Locks an entity where it is, or releases it. */
    togglePin(id: string): void {
      store.update({ pinnedIds: toggled(store.get().pinnedIds, id) });
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
      store.setGraph(EMPTY_GRAPH, { kind: 'clear' }, {
        focusId: null,
        selection: null,
        articleId: null,
        hoverId: null,
        truncated: false,
        status: { kind: 'idle' },
        history: [],
        hiddenIds: new Set(),
        pinnedIds: new Set(),
        nextOffsets: new Map(),
      });
    },

    /** Hides the message shown over the canvas. */
    dismissError(): void {
      store.update({ status: { kind: 'idle' } });
    },

    // ── Cypher console (issue 5): a query's graph merged into the canvas ──

    /**
     * Merges the graph of a Cypher result into the canvas, within the node cap. Newcomers grow out of
     * an entity already drawn when the result shares one; otherwise the whole canvas is laid out again.
     */
    mergeResult(payload: GraphPayload): void {
      latestRequest++;
      const state = store.get();
      const capped = capExpansion(state.graph, payload, '', settings.nodeCap);
      const merge = mergeGraph(state.graph, capped.payload);
      const anchorId = payload.nodes.find((node) => state.graph.nodes.has(node.id))?.id;
      store.setGraph(merge.data, anchorId ? { kind: 'merge', anchorId, addedNodeIds: merge.addedNodeIds } : { kind: 'replace' }, { status: { kind: 'idle' } });
      if (capped.added < capped.offered) {
        notice(`Added ${capped.added} of ${plural(capped.offered, 'new entity', 'new entities')} from the query: the canvas draws at most ${settings.nodeCap} entities.`);
      }
    },

    /**
     * Rebuilds a view from a link: filters, mode and layout at once, then the focus drawn again and
     * every expansion and collapse replayed in order, then hidden entities and the selection. With
     * `redraw` false, the drawn graph is kept and only the rest is applied.
     */
    async restore(url: UrlState, redraw = true): Promise<void> {
      store.update({
        mode: url.mode,
        depth: url.depth,
        layoutName: url.layoutName,
        hiddenTypes: url.hiddenTypes,
        hiddenGroups: url.hiddenGroups,
        hiddenPredicates: url.hiddenPredicates,
        dateFrom: url.dateFrom,
        dateTo: url.dateTo,
        minArticles: url.minArticles,
        sources: url.sources,
      });
      if (redraw && !url.focusId) {
        if (store.get().focusId) actions.clear();
        store.update({ selection: url.selection });
        return;
      }
      if (redraw && url.focusId) {
        await actions.showEntity(url.focusId);
        if (store.get().status.kind === 'error') return;
        for (const step of url.steps) {
          if (step.kind === 'expand') await actions.expand(step.id);
          else actions.collapse(step.id);
        }
      }
      const { graph } = store.get();
      const found = url.selection && (url.selection.kind === 'node' ? graph.nodes.has(url.selection.id) : graph.edges.has(url.selection.id));
      // A link without a selection leaves the freshly drawn focus selected.
      const selection = found ? url.selection : redraw && !url.selection ? store.get().selection : null;
      store.update({ hiddenIds: new Set(url.hiddenIds.filter((id) => graph.nodes.has(id))), selection });
    },
  };
  return actions;
}
