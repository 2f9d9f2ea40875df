// Cross-article resolution when the surname comes before the full name in the run.

import type { CleanArticle, ExtractedArticle } from '../../core/model.js';
import { extractArticle } from '../extract/extract-article.js';
import { createResolutionQueue } from './resolution-queue.js';
import { createRunResolver } from './run-resolver.js';

const article = (id: string, text: string): CleanArticle => ({ id, file: null, parent: null, title: 'Test story', source: null, url: null, author: null, publishedAt: null, text });
const people = (out: ExtractedArticle) => out.entities.filter((entity) => entity.type === 'PERSON');

describe('createResolutionQueue', () => {
  it('makes a surname named before the full name one person with it, once the run ends', () => {
    const queue = createResolutionQueue();
    expect(queue.take(extractArticle(article('s1', 'President Okonkwo opened the new port on Monday.')))).toEqual([]);
    const [second] = queue.take(extractArticle(article('s2', 'Nigerian President Chidi Okonkwo met traders in Lagos.')));
    const [first] = queue.finish();
    expect(first.id).toBe('s1');
    expect(people(first).map((person) => person.id)).toEqual(people(second).map((person) => person.id));
    expect(people(first)[0]).toMatchObject({ name: 'Chidi Okonkwo', aliases: ['Okonkwo'] });
  });

  it('lets through at once an article whose surname the run already knows in full', () => {
    const queue = createResolutionQueue();
    queue.take(extractArticle(article('k1', 'Nigerian President Chidi Okonkwo met traders in Lagos.')));
    const ready = queue.take(extractArticle(article('k2', 'President Okonkwo opened the new port on Monday.')));
    expect(ready.map((out) => out.id)).toEqual(['k2']);
    expect(people(ready[0])[0].name).toBe('Chidi Okonkwo');
    expect(queue.finish()).toEqual([]);
  });

  it('keeps a surname nobody names in full as it is, at the end of the run', () => {
    const queue = createResolutionQueue();
    queue.take(extractArticle(article('u1', 'President Okonkwo opened the new port on Monday.')));
    const [alone] = queue.finish();
    expect(people(alone)[0].name).toBe('Okonkwo');
  });

  it('sends the oldest waiting article out when more than the limit wait', () => {
    const queue = createResolutionQueue(createRunResolver(), 1);
    expect(queue.take(extractArticle(article('w1', 'President Okonkwo opened the new port on Monday.')))).toEqual([]);
    const ready = queue.take(extractArticle(article('w2', 'Senator Abara spoke in Abuja on Tuesday.')));
    expect(ready.map((out) => out.id)).toEqual(['w1']);
    expect(queue.finish().map((out) => out.id)).toEqual(['w2']);
  });
});
