// Tests of the console's query history and of stepping through it from the editor.

import { HistoryNavigation } from './history-navigation.js';
import { QueryHistory } from './query-history.js';
import type { KeyValueStorage } from './stored-list.js';

/** The browser's localStorage, reduced to what the console uses and kept in memory. */
function memoryStorage(initial: Record<string, string> = {}): KeyValueStorage {
  const items = new Map(Object.entries(initial));
  return { getItem: (key) => items.get(key) ?? null, setItem: (key, value) => void items.set(key, value) };
}

describe('query history', () => {
  it('lists run queries newest first', () => {
    const history = new QueryHistory(memoryStorage());
    history.add('MATCH (n) RETURN n LIMIT 1');
    history.add('MATCH (e:Entity) RETURN e.name');
    expect(history.list().map((entry) => entry.query)).toEqual(['MATCH (e:Entity) RETURN e.name', 'MATCH (n) RETURN n LIMIT 1']);
  });

  it('keeps the history across page loads (a new history on the same storage)', () => {
    const storage = memoryStorage();
    new QueryHistory(storage).add('RETURN 1');
    expect(new QueryHistory(storage).list()[0]?.query).toBe('RETURN 1');
  });

  it('moves a query run again to the top instead of listing it twice', () => {
    const history = new QueryHistory(memoryStorage());
    history.add('RETURN 1');
    history.add('RETURN 2');
    history.add('  RETURN 1\n');
    expect(history.list().map((entry) => entry.query)).toEqual(['RETURN 1', 'RETURN 2']);
  });

  it('ignores blank queries and drops the oldest beyond the limit', () => {
    const history = new QueryHistory(memoryStorage(), { limit: 2 });
    for (const query of ['RETURN 1', '   ', 'RETURN 2', 'RETURN 3']) history.add(query);
    expect(history.list().map((entry) => entry.query)).toEqual(['RETURN 3', 'RETURN 2']);
  });

  it('starts empty instead of failing when the stored history is corrupt', () => {
    const history = new QueryHistory(memoryStorage({ 'newsgraph.console.history': '{not json' }));
    expect(history.list()).toEqual([]);
    history.add('RETURN 1');
    expect(history.list()).toHaveLength(1);
  });

  it('still records nothing but keeps working when the browser refuses to store', () => {
    const full: KeyValueStorage = { getItem: () => null, setItem: () => { throw new DOMException('full', 'QuotaExceededError'); } };
    expect(new QueryHistory(full).add('RETURN 1').map((entry) => entry.query)).toEqual(['RETURN 1']);
  });

  it('removes one query and clears all', () => {
    const history = new QueryHistory(memoryStorage());
    history.add('RETURN 1');
    history.add('RETURN 2');
    expect(history.remove('RETURN 2').map((entry) => entry.query)).toEqual(['RETURN 1']);
    history.clear();
    expect(history.list()).toEqual([]);
  });
});

describe('stepping through the history with Ctrl+Up and Ctrl+Down', () => {
  const queries = ['RETURN 3', 'RETURN 2', 'RETURN 1'];

  it('goes to older queries, then back to the unsent draft', () => {
    const navigation = new HistoryNavigation(() => queries);
    expect(navigation.older('MATCH (n')).toBe('RETURN 3');
    expect(navigation.older('RETURN 3')).toBe('RETURN 2');
    expect(navigation.newer()).toBe('RETURN 3');
    expect(navigation.newer()).toBe('MATCH (n');
    expect(navigation.newer()).toBeNull();
  });

  it('stops at the oldest query', () => {
    const navigation = new HistoryNavigation(() => queries);
    for (let step = 0; step < 3; step++) navigation.older('');
    expect(navigation.older('RETURN 1')).toBeNull();
  });

  it('starts again from the newest after a reset', () => {
    const navigation = new HistoryNavigation(() => queries);
    navigation.older('draft');
    navigation.older('RETURN 3');
    navigation.reset();
    expect(navigation.older('other draft')).toBe('RETURN 3');
  });
});
