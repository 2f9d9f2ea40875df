// The explorer's one state store: graph data plus the display state (selection, hover, filters) laid on it.

import type { EntityType, Predicate, RelationGroup } from '../../core/model.js';
import { EMPTY_GRAPH, type GraphData } from './graph-data.js';
import { DEFAULT_LAYOUT } from './layouts.js';
import type { Investigation } from './investigate/investigation.js';

export const DEPTHS = [1, 2, 3] as const;
export type Depth = (typeof DEPTHS)[number];

/** What is selected on the canvas; the details panel shows it. */
export type Selection = { kind: 'node'; id: string } | { kind: 'edge'; id: string } | null;

/** How the graph data last changed, so the canvas knows whether to lay out everything or only newcomers. */
export type GraphChange =
  | { kind: 'replace' }
  | { kind: 'merge'; anchorId: string; addedNodeIds: string[] }
  | { kind: 'clear' }
  // Nodes were only taken away (collapse, undo of an expansion): everything else stays where it is.
  | { kind: 'prune' };

/** The two workspaces: the graph explorer and the Cypher console. */
export type AppMode = 'explore' | 'console';

/** A long-running action shown over the canvas. */
export type CanvasStatus =
  | { kind: 'idle' }
  | { kind: 'loading'; message: string }
  | { kind: 'error'; message: string }
  // Something the reader should know that is not a failure (the node cap was reached, nothing new to add).
  | { kind: 'notice'; message: string };

// ── Expand and prune history (explorer canvas) ──────────────────────────────────────────────

/** One undoable change of the drawn graph, with what the graph was before it. */
export interface GraphStep {
  kind: 'expand' | 'collapse';
  /** The entity expanded or collapsed. */
  anchorId: string;
  previous: { graph: GraphData; nextOffsets: ReadonlyMap<string, number | null> };
}

export interface ExplorerState {
  graph: GraphData;
  /** Increases on every change of `graph`; `graphChange` says what kind of change it was. */
  graphVersion: number;
  graphChange: GraphChange;
  /** True when the server capped the last neighbourhood it sent. */
  truncated: boolean;
  /** The entity whose neighbourhood was drawn last. */
  focusId: string | null;
  depth: Depth;
  /** Name of the layout in use (see layouts.ts). */
  layoutName: string;
  selection: Selection;
  hoverId: string | null;
  hiddenTypes: ReadonlySet<EntityType>;
  hiddenGroups: ReadonlySet<RelationGroup>;
  hiddenPredicates: ReadonlySet<Predicate>;
  /** Inclusive date range (YYYY-MM-DD) the relations must fall in; null leaves that end open. */
  dateFrom: string | null;
  dateTo: string | null;
  /** Relations stated by fewer articles than this are hidden. */
  minArticles: number;
  /** When not empty, only evidence from these sources counts. */
  sources: ReadonlySet<string>;
  mode: AppMode;
  /** An article opened in the details panel, over the selection. */
  articleId: string | null;
  status: CanvasStatus;
  // ── Expand and prune (explorer canvas) ──
  /** Entities hidden from the canvas by the reader (display state: their data stays). */
  hiddenIds: ReadonlySet<string>;
  /** Entities whose position the reader locked. */
  pinnedIds: ReadonlySet<string>;
  /** Expansions and collapses since the neighbourhood was drawn, oldest first; undo pops the last. */
  history: readonly GraphStep[];
  /**
   * Expanded entities: the offset of their next page of neighbours, or null when every neighbour
   * has been fetched. Absent means never expanded.
   */
  nextOffsets: ReadonlyMap<string, number | null>;
  // ── Investigations (issue 6) ──
  /** The trace, connection or relationship timeline open beside the canvas. */
  investigation: Investigation | null;
  /** Goes up each time articles are added from the app, so that counts and lists fetch again. */
  corpusVersion: number;
}

export type StateListener = (state: ExplorerState, previous: ExplorerState) => void;

/** The state a fresh explorer starts with. */
export function initialState(): ExplorerState {
  return {
    graph: EMPTY_GRAPH,
    graphVersion: 0,
    graphChange: { kind: 'clear' },
    truncated: false,
    focusId: null,
    depth: 1,
    layoutName: DEFAULT_LAYOUT,
    selection: null,
    hoverId: null,
    hiddenTypes: new Set(),
    hiddenGroups: new Set(),
    hiddenPredicates: new Set(),
    dateFrom: null,
    dateTo: null,
    minArticles: 1,
    sources: new Set(),
    mode: 'explore',
    articleId: null,
    status: { kind: 'idle' },
    hiddenIds: new Set(),
    pinnedIds: new Set(),
    history: [],
    nextOffsets: new Map(),
    investigation: null,
    corpusVersion: 0,
  };
}

/** A minimal observable store: immutable snapshots, shallow patches, synchronous listeners. */
export class StateStore {
  private state: ExplorerState;
  private readonly listeners = new Set<StateListener>();

  constructor(state: ExplorerState = initialState()) {
    this.state = state;
  }

  /** The current snapshot; never mutate it, patch it with `update`. */
  get(): ExplorerState {
    return this.state;
  }

  /** Applies a shallow patch and tells every listener, with the previous snapshot to diff against. */
  update(patch: Partial<ExplorerState>): void {
    const previous = this.state;
    this.state = { ...previous, ...patch };
    for (const listener of this.listeners) listener(this.state, previous);
  }

  /** Replaces the graph data, recording how it changed. */
  setGraph(graph: GraphData, change: GraphChange, extra: Partial<ExplorerState> = {}): void {
    this.update({ ...extra, graph, graphChange: change, graphVersion: this.state.graphVersion + 1 });
  }

  /** Calls `listener` after every update; returns the function that unsubscribes it. */
  subscribe(listener: StateListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}

/** Returns a copy of `set` with `value` added when absent and removed when present. */
export function toggled<T>(set: ReadonlySet<T>, value: T): Set<T> {
  const next = new Set(set);
  if (!next.delete(value)) next.add(value);
  return next;
}
