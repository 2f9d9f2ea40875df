// Turns one extracted article into the rows both stores write: merged entities, mentions, deduplicated relations.

import { createHash } from 'node:crypto';
import type { ArticleSummary, EntitySummary, ExtractedArticle, ExtractedEntity, Predicate } from '../core/model.js';
import { InvalidArgumentError } from '../core/errors.js';
import { isEntityType, isPredicate } from '../core/vocabulary.js';

/** The stored properties of an Article node: its summary plus the text and the input path. */
export interface ArticleRow extends ArticleSummary {
  text: string;
  file: string | null;
}

/** One (Article)-[:MENTIONS]->(Entity) link; spans are kept as two parallel lists for highlighting. */
export interface MentionRow {
  entityId: string;
  count: number;
  spanStarts: number[];
  spanEnds: number[];
}

/** One stored relationship: a (subject, predicate, object) stated by one article, with its best evidence. */
export interface RelationRow {
  id: string;
  subject: string;
  predicate: Predicate;
  object: string;
  articleId: string;
  verb: string;
  confidence: number;
  sentence: string;
  sentenceStart: number;
  sentenceEnd: number;
  date: string | null;
  /** JSON object of string attributes, e.g. `{"item":"drones"}`. */
  attributes: string;
}

/** Everything one article writes, except the entity merge (which needs the stored entities). */
export interface ArticlePlan {
  article: ArticleRow;
  entities: ExtractedEntity[];
  mentions: MentionRow[];
  relations: RelationRow[];
}

/** The stable id of a stored relationship: a hash of subject|predicate|object|articleId. */
export function relationId(subject: string, predicate: Predicate, object: string, articleId: string): string {
  return createHash('sha256').update(`${subject}|${predicate}|${object}|${articleId}`).digest('hex').slice(0, 32);
}

/**
 * Plans the write of one article: validates it, drops negated relations and keeps, for each
 * (subject, predicate, object), only the highest-confidence sentence.
 * Throws InvalidArgumentError when the article is malformed (no id, unknown type or predicate,
 * an entity listed twice, or a relation whose subject or object is not among its entities).
 */
export function planArticle(article: ExtractedArticle, ingestedAt: string = new Date().toISOString()): ArticlePlan {
  if (!article.id) throw new InvalidArgumentError('writeArticle: the article has no `id`. Give every article a stable id.');
  const entityIds = new Set<string>();
  for (const entity of article.entities) {
    if (entityIds.has(entity.id)) {
      throw new InvalidArgumentError(`writeArticle: entity \`${entity.id}\` is listed twice in article \`${article.id}\`. Merge its mentions into one entry.`);
    }
    if (!isEntityType(entity.type)) {
      throw new InvalidArgumentError(`writeArticle: entity \`${entity.id}\` has unknown type \`${entity.type}\`. Use one of the ENTITY_TYPES.`);
    }
    entityIds.add(entity.id);
  }
  const best = new Map<string, RelationRow>();
  for (const relation of article.relations) {
    if (relation.negated) continue;
    if (!isPredicate(relation.predicate)) {
      throw new InvalidArgumentError(`writeArticle: unknown predicate \`${relation.predicate}\` in article \`${article.id}\`. Use one of the PREDICATES.`);
    }
    const row: RelationRow = {
      id: relationId(relation.subject, relation.predicate, relation.object, article.id),
      subject: relation.subject,
      predicate: relation.predicate,
      object: relation.object,
      articleId: article.id,
      verb: relation.verb,
      confidence: relation.confidence,
      sentence: relation.sentence,
      sentenceStart: relation.start,
      sentenceEnd: relation.end,
      date: article.publishedAt,
      attributes: JSON.stringify(relation.attributes ?? {}),
    };
    const kept = best.get(row.id);
    if (!kept || row.confidence > kept.confidence) best.set(row.id, row);
  }
  const relations = [...best.values()];
  return {
    article: {
      id: article.id,
      title: article.title,
      source: article.source,
      url: article.url,
      author: article.author,
      publishedAt: article.publishedAt,
      ingestedAt,
      text: article.text,
      parent: article.parent,
      file: article.file,
      entityCount: article.entities.length,
      relationCount: relations.length,
    },
    entities: article.entities,
    mentions: article.entities.map((entity) => ({
      entityId: entity.id,
      count: entity.mentions.length,
      spanStarts: entity.mentions.map((span) => span.start),
      spanEnds: entity.mentions.map((span) => span.end),
    })),
    relations,
  };
}

/**
 * Checks that a relation's endpoints are among the article's entities. Stores call it while
 * writing relations, inside the article's transaction, so a bad relation rolls back the whole article.
 */
export function requireRelationEndpoints(plan: ArticlePlan, relation: RelationRow): void {
  for (const endpoint of [relation.subject, relation.object]) {
    if (!plan.entities.some((entity) => entity.id === endpoint)) {
      throw new InvalidArgumentError(
        `writeArticle: relation ${relation.predicate} in article \`${plan.article.id}\` points to entity \`${endpoint}\`, which is not among the article's entities. List every relation's subject and object in \`entities\`.`,
      );
    }
  }
}

/**
 * Merges an entity as stated by one article into its stored record (or creates it):
 * aliases are unioned, counts added, firstSeen/lastSeen widened to the article's date.
 */
export function mergeEntity(stored: EntitySummary | null, incoming: ExtractedEntity, publishedAt: string | null): EntitySummary {
  const base: EntitySummary = stored ?? {
    id: incoming.id,
    name: incoming.name,
    type: incoming.type,
    aliases: [],
    articleCount: 0,
    mentionCount: 0,
    firstSeen: null,
    lastSeen: null,
  };
  const aliases = new Set([...base.aliases, ...incoming.aliases]);
  if (incoming.name !== base.name) aliases.add(incoming.name);
  aliases.delete(base.name);
  return {
    ...base,
    aliases: [...aliases],
    articleCount: base.articleCount + 1,
    mentionCount: base.mentionCount + incoming.mentions.length,
    firstSeen: earliest(base.firstSeen, publishedAt),
    lastSeen: latest(base.lastSeen, publishedAt),
  };
}

function earliest(a: string | null, b: string | null): string | null {
  if (a === null) return b;
  if (b === null) return a;
  return a < b ? a : b;
}

function latest(a: string | null, b: string | null): string | null {
  if (a === null) return b;
  if (b === null) return a;
  return a > b ? a : b;
}
