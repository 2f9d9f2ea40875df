// The entity search box: a debounced, keyboard-navigable ARIA combobox over names and aliases.

import type { EntitySummary } from '../../core/model.js';
import { api, isAbortError } from './api-client.js';
import { el, replaceChildren } from './dom.js';
import { entityBadge } from './entity-badge.js';
import { plural } from './format.js';
import { findNames, segmentText } from './text-highlight.js';

/** Search box settings. */
export interface SearchBoxOptions {
  /** Called when the reader picks an entity. */
  onChoose(entity: EntitySummary): void;
  /** Suggestions shown at most. */
  limit?: number;
  /** Quiet time after the last keystroke before asking the server, in ms. */
  debounceMs?: number;
  /** Prefix of the element ids, unique per box on the page. */
  idPrefix?: string;
  /** Accessible name of the input. */
  label?: string;
  /** Whether "/" anywhere on the page focuses this box; only the main search should. */
  slashFocus?: boolean;
}

const DEFAULTS = { limit: 8, debounceMs: 160, idPrefix: 'search', label: 'Search entities', slashFocus: true };

/** Builds the search box; returns its root element. Press "/" anywhere to focus the main one. */
export function createSearchBox(options: SearchBoxOptions): HTMLElement {
  const { limit, debounceMs, idPrefix, label, slashFocus } = { ...DEFAULTS, ...options };
  const listId = `${idPrefix}-listbox`;
  let results: EntitySummary[] = [];
  /** The query `results` answer; while it differs from `query`, the list is stale and Enter waits. */
  let resultsFor: string | null = null;
  let enterPending = false;
  let active = -1;
  let query = '';
  let timer: ReturnType<typeof setTimeout> | undefined;
  let inFlight: AbortController | null = null;

  const input = el('input', {
    className: 'search-input',
    attrs: {
      id: `${idPrefix}-input`,
      type: 'search',
      role: 'combobox',
      autocomplete: 'off',
      spellcheck: 'false',
      placeholder: 'Search people, organisations, places…',
      'aria-autocomplete': 'list',
      'aria-expanded': 'false',
      'aria-controls': listId,
      'data-testid': 'search-input',
    },
  });
  const heading = el('div', { className: 'search-heading', attrs: { id: `${idPrefix}-heading` } });
  const listbox = el('ul', { className: 'search-options', attrs: { id: listId, role: 'listbox', 'aria-labelledby': `${idPrefix}-heading` } });
  const message = el('div', { className: 'search-message', attrs: { role: 'status', 'aria-live': 'polite' } });
  const popup = el('div', { className: 'search-popup', attrs: { hidden: true } }, heading, listbox, message);

  function setOpen(open: boolean): void {
    popup.hidden = !open;
    input.setAttribute('aria-expanded', String(open));
    if (!open) {
      setActive(-1);
      enterPending = false;
    }
  }

  function setActive(index: number): void {
    active = index;
    listbox.querySelectorAll('[role="option"]').forEach((option, i) => option.setAttribute('aria-selected', String(i === index)));
    if (index >= 0) {
      const option = listbox.children[index] as HTMLElement;
      input.setAttribute('aria-activedescendant', option.id);
      option.scrollIntoView({ block: 'nearest' });
    } else {
      input.removeAttribute('aria-activedescendant');
    }
  }

  function choose(entity: EntitySummary): void {
    input.value = entity.name;
    query = entity.name;
    setOpen(false);
    options.onChoose(entity);
  }

  function renderOption(entity: EntitySummary, index: number): HTMLElement {
    const nameSegments = segmentText(entity.name, findNames(entity.name, [{ tag: true, names: [query] }]));
    const alias = query ? entity.aliases.find((a) => a.toLowerCase().includes(query.toLowerCase()) && !entity.name.toLowerCase().includes(query.toLowerCase())) : undefined;
    return el(
      'li',
      {
        className: 'search-option',
        attrs: { id: `${idPrefix}-option-${index}`, role: 'option', 'aria-selected': 'false', 'data-testid': 'search-option', 'data-entity-id': entity.id },
        on: {
          // mousedown, not click: keep focus in the input so the combobox stays one widget.
          mousedown: (event) => {
            event.preventDefault();
            choose(entity);
          },
          mousemove: () => {
            if (active !== index) setActive(index);
          },
        },
      },
      entityBadge(entity.type, { iconOnly: true }),
      el(
        'span',
        { className: 'search-option-text' },
        el('span', { className: 'search-option-name' }, ...nameSegments.map((s) => (s.tag ? el('mark', {}, s.text) : s.text))),
        el('span', { className: 'search-option-meta' }, alias ? `also “${alias}” · ` : '', plural(entity.articleCount, 'article')),
      ),
    );
  }

  function render(list: EntitySummary[], state: 'ready' | 'loading' | 'error', error?: string): void {
    results = list;
    heading.textContent = query ? `Matches for “${query}”` : 'Most connected';
    replaceChildren(listbox, ...list.map(renderOption));
    if (state === 'loading' && list.length === 0) message.textContent = 'Searching…';
    else if (state === 'error') message.textContent = error ?? 'Search failed.';
    else if (list.length === 0) message.textContent = query ? `No person, organisation or place matches “${query}”.` : 'The graph is empty: load some articles first.';
    else message.textContent = '';
    // Suggestions for an earlier query stay in view, dimmed, until the answer for this one arrives.
    listbox.classList.toggle('stale', resultsFor !== query);
    setActive(list.length > 0 && query && resultsFor === query ? 0 : -1);
  }

  async function runSearch(): Promise<void> {
    inFlight?.abort();
    const controller = new AbortController();
    inFlight = controller;
    render(results, 'loading');
    try {
      const asked = query;
      const found = await api.search(asked, limit, controller.signal);
      if (inFlight !== controller) return;
      resultsFor = asked;
      render(found, 'ready');
      // Enter pressed before the answer came: pick the best match now, as the reader meant to.
      if (enterPending && asked === query) {
        enterPending = false;
        if (found[0]) choose(found[0]);
      }
    } catch (error) {
      if (isAbortError(error)) return;
      enterPending = false;
      render([], 'error', (error as Error).message);
    }
  }

  function scheduleSearch(): void {
    clearTimeout(timer);
    timer = setTimeout(() => void runSearch(), debounceMs);
  }

  input.addEventListener('input', () => {
    query = input.value.trim();
    setOpen(true);
    scheduleSearch();
  });
  input.addEventListener('focus', () => {
    query = input.value.trim();
    setOpen(true);
    void runSearch();
  });
  input.addEventListener('blur', () => setOpen(false));
  input.addEventListener('keydown', (event) => {
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (popup.hidden) setOpen(true);
        if (results.length > 0) setActive((active + 1) % results.length);
        break;
      case 'ArrowUp':
        event.preventDefault();
        if (results.length > 0) setActive(active <= 0 ? results.length - 1 : active - 1);
        break;
      case 'Enter': {
        if (popup.hidden) break;
        event.preventDefault();
        const entity = results[active];
        if (resultsFor !== query && query) enterPending = true;
        else if (entity) choose(entity);
        break;
      }
      case 'Escape':
        if (!popup.hidden) setOpen(false);
        else input.value = '';
        break;
    }
  });
  if (slashFocus) {
    document.addEventListener('keydown', (event) => {
      const typing = event.target instanceof HTMLInputElement || event.target instanceof HTMLTextAreaElement || event.target instanceof HTMLSelectElement;
      if (event.key === '/' && !typing) {
        event.preventDefault();
        input.focus();
      }
    });
  }

  return el(
    'div',
    { className: 'search', attrs: { role: 'search' } },
    el('label', { className: 'visually-hidden', attrs: { for: `${idPrefix}-input` } }, label),
    el('div', { className: 'search-field' }, input, el('kbd', { className: 'search-shortcut', attrs: { 'aria-hidden': 'true' } }, '/')),
    popup,
  );
}
