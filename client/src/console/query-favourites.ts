// Saved ("starred") queries with the names the reader gave them, kept in the browser's storage.

import { hasStringFields, readList, writeList, type KeyValueStorage } from './stored-list.js';

export interface Favourite {
  id: string;
  name: string;
  query: string;
  /** ISO timestamp of when it was starred. */
  savedAt: string;
}

const KEY = 'newsgraph.console.favourites';

const isFavourite = (value: unknown): value is Favourite => hasStringFields(value, ['id', 'name', 'query', 'savedAt']);

// crypto.randomUUID exists only in secure contexts, and the server may be reached over plain http on a LAN.
function newId(at: Date): string {
  return `${at.getTime().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

/** A name for a query starred without one: its first line, shortened. */
export function defaultFavouriteName(query: string): string {
  const firstLine = query.trim().split('\n')[0] ?? '';
  return firstLine.length > 60 ? `${firstLine.slice(0, 57)}…` : firstLine;
}

/** The reader's favourite queries, in the order they were starred (oldest first). */
export class QueryFavourites {
  constructor(
    private readonly storage: KeyValueStorage,
    private readonly key: string = KEY,
  ) {}

  /** Every favourite, oldest first. */
  list(): Favourite[] {
    return readList(this.storage, this.key, isFavourite);
  }

  /** The favourite holding exactly this query text (trimmed), if it is starred. */
  find(query: string): Favourite | undefined {
    const text = query.trim();
    return this.list().find((favourite) => favourite.query === text);
  }

  /** Stars `query` under `name` (its first line when blank); starring a starred query renames it. */
  add(query: string, name: string, savedAt: Date = new Date()): Favourite {
    const text = query.trim();
    const existing = this.find(text);
    const favourite: Favourite = {
      id: existing?.id ?? newId(savedAt),
      name: name.trim() || defaultFavouriteName(text),
      query: text,
      savedAt: existing?.savedAt ?? savedAt.toISOString(),
    };
    writeList(this.storage, this.key, existing ? this.list().map((item) => (item.id === favourite.id ? favourite : item)) : [...this.list(), favourite]);
    return favourite;
  }

  /** Renames a favourite; an unknown id changes nothing. */
  rename(id: string, name: string): Favourite[] {
    const favourites = this.list().map((item) => (item.id === id && name.trim() ? { ...item, name: name.trim() } : item));
    writeList(this.storage, this.key, favourites);
    return favourites;
  }

  /** Deletes a favourite. */
  remove(id: string): Favourite[] {
    const favourites = this.list().filter((item) => item.id !== id);
    writeList(this.storage, this.key, favourites);
    return favourites;
  }
}
