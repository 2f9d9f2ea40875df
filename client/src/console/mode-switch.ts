// The header's switch between the two workspaces, Explore and Console; part of the first page, unlike the rest of this folder.

import { el } from '../dom.js';
import type { AppMode, StateStore } from '../state-store.js';

const MODES: { mode: AppMode; label: string; title: string }[] = [
  { mode: 'explore', label: 'Explore', title: 'Explore the graph: search, expand, read the evidence' },
  { mode: 'console', label: 'Console', title: 'Query the graph with Cypher' },
];

/** Two toggle buttons bound to `mode` in the store. */
export function createModeSwitch(store: StateStore): HTMLElement {
  const buttons = MODES.map(({ mode, label, title }) =>
    el('button', { className: 'mode-button', attrs: { type: 'button', title, 'data-testid': `mode-${mode}` }, on: { click: () => store.update({ mode }) } }, label),
  );
  const sync = (mode: AppMode): void => {
    buttons.forEach((button, index) => button.setAttribute('aria-pressed', String(MODES[index]!.mode === mode)));
  };
  sync(store.get().mode);
  store.subscribe((state, previous) => {
    if (state.mode !== previous.mode) sync(state.mode);
  });
  return el('div', { className: 'mode-switch', attrs: { role: 'group', 'aria-label': 'Workspace' } }, ...buttons);
}
