// The toolbar over the canvas: depth, layout, view commands, actions on the selected entity, undo, export and help.

import { el } from './dom.js';
import type { ExplorerActions } from './explorer-actions.js';
import { createExportMenu, type ExportSource } from './export-menu.js';
import { LAYOUTS } from './layouts.js';
import { DEPTHS, type Depth, type ExplorerState, type StateStore } from './state-store.js';

/** What the toolbar asks of the canvas, which loads after the toolbar. */
export interface CanvasCommands extends ExportSource {
  fit(): void;
  relayout(): void;
}

/** Builds the toolbar; `canvas` resolves once the graph canvas has loaded. */
export function createCanvasToolbar(store: StateStore, actions: ExplorerActions, canvas: Promise<CanvasCommands>, openHelp: () => void): HTMLElement {
  const depth = el(
    'select',
    {
      className: 'select',
      attrs: { id: 'depth-select', 'data-testid': 'depth-select' },
      on: { change: () => void actions.setDepth(Number(depth.value) as Depth) },
    },
    ...DEPTHS.map((value) => el('option', { attrs: { value, selected: value === store.get().depth } }, value === 1 ? '1 hop' : `${value} hops`)),
  );
  const layout = el(
    'select',
    { className: 'select', attrs: { id: 'layout-select', 'data-testid': 'layout-select' }, on: { change: () => store.update({ layoutName: layout.value }) } },
    ...LAYOUTS.map((spec) => el('option', { attrs: { value: spec.name, selected: spec.name === store.get().layoutName } }, spec.label)),
  );
  const button = (label: string, title: string, testId: string, onClick: () => void): HTMLButtonElement =>
    el('button', { className: 'button ghost', attrs: { type: 'button', title, 'data-testid': testId }, on: { click: onClick } }, label);
  const selectedNode = (): string | null => {
    const { selection } = store.get();
    return selection?.kind === 'node' ? selection.id : null;
  };
  const onNode = (run: (id: string) => void) => () => {
    const id = selectedNode();
    if (id) run(id);
  };

  const expand = button('Expand', 'Expand the selected entity: its neighbours, 100 at a time (E, or double-click)', 'node-expand', onNode((id) => void actions.expand(id)));
  const collapse = button('Collapse', 'Remove the neighbours only the selected entity holds (C)', 'node-collapse', onNode(actions.collapse));
  const hide = button('Hide', 'Hide the selected entity (H)', 'node-hide', onNode(actions.hide));
  const pin = button('Pin', 'Pin the selected entity where it is (P)', 'node-pin', onNode(actions.togglePin));
  const undo = button('Undo', 'Undo the last expansion or collapse (Z)', 'undo', actions.undo);
  const showHidden = button('Show hidden', 'Show every hidden entity (Shift+H)', 'show-hidden', actions.showHidden);
  const nodeGroup = el('div', { className: 'toolbar-group', attrs: { role: 'group', 'aria-label': 'Selected entity' } }, expand, collapse, hide, pin);

  const root = el(
    'div',
    { className: 'canvas-toolbar', attrs: { role: 'toolbar', 'aria-label': 'Graph controls' } },
    el('label', { className: 'toolbar-field' }, el('span', { className: 'toolbar-label' }, 'Depth'), depth),
    el('label', { className: 'toolbar-field' }, el('span', { className: 'toolbar-label' }, 'Layout'), layout),
    el('span', { className: 'toolbar-separator', attrs: { 'aria-hidden': 'true' } }),
    button('Fit', 'Fit the graph to the view (F)', 'fit', () => void canvas.then((c) => c.fit())),
    button('Re-layout', 'Lay the graph out again (L)', 'relayout', () => void canvas.then((c) => c.relayout())),
    button('Clear', 'Empty the canvas', 'clear', actions.clear),
    el('span', { className: 'toolbar-separator', attrs: { 'aria-hidden': 'true' } }),
    nodeGroup,
    undo,
    showHidden,
    el('span', { className: 'toolbar-spacer' }),
    createExportMenu(store, canvas),
    button('?', 'Keyboard shortcuts (?)', 'help-button', openHelp),
  );

  let shown: unknown[] = [];
  function render(state: ExplorerState): void {
    if (shown[0] === state.selection && shown[1] === state.nextOffsets && shown[2] === state.pinnedIds && shown[3] === state.history && shown[4] === state.hiddenIds && shown[5] === state.depth && shown[6] === state.layoutName) return;
    shown = [state.selection, state.nextOffsets, state.pinnedIds, state.history, state.hiddenIds, state.depth, state.layoutName];
    depth.value = String(state.depth);
    layout.value = state.layoutName;
    const id = state.selection?.kind === 'node' ? state.selection.id : null;
    for (const control of [expand, collapse, hide, pin]) control.disabled = id === null;
    const next = id === null ? undefined : state.nextOffsets.get(id);
    expand.textContent = next === undefined ? 'Expand' : 'More';
    expand.disabled = id === null || next === null;
    const pinned = id !== null && state.pinnedIds.has(id);
    pin.textContent = pinned ? 'Unpin' : 'Pin';
    pin.setAttribute('aria-pressed', String(pinned));
    undo.disabled = state.history.length === 0;
    showHidden.hidden = state.hiddenIds.size === 0;
    showHidden.textContent = `Show hidden (${state.hiddenIds.size})`;
  }
  render(store.get());
  store.subscribe(render);
  return root;
}
