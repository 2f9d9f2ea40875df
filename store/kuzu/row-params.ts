// Turns planned rows into `$rows` lists of structs that Kùzu's Node binding types the same way for every row.

import type { EntitySummary } from '../../core/model.js';
import type { BatchMentionRow } from '../batch-plan.js';
import type { ArticleRow, RelationRow } from '../write-plan.js';

// Measured (kuzu 0.11.3, probe of `UNWIND $rows AS row RETURN row.x`): a list parameter takes the
// type of its first element, and a struct the types of its first values, so a later row is read
// with the first row's types: `confidence` 1 then 0.8 came back as 1 then 4605380978949069300 (the
// double's bits read as an integer), and an empty list in the first row fails the statement ("Trying
// to a create a vector with ANY type"). A null first value is fine (it takes the later rows' type).
// So: every row has the same keys in the same order (one builder per statement), fractional numbers
// travel as text (statements.ts CASTs them back, exactly: `String(x)` round-trips a double), whole
// numbers are rounded so none is fractional, and every list starts with a placeholder element that
// the statement drops (`[2:]`), so no list is ever empty.

/** The placeholder first element of a list of text, and of whole numbers; statements.ts's LIST_FIELD drops it. */
const TEXT_PLACEHOLDER = '';
const NUMBER_PLACEHOLDER = 0;

const texts = (values: string[]) => [TEXT_PLACEHOLDER, ...values];
const wholeNumbers = (values: number[]) => [NUMBER_PLACEHOLDER, ...values.map(Math.round)];

/** `$rows` for statements.UPSERT_ENTITIES. */
export function entityParams(entities: EntitySummary[]): Record<string, unknown>[] {
  return entities.map((entity) => ({
    id: entity.id,
    name: entity.name,
    type: entity.type,
    aliases: texts(entity.aliases),
    articleCount: Math.round(entity.articleCount),
    mentionCount: Math.round(entity.mentionCount),
    firstSeen: entity.firstSeen,
    lastSeen: entity.lastSeen,
  }));
}

/** `$rows` for statements.CREATE_ARTICLES. */
export function articleParams(articles: ArticleRow[]): Record<string, unknown>[] {
  return articles.map((article) => ({
    id: article.id,
    title: article.title,
    source: article.source,
    url: article.url,
    author: article.author,
    publishedAt: article.publishedAt,
    ingestedAt: article.ingestedAt,
    text: article.text,
    parent: article.parent,
    file: article.file,
    entityCount: Math.round(article.entityCount),
    relationCount: Math.round(article.relationCount),
  }));
}

/** `$rows` for statements.CREATE_MENTIONS. */
export function mentionParams(mentions: BatchMentionRow[]): Record<string, unknown>[] {
  return mentions.map((mention) => ({
    articleId: mention.articleId,
    entityId: mention.entityId,
    count: Math.round(mention.count),
    spanStarts: wholeNumbers(mention.spanStarts),
    spanEnds: wholeNumbers(mention.spanEnds),
  }));
}

/** `$rows` for one of statements.CREATE_RELATIONS. */
export function relationParams(relations: RelationRow[]): Record<string, unknown>[] {
  return relations.map((relation) => ({
    subject: relation.subject,
    object: relation.object,
    id: relation.id,
    articleId: relation.articleId,
    verb: relation.verb,
    confidence: String(relation.confidence),
    sentence: relation.sentence,
    sentenceStart: Math.round(relation.sentenceStart),
    sentenceEnd: Math.round(relation.sentenceEnd),
    date: relation.date,
    attributes: relation.attributes,
  }));
}
