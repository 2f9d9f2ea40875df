// The toolbar over the canvas: neighbourhood depth, layout, fit, re-layout and clear.

import { el } from './dom.js';
import type { ExplorerActions } from './explorer-actions.js';
import { LAYOUTS } from './layouts.js';
import { DEPTHS, type Depth, type StateStore } from './state-store.js';

/** What the toolbar asks of the canvas, which loads after the toolbar. */
export interface CanvasCommands {
  fit(): void;
  relayout(): void;
}

/** Builds the toolbar; `canvas` resolves once the graph canvas has loaded. */
export function createCanvasToolbar(store: StateStore, actions: ExplorerActions, canvas: Promise<CanvasCommands>): HTMLElement {
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
  const button = (label: string, title: string, onClick: () => void): HTMLButtonElement =>
    el('button', { className: 'button ghost', attrs: { type: 'button', title }, on: { click: onClick } }, label);

  const root = el(
    'div',
    { className: 'canvas-toolbar', attrs: { role: 'toolbar', 'aria-label': 'Graph controls' } },
    el('label', { className: 'toolbar-field' }, el('span', { className: 'toolbar-label' }, 'Depth'), depth),
    el('label', { className: 'toolbar-field' }, el('span', { className: 'toolbar-label' }, 'Layout'), layout),
    el('span', { className: 'toolbar-separator', attrs: { 'aria-hidden': 'true' } }),
    button('Fit', 'Fit the graph to the view', () => void canvas.then((c) => c.fit())),
    button('Re-layout', 'Lay the graph out again', () => void canvas.then((c) => c.relayout())),
    button('Clear', 'Empty the canvas', actions.clear),
  );
  store.subscribe((state) => {
    depth.value = String(state.depth);
  });
  return root;
}
