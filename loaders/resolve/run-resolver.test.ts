// Cross-article resolution on the main thread: articles extracted on their own, then read as one run.

import type { CleanArticle } from '../../core/model.js';
import { extractArticle } from '../extract/extract-article.js';
import { createRunResolver } from './run-resolver.js';

const article = (id: string, text: string): CleanArticle => ({ id, file: null, parent: null, title: 'Test story', source: null, url: null, author: null, publishedAt: null, text });

describe('createRunResolver', () => {
  it("gives a later article's other spelling of a full name the run's first spelling, keeping it as an alias", () => {
    const resolver = createRunResolver();
    resolver.resolve(extractArticle(article('a1', 'Ukrainian President Volodymyr Zelensky addressed parliament on Friday.')));
    const second = resolver.resolve(extractArticle(article('a2', 'Volodymyr Zelenskiy met Dutch officials in Kyiv on Saturday.')));
    const person = second.entities.find((entity) => entity.type === 'PERSON');
    expect(person?.name).toBe('Volodymyr Zelensky');
    expect(person?.aliases).toContain('Volodymyr Zelenskiy');
  });

  it('reads an article again with the names of earlier ones when it asked for a surname it did not know', () => {
    const resolver = createRunResolver();
    const alone = extractArticle(article('b2', 'In a speech, Kowalczyk criticized NATO.'));
    expect(alone.unanswered.surnames).toContain('Kowalczyk');
    resolver.resolve(extractArticle(article('b1', 'Polish Defence Minister Anna Kowalczyk chaired a meeting.')));
    const out = resolver.resolve(alone);
    const name = (id: string) => out.entities.find((entity) => entity.id === id)?.name;
    expect(out.relations.map((r) => `${name(r.subject)} ${r.predicate} ${name(r.object)}`)).toContain('Anna Kowalczyk CRITICIZED NATO');
  });
});
