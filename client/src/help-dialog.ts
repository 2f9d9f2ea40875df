// The "?" dialog: every keyboard shortcut and mouse gesture of the canvas.

import { el } from './dom.js';
import { SHORTCUTS } from './keyboard-shortcuts.js';

/** Builds the help dialog (a native modal <dialog>: focus trapped, Esc closes). */
export function createHelpDialog(): HTMLDialogElement {
  const dialog: HTMLDialogElement = el(
    'dialog',
    { className: 'help-dialog', attrs: { 'data-testid': 'help-dialog', 'aria-labelledby': 'help-title' } },
    el('h2', { attrs: { id: 'help-title' } }, 'Keyboard shortcuts'),
    el(
      'dl',
      { className: 'shortcut-list' },
      ...SHORTCUTS.flatMap((shortcut) => [el('dt', {}, el('kbd', {}, shortcut.label)), el('dd', {}, shortcut.description)]),
    ),
    el('h3', { className: 'section-title' }, 'Mouse'),
    el(
      'ul',
      { className: 'help-mouse' },
      el('li', {}, 'Click an entity or a relation to see its details and evidence.'),
      el('li', {}, 'Double-click an entity to expand its neighbours, 100 at a time; double-click again for more.'),
      el('li', {}, 'Drag entities to arrange them; pinned ones stay put.'),
    ),
    el('form', { attrs: { method: 'dialog' } }, el('button', { className: 'button primary', attrs: { 'data-testid': 'help-close' } }, 'Close')),
  );
  return dialog;
}
