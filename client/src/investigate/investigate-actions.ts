// What the reader can do in an investigation: trace, connect, step through paths, open a timeline; each updates the store.

import type { EntitySummary, GraphPayload } from '../../../core/model.js';
import { api } from '../api-client.js';
import { graphFromPayload } from '../graph-data.js';
import type { Investigation } from './investigation.js';
import { DEFAULT_CONNECT, type ConnectSettings, type TraceSettings } from './investigation.js';
import type { StateStore } from '../state-store.js';
import { sameUrlInvestigation, urlInvestigationOf, type UrlInvestigation } from './investigation-url.js';

/** The layout a trace is drawn with: one ring per hop around the traced entity (layouts.ts). */
export const TRACE_LAYOUT = 'concentric';
/** The layout a connection is drawn with: a hierarchy growing out of its first end, so paths read outwards. */
export const CONNECT_LAYOUT = 'breadthfirst';

/** "What's new" first opens on this many days before the newest article. */
const WHATS_NEW_DAYS = 30;

export type InvestigateActions = ReturnType<typeof createInvestigateActions>;

/** Binds the investigation actions to a store. */
export function createInvestigateActions(store: StateStore) {
  // Only the newest investigation request may write its answer; an older one that lands late is dropped.
  let latestRequest = 0;

  async function load<T>(message: string, fetch: () => Promise<T>, apply: (result: T) => void): Promise<void> {
    const request = ++latestRequest;
    store.update({ status: { kind: 'loading', message } });
    try {
      const result = await fetch();
      if (request !== latestRequest) return;
      store.update({ status: { kind: 'idle' } });
      apply(result);
    } catch (error) {
      if (request === latestRequest) store.update({ status: { kind: 'error', message: (error as Error).message } });
    }
  }

  /** Replaces the canvas with an investigation's graph, focused on `focusId`, as a fresh neighbourhood would be. */
  function draw(payload: GraphPayload, focusId: string, investigation: Investigation, layoutName: string): void {
    store.setGraph(graphFromPayload(payload), { kind: 'replace' }, {
      focusId,
      truncated: payload.truncated,
      selection: { kind: 'node', id: focusId },
      articleId: null,
      hoverId: null,
      history: [],
      hiddenIds: new Set(),
      pinnedIds: new Set(),
      nextOffsets: new Map(),
      layoutName,
      investigation,
    });
  }

  const investigate = {
    /** Traces `entity`'s contacts as `settings` ask and draws them in rings by hop. */
    trace(entity: EntitySummary, settings: TraceSettings): Promise<void> {
      return load(
        `Tracing the contacts of ${entity.name}…`,
        () => api.trace(entity.id, settings),
        (result) => draw(result.graph, entity.id, { kind: 'trace', result, settings, contactId: null }, TRACE_LAYOUT),
      );
    },

    /** Opens "What's new" from `since` (an ISO date) and lists what the corpus first said on or after it. */
    whatsNew(since: string): Promise<void> {
      store.update({ investigation: { kind: 'whats-new', since, result: null } });
      return load(`Finding what is new since ${since}…`, () => api.whatsNew(since), (result) => store.update({ investigation: { kind: 'whats-new', since, result } }));
    },

    /** Opens "What's new" for the month before the newest stored article (today when none is dated). */
    async openWhatsNew(): Promise<void> {
      const newest = (await api.articles(1, 0).catch(() => []))[0]?.publishedAt;
      const end = newest ? new Date(`${newest.slice(0, 10)}T00:00:00Z`) : new Date();
      end.setUTCDate(end.getUTCDate() - WHATS_NEW_DAYS);
      return investigate.whatsNew(end.toISOString().slice(0, 10));
    },

    /** Draws the relations of an open "What's new" on the canvas. */
    drawWhatsNew(): void {
      const { investigation } = store.get();
      if (investigation?.kind !== 'whats-new' || !investigation.result || investigation.result.graph.nodes.length === 0) return;
      draw(investigation.result.graph, investigation.result.graph.nodes[0].id, investigation, 'fcose');
    },

    /** Picks a contact of the open trace: selects it on the canvas, and the panel shows its chain of evidence. */
    selectContact(contactId: string): void {
      const { investigation } = store.get();
      if (investigation?.kind !== 'trace') return;
      store.update({ investigation: { ...investigation, contactId }, selection: { kind: 'node', id: contactId }, articleId: null });
    },

    /** Opens the connect form with `from` as one end. */
    openConnect(from: EntitySummary): void {
      store.update({ investigation: { kind: 'connect', from, to: null, settings: DEFAULT_CONNECT, result: null, pathIndex: 0 } });
    },

    /** Finds the shortest paths from `from` to `to` and draws their union, the first path highlighted. */
    connect(from: EntitySummary, to: EntitySummary, settings: ConnectSettings): Promise<void> {
      return load(
        `Connecting ${from.name} and ${to.name}…`,
        () => api.paths(from.id, to.id, settings.k, settings.maxLength),
        (result) => {
          const investigation: Investigation = { kind: 'connect', from, to, settings, result, pathIndex: 0 };
          if (result.paths.length > 0) draw(result.graph, from.id, investigation, CONNECT_LAYOUT);
          else store.update({ investigation });
        },
      );
    },

    /** Moves the highlight to the next (+1) or previous (-1) path, wrapping round. */
    stepPath(delta: number): void {
      const { investigation } = store.get();
      if (investigation?.kind !== 'connect' || !investigation.result || investigation.result.paths.length === 0) return;
      const count = investigation.result.paths.length;
      store.update({ investigation: { ...investigation, pathIndex: (investigation.pathIndex + delta + count) % count } });
    },

    /** Opens the dated list of everything said between `a` and `b`. */
    openTimeline(a: EntitySummary, b: EntitySummary): void {
      store.update({ investigation: { kind: 'timeline', a, b } });
    },

    /** Opens the investigation a link describes (or closes the open one for a link without); an unknown entity is reported, not thrown. */
    async restore(url: UrlInvestigation | null): Promise<void> {
      const current = store.get().investigation;
      if (sameUrlInvestigation(urlInvestigationOf(current), url)) {
        if (url?.kind === 'connect' && current?.kind === 'connect' && current.result && url.pathIndex < current.result.paths.length) store.update({ investigation: { ...current, pathIndex: url.pathIndex } });
        return;
      }
      if (!url) return investigate.close();
      if (url.kind === 'whats-new') return investigate.whatsNew(url.since);
      try {
        if (url.kind === 'trace') return await investigate.trace(await api.entity(url.entityId), url.settings);
        if (url.kind === 'timeline') return investigate.openTimeline(await api.entity(url.aId), await api.entity(url.bId));
        const from = await api.entity(url.fromId);
        if (!url.toId) return store.update({ investigation: { kind: 'connect', from, to: null, settings: url.settings, result: null, pathIndex: 0 } });
        await investigate.connect(from, await api.entity(url.toId), url.settings);
        const opened = store.get().investigation;
        if (opened?.kind === 'connect' && opened.result && url.pathIndex < opened.result.paths.length) store.update({ investigation: { ...opened, pathIndex: url.pathIndex } });
      } catch (error) {
        store.update({ status: { kind: 'error', message: `The investigation in this link could not be opened: ${(error as Error).message}` } });
      }
    },

    /** Closes the investigation panel; the canvas keeps what it drew. */
    close(): void {
      latestRequest++;
      store.update({ investigation: null });
    },
  };
  return investigate;
}
