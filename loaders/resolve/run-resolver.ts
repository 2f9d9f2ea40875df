// Cross-article resolution for one run: a person named in full in an earlier article is recognised
// by surname (or another spelling) in a later one. It runs on the main thread, in input order, after
// each article has been extracted on its own (possibly on a worker thread), so results do not depend
// on which thread extracted what, nor on how many threads there are.

import type { CleanArticle, ExtractedArticle, ExtractedEntity } from '../../core/model.js';
import { extractArticle, type ArticleExtraction } from '../extract/extract-article.js';
import { keepBestRelations } from '../extract/relation-set.js';
import { entityId } from './entity-id.js';
import { NameRegistry } from './name-registry.js';

export interface RunResolver {
  /**
   * The article as the run reads it: people renamed to the run's spelling of their names. An
   * article that asked for a surname or a leader only an earlier article named is extracted again,
   * here, with the run's names (a bare "Zelenskiy" is then a person). Then learns the article's names.
   */
  resolve(extraction: ArticleExtraction): ExtractedArticle;
  /** Whether the article names a person by one word that no article of the run so far gave in full. */
  awaitsName(extraction: ArticleExtraction): boolean;
  /** Learns the full names and leaders an article gave, before it is resolved. */
  learn(extraction: ArticleExtraction): void;
}

/**
 * One resolver per run; feed it the articles in input order. `storedPeople` are full names an earlier
 * run stored: a one-word person ("President Zelensky") the run itself cannot tie to a full name is
 * tied to one of them. They never make a word a person, nor cause an article to be read again.
 */
export function createRunResolver(storedPeople: readonly string[] = []): RunResolver {
  const run = new NameRegistry();
  const stored = new NameRegistry();
  for (const name of storedPeople) stored.addPerson(name);
  return {
    resolve(extraction) {
      const reread = run.answersAny(extraction.unanswered) ? extractArticle(cleanPart(extraction.article), run) : extraction;
      const resolved = renamePeople(reread.article, run, stored);
      run.learn(reread.names);
      return resolved;
    },
    awaitsName: ({ article }) =>
      article.entities.some((entity) => entity.type === 'PERSON' && !/\s/.test(entity.name) && !run.knowsSurname(entity.name) && !stored.knowsSurname(entity.name)),
    learn: ({ names }) => run.learn(names),
  };
}

function cleanPart({ entities: _entities, relations: _relations, ...clean }: ExtractedArticle): CleanArticle {
  return clean;
}

/** The full name the run (else the store) knows for a person entity of one article, if it differs from the entity's name. */
function runName(entity: ExtractedEntity, run: NameRegistry, stored: NameRegistry): string | undefined {
  if (entity.type !== 'PERSON') return undefined;
  let known: string | undefined;
  if (/\s/.test(entity.name)) known = run.canonicalPerson(entity.name);
  else {
    // A bare surname: the run's full name first, the store's only when the run has none.
    const registry = run.knowsSurname(entity.name) || !stored.knowsSurname(entity.name) ? run : stored;
    known = registry.personBySurname(entity.name);
  }
  return known === entity.name ? undefined : known;
}

/** Renames people to the run's spelling of their full names, merging entities that become one. */
function renamePeople(article: ExtractedArticle, run: NameRegistry, stored: NameRegistry): ExtractedArticle {
  if (!article.entities.some((entity) => runName(entity, run, stored))) return article;
  const renamed = new Map<string, string>();
  const entities = new Map<string, ExtractedEntity>();
  for (const entity of article.entities) {
    const name = runName(entity, run, stored);
    const id = name ? entityId(entity.type, name) : entity.id;
    if (id !== entity.id) renamed.set(entity.id, id);
    const merged = entities.get(id) ?? { ...entity, id, name: name ?? entity.name, aliases: [], mentions: [] };
    entities.set(id, merged);
    // The name the article used becomes an alias of the run's name ("Zelenskiy" of "Volodymyr Zelensky").
    for (const alias of [entity.name, ...entity.aliases]) {
      if (alias !== merged.name && !merged.aliases.includes(alias)) merged.aliases.push(alias);
    }
    for (const span of entity.mentions) {
      if (!merged.mentions.some((m) => m.start === span.start && m.end === span.end)) merged.mentions.push(span);
    }
  }
  const idOf = (id: string) => renamed.get(id) ?? id;
  const relations = keepBestRelations(article.relations.map((r) => ({ ...r, subject: idOf(r.subject), object: idOf(r.object) })));
  return { ...article, entities: [...entities.values()], relations };
}
