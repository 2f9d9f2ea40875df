// The console's side panel: the history of run queries, starred favourites and the store's example queries, as tabs.

import type { StoreSchema } from '../../../core/model.js';
import { el, replaceChildren } from '../dom.js';
import type { QueryFavourites } from './query-favourites.js';
import type { QueryHistory } from './query-history.js';

export type LibraryTab = 'history' | 'favourites' | 'examples';
type Example = StoreSchema['examples'][number];

export interface QueryLibraryOptions {
  history: QueryHistory;
  favourites: QueryFavourites;
  /** A query chosen from a list goes to the editor (with an example's parameters). */
  onPick(query: string, params?: Record<string, unknown>): void;
  /** The favourites changed (starred elsewhere, renamed, deleted). */
  onFavouritesChange(): void;
}

export interface QueryLibrary {
  element: HTMLElement;
  /** Redraws the lists from storage. */
  refresh(): void;
  setExamples(examples: Example[]): void;
  /** Says why the examples could not be loaded. */
  showExamplesError(message: string): void;
  select(tab: LibraryTab): void;
}

const TABS: { tab: LibraryTab; label: string; testId: string }[] = [
  { tab: 'history', label: 'History', testId: 'cypher-history' },
  { tab: 'favourites', label: 'Favourites', testId: 'cypher-favourites' },
  { tab: 'examples', label: 'Examples', testId: 'cypher-examples' },
];

function when(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '' : date.toLocaleString(undefined, { dateStyle: 'short', timeStyle: 'short' });
}

/** Builds the panel with its three lists; the tabs follow the WAI-ARIA tabs pattern (arrow keys move between them). */
export function createQueryLibrary(options: QueryLibraryOptions): QueryLibrary {
  let examples: Example[] = [];
  let examplesError: string | null = null;
  const panels = new Map<LibraryTab, HTMLElement>();
  const tabs = new Map<LibraryTab, HTMLButtonElement>();

  for (const { tab, label, testId } of TABS) {
    tabs.set(
      tab,
      el(
        'button',
        {
          className: 'library-tab',
          attrs: { type: 'button', role: 'tab', id: `library-tab-${tab}`, 'aria-controls': `library-panel-${tab}`, 'data-testid': `${testId}-tab` },
          on: { click: () => select(tab), keydown: (event) => moveFocus(event, tab) },
        },
        label,
      ),
    );
    panels.set(tab, el('div', { className: 'library-panel', attrs: { role: 'tabpanel', id: `library-panel-${tab}`, 'aria-labelledby': `library-tab-${tab}`, 'data-testid': testId } }));
  }

  function moveFocus(event: KeyboardEvent, tab: LibraryTab): void {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (!step) return;
    const index = TABS.findIndex((item) => item.tab === tab);
    const next = TABS[(index + step + TABS.length) % TABS.length]!.tab;
    select(next);
    tabs.get(next)?.focus();
  }

  function select(tab: LibraryTab): void {
    for (const [name, button] of tabs) {
      button.setAttribute('aria-selected', String(name === tab));
      button.tabIndex = name === tab ? 0 : -1;
      panels.get(name)!.hidden = name !== tab;
    }
  }

  const pickButton = (query: string, title: string, meta: string, params?: Record<string, unknown>): HTMLButtonElement =>
    el(
      'button',
      { className: 'library-item-pick', attrs: { type: 'button', title: `Put this query in the editor:\n${query}` }, on: { click: () => options.onPick(query, params) } },
      el('span', { className: 'library-item-title' }, title),
      meta && el('span', { className: 'library-item-meta' }, meta),
    );

  const iconButton = (label: string, text: string, onClick: () => void): HTMLButtonElement =>
    el('button', { className: 'button ghost icon-button', attrs: { type: 'button', 'aria-label': label, title: label }, on: { click: onClick } }, text);

  /** A list of library items, or `emptyText` when there are none; `testId` marks each item for tests. */
  function libraryList<T>(items: readonly T[], emptyText: string, testId: string, itemParts: (item: T) => HTMLElement[]): HTMLElement {
    if (items.length === 0) return el('p', { className: 'library-empty' }, emptyText);
    return el('ul', { className: 'library-list' }, ...items.map((item) => el('li', { className: 'library-item', attrs: { 'data-testid': testId } }, ...itemParts(item))));
  }

  function renderHistory(): void {
    const entries = options.history.list();
    replaceChildren(
      panels.get('history')!,
      libraryList(entries, 'Queries you run appear here. Ctrl+↑ and Ctrl+↓ in the editor step through them.', 'history-item', (entry) => [
        pickButton(entry.query, entry.query, when(entry.ranAt)),
        iconButton('Remove from history', '×', () => {
          options.history.remove(entry.query);
          renderHistory();
        }),
      ]),
      entries.length > 0 &&
        el('button', { className: 'button ghost library-clear', attrs: { type: 'button' }, on: { click: () => (options.history.clear(), renderHistory()) } }, 'Clear history'),
    );
  }

  function renderFavourites(): void {
    replaceChildren(
      panels.get('favourites')!,
      libraryList(options.favourites.list(), 'Star a query (☆ beside Run) to keep it here under a name.', 'favourite-item', (favourite) => [
        pickButton(favourite.query, favourite.name, favourite.query.split('\n')[0] ?? ''),
        iconButton(`Rename “${favourite.name}”`, '✎', () => {
          const name = prompt('Name of this favourite query:', favourite.name);
          if (name === null) return;
          options.favourites.rename(favourite.id, name);
          options.onFavouritesChange();
        }),
        iconButton(`Delete “${favourite.name}”`, '×', () => {
          options.favourites.remove(favourite.id);
          options.onFavouritesChange();
        }),
      ]),
    );
  }

  function renderExamples(): void {
    replaceChildren(
      panels.get('examples')!,
      libraryList(examples, examplesError ?? 'Loading example queries…', 'example-item', (example) => [
        pickButton(example.query, example.title, example.description, example.params),
      ]),
    );
  }

  const refresh = (): void => {
    renderHistory();
    renderFavourites();
    renderExamples();
  };
  refresh();
  // New readers have no history yet: the examples are the better start.
  select(options.history.list().length === 0 ? 'examples' : 'history');

  return {
    element: el(
      'aside',
      { className: 'side-panel query-library', attrs: { 'aria-label': 'Saved and example queries' } },
      el('div', { className: 'library-tabs', attrs: { role: 'tablist', 'aria-label': 'Query lists' } }, ...tabs.values()),
      ...panels.values(),
    ),
    refresh,
    setExamples(next) {
      examples = next;
      renderExamples();
    },
    showExamplesError(message) {
      examplesError = `The example queries could not be loaded: ${message}`;
      renderExamples();
    },
    select,
  };
}
