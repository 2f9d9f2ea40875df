// Loading, empty and error blocks shared by every panel view, and the helper that loads a view's data.

import { isAbortError } from './api-client.js';
import { el, replaceChildren } from './dom.js';

/** A calm loading line with a spinner. */
export function loadingBlock(message: string): HTMLElement {
  return el('div', { className: 'state state-loading', attrs: { role: 'status' } }, el('span', { className: 'spinner', attrs: { 'aria-hidden': 'true' } }), message);
}

/** An empty-state block: a title and a hint of what to do. */
export function emptyBlock(title: string, hint: string): HTMLElement {
  return el('div', { className: 'state state-empty' }, el('p', { className: 'state-title' }, title), el('p', { className: 'state-hint' }, hint));
}

/** An error block with the server's message and an optional retry button. */
export function errorBlock(title: string, message: string, retry?: () => void): HTMLElement {
  return el(
    'div',
    { className: 'state state-error', attrs: { role: 'alert' } },
    el('p', { className: 'state-title' }, title),
    el('p', { className: 'state-hint' }, message),
    retry ? el('button', { className: 'button', attrs: { type: 'button' }, on: { click: retry } }, 'Retry') : null,
  );
}

/**
 * Shows a loading block in `target`, loads data, then shows `view(data)`, or an error with a retry.
 * Aborting `signal` (a newer view replaced this one) leaves `target` alone.
 */
export async function loadInto<T>(
  target: HTMLElement,
  signal: AbortSignal,
  loading: string,
  load: (signal: AbortSignal) => Promise<T>,
  view: (data: T) => Node,
  failureTitle: string,
): Promise<void> {
  replaceChildren(target, loadingBlock(loading));
  try {
    const data = await load(signal);
    if (!signal.aborted) replaceChildren(target, view(data));
  } catch (error) {
    if (isAbortError(error) || signal.aborted) return;
    replaceChildren(target, errorBlock(failureTitle, (error as Error).message, () => void loadInto(target, signal, loading, load, view, failureTitle)));
  }
}
