// Keyboard shortcuts of the explorer, registered by key in one list; the help dialog shows the same list.

import type { ExplorerActions } from './explorer-actions.js';
import type { StateStore } from './state-store.js';

/** What a shortcut can reach. */
export interface ShortcutContext {
  store: StateStore;
  actions: ExplorerActions;
  canvas: Promise<{ fit(): void; relayout(): void }>;
  openHelp(): void;
}

export interface Shortcut {
  /** `KeyboardEvent.key` values that trigger it. */
  keys: string[];
  /** What to press, as shown in the help. */
  label: string;
  description: string;
  /** True when it acts on the selected entity (and does nothing without one). */
  needsNode?: boolean;
  run(context: ShortcutContext, nodeId: string): void;
}

/** Every shortcut, in help order. "/" (search) is bound by the search box itself. */
export const SHORTCUTS: readonly Shortcut[] = [
  { keys: ['/'], label: '/', description: 'Search entities', run: () => undefined },
  { keys: ['e', 'Enter'], label: 'E or Enter', description: 'Expand the selected entity (or double-click it)', needsNode: true, run: ({ actions }, id) => void actions.expand(id) },
  { keys: ['m'], label: 'M', description: 'Show more neighbours of the selected entity', needsNode: true, run: ({ actions }, id) => void actions.expand(id) },
  { keys: ['c'], label: 'C', description: 'Collapse: remove the neighbours only it holds', needsNode: true, run: ({ actions }, id) => actions.collapse(id) },
  { keys: ['h'], label: 'H', description: 'Hide the selected entity', needsNode: true, run: ({ actions }, id) => actions.hide(id) },
  { keys: ['p'], label: 'P', description: 'Pin or unpin the selected entity where it is', needsNode: true, run: ({ actions }, id) => actions.togglePin(id) },
  { keys: ['z', 'u'], label: 'Z or U', description: 'Undo the last expansion or collapse', run: ({ actions }) => actions.undo() },
  { keys: ['H'], label: 'Shift+H', description: 'Show every hidden entity', run: ({ actions }) => actions.showHidden() },
  { keys: ['f'], label: 'F', description: 'Fit the graph to the view', run: ({ canvas }) => void canvas.then((c) => c.fit()) },
  { keys: ['l'], label: 'L', description: 'Lay the graph out again', run: ({ canvas }) => void canvas.then((c) => c.relayout()) },
  { keys: ['Escape'], label: 'Esc', description: 'Clear the selection', run: ({ actions }) => actions.select(null) },
  { keys: ['?'], label: '?', description: 'Show these shortcuts', run: ({ openHelp }) => openHelp() },
];

/** True when the key press belongs to a text field, a select or a dialog, not to the explorer. */
function ownedByControl(event: KeyboardEvent): boolean {
  const target = event.target as HTMLElement | null;
  return !!target && (target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement || target.isContentEditable || !!target.closest('dialog, .cm-editor'));
}

/** Listens for the shortcuts on the whole page while the explorer (not the console) is shown. */
export function bindShortcuts(context: ShortcutContext): void {
  document.addEventListener('keydown', (event) => {
    if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || ownedByControl(event)) return;
    const state = context.store.get();
    if (state.mode !== 'explore') return;
    const shortcut = SHORTCUTS.find((candidate) => candidate.keys.includes(event.key));
    if (!shortcut || shortcut.keys.includes('/')) return;
    const nodeId = state.selection?.kind === 'node' ? state.selection.id : null;
    if (shortcut.needsNode && !nodeId) return;
    // Enter on a focused button must still press the button.
    if (event.key === 'Enter' && event.target instanceof HTMLButtonElement) return;
    event.preventDefault();
    shortcut.run(context, nodeId ?? '');
  });
}
