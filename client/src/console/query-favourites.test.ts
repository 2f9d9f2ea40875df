// Tests of the console's saved (starred) queries.

import { QueryFavourites } from './query-favourites.js';
import type { KeyValueStorage } from './stored-list.js';

/** The browser's localStorage, reduced to what the console uses and kept in memory. */
function memoryStorage(): KeyValueStorage {
  const items = new Map<string, string>();
  return { getItem: (key) => items.get(key) ?? null, setItem: (key, value) => void items.set(key, value) };
}

describe('favourite queries', () => {
  it('keeps a starred query under the name given, across page loads', () => {
    const storage = memoryStorage();
    new QueryFavourites(storage).add('MATCH (p:Entity {type: "PERSON"}) RETURN p', 'All people');
    expect(new QueryFavourites(storage).list()).toEqual([expect.objectContaining({ name: 'All people', query: 'MATCH (p:Entity {type: "PERSON"}) RETURN p' })]);
  });

  it('names an unnamed favourite after the first line of its query', () => {
    const favourites = new QueryFavourites(memoryStorage());
    expect(favourites.add('MATCH (n)\nRETURN n', '  ').name).toBe('MATCH (n)');
  });

  it('renames instead of duplicating when the same query is starred again', () => {
    const favourites = new QueryFavourites(memoryStorage());
    const first = favourites.add('RETURN 1', 'One');
    const again = favourites.add('RETURN 1 ', 'The number one');
    expect(again.id).toBe(first.id);
    expect(favourites.list().map((item) => item.name)).toEqual(['The number one']);
  });

  it('renames and deletes by id, and finds a query that is starred', () => {
    const favourites = new QueryFavourites(memoryStorage());
    const one = favourites.add('RETURN 1', 'One');
    const two = favourites.add('RETURN 2', 'Two');
    favourites.rename(one.id, 'First');
    expect(favourites.find('RETURN 1')?.name).toBe('First');
    expect(favourites.remove(two.id).map((item) => item.query)).toEqual(['RETURN 1']);
    expect(favourites.find('RETURN 2')).toBeUndefined();
  });
});
