// The star beside Run: stars the query in the editor under a name, renames it, or removes the star.

import { el } from '../dom.js';
import { defaultFavouriteName, type QueryFavourites } from './query-favourites.js';

export interface FavouriteControlOptions {
  favourites: QueryFavourites;
  /** The editor's current text. */
  query(): string;
  /** A favourite was added, renamed or removed. */
  onChange(): void;
}

/** Builds the star button and its small naming form; `refresh` re-reads whether the current query is starred. */
export function createFavouriteControl(options: FavouriteControlOptions): { element: HTMLElement; refresh(): void } {
  const star = el('button', {
    className: 'button ghost star-button',
    attrs: { type: 'button', 'data-testid': 'cypher-star', 'aria-expanded': 'false', 'aria-controls': 'favourite-form' },
    on: { click: () => (form.hidden ? open() : close()) },
  });
  const nameInput = el('input', { className: 'favourite-name', attrs: { type: 'text', 'aria-label': 'Name of the favourite', 'data-testid': 'favourite-name', maxlength: 120 } });
  const remove = el('button', { className: 'button ghost', attrs: { type: 'button', 'data-testid': 'favourite-remove' }, on: { click: () => unstar() } }, 'Remove star');
  const form = el(
    'form',
    {
      className: 'favourite-form',
      attrs: { id: 'favourite-form', 'aria-label': 'Star this query' },
      on: {
        submit: (event) => {
          event.preventDefault();
          options.favourites.add(options.query(), nameInput.value);
          close();
          options.onChange();
        },
        keydown: (event) => {
          if (event.key === 'Escape') close();
        },
      },
    },
    nameInput,
    el('button', { className: 'button primary', attrs: { type: 'submit', 'data-testid': 'favourite-save' } }, 'Save'),
    remove,
  );
  form.hidden = true;

  function refresh(): void {
    const starred = options.favourites.find(options.query());
    star.textContent = starred ? '★' : '☆';
    star.disabled = !options.query().trim();
    star.setAttribute('aria-label', starred ? `Starred as “${starred.name}”: rename or remove the star` : 'Star this query');
    star.title = star.getAttribute('aria-label') ?? '';
    star.classList.toggle('starred', Boolean(starred));
  }

  function open(): void {
    const starred = options.favourites.find(options.query());
    nameInput.value = starred?.name ?? defaultFavouriteName(options.query());
    remove.hidden = !starred;
    form.hidden = false;
    star.setAttribute('aria-expanded', 'true');
    nameInput.select();
    nameInput.focus();
  }

  function close(): void {
    form.hidden = true;
    star.setAttribute('aria-expanded', 'false');
    refresh();
  }

  function unstar(): void {
    const starred = options.favourites.find(options.query());
    if (starred) options.favourites.remove(starred.id);
    close();
    options.onChange();
  }

  refresh();
  return { element: el('div', { className: 'favourite-control' }, star, form), refresh };
}
