// A list of records kept as JSON under one key of the browser's storage (history, favourites).

/** The part of the Web Storage API the console uses; `localStorage` in the browser. */
export type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem'>;

/** Reads the list under `key`, keeping only the items `isItem` accepts; missing or corrupt data reads as empty. */
export function readList<T>(storage: KeyValueStorage, key: string, isItem: (value: unknown) => value is T): T[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(storage.getItem(key) ?? '[]');
  } catch {
    // Hand-edited or half-written storage must not lock the reader out of the console.
    return [];
  }
  return Array.isArray(parsed) ? parsed.filter(isItem) : [];
}

/** Writes the list under `key`; returns false when the browser refused (storage full or disabled). */
export function writeList<T>(storage: KeyValueStorage, key: string, items: readonly T[]): boolean {
  try {
    storage.setItem(key, JSON.stringify(items));
    return true;
  } catch {
    // A full or disabled storage loses the history, never the query being run.
    return false;
  }
}

/** True when `value` is an object whose `keys` are all strings. */
export function hasStringFields(value: unknown, keys: readonly string[]): value is Record<string, string> {
  return typeof value === 'object' && value !== null && keys.every((key) => typeof (value as Record<string, unknown>)[key] === 'string');
}
