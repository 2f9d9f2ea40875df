// Maps the plain rows both engines return (same column names) onto the API's records.

import type { ArticleMention, ArticleSummary, EntitySummary, EntityType, Evidence, Predicate, StoreStats } from '../core/model.js';

/** Builds an EntitySummary from stored Entity properties, tolerating empty lists stored as null. */
export function toEntitySummary(properties: Record<string, unknown>): EntitySummary {
  return {
    id: String(properties.id),
    name: String(properties.name),
    type: properties.type as EntityType,
    aliases: Array.isArray(properties.aliases) ? properties.aliases.map(String) : [],
    articleCount: Number(properties.articleCount ?? 0),
    mentionCount: Number(properties.mentionCount ?? 0),
    firstSeen: nullableString(properties.firstSeen),
    lastSeen: nullableString(properties.lastSeen),
  };
}

/** Builds an ArticleSummary from a row with the Article's summary columns. */
export function toArticleSummary(row: Record<string, unknown>): ArticleSummary {
  return {
    id: String(row.id),
    title: String(row.title ?? ''),
    source: nullableString(row.source),
    url: nullableString(row.url),
    author: nullableString(row.author),
    publishedAt: nullableString(row.publishedAt),
    ingestedAt: String(row.ingestedAt),
    parent: nullableString(row.parent),
    entityCount: Number(row.entityCount ?? 0),
    relationCount: Number(row.relationCount ?? 0),
  };
}

/** Builds an Evidence record from a row with the evidence columns (relationship + article). */
export function toEvidence(row: Record<string, unknown>): Evidence {
  return {
    id: String(row.id),
    subject: String(row.subject),
    predicate: row.predicate as Predicate,
    object: String(row.object),
    verb: String(row.verb ?? ''),
    confidence: Number(row.confidence ?? 0),
    sentence: String(row.sentence ?? ''),
    start: Number(row.sentenceStart ?? 0),
    end: Number(row.sentenceEnd ?? 0),
    attributes: JSON.parse(String(row.attributes ?? '{}')) as Record<string, string>,
    articleId: String(row.articleId),
    articleTitle: String(row.articleTitle ?? ''),
    source: nullableString(row.source),
    url: nullableString(row.url),
    date: nullableString(row.date),
  };
}

/** Expands one MENTIONS row (parallel span lists) into one highlightable mention per span, in text order. */
export function toArticleMentions(rows: Record<string, unknown>[]): ArticleMention[] {
  const mentions: ArticleMention[] = [];
  for (const row of rows) {
    const starts = Array.isArray(row.spanStarts) ? row.spanStarts : [];
    const ends = Array.isArray(row.spanEnds) ? row.spanEnds : [];
    starts.forEach((start, index) => {
      mentions.push({
        entityId: String(row.entityId),
        name: String(row.name),
        type: row.type as EntityType,
        start: Number(start),
        end: Number(ends[index]),
      });
    });
  }
  return mentions.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** Evidence sorted newest first (undated last), then most confident first. */
export function newestEvidenceFirst(a: Evidence, b: Evidence): number {
  if (a.date !== b.date) {
    if (a.date === null) return 1;
    if (b.date === null) return -1;
    return a.date < b.date ? 1 : -1;
  }
  return b.confidence - a.confidence;
}

function nullableString(value: unknown): string | null {
  return value === null || value === undefined ? null : String(value);
}

/** Turns `{key, n}` count rows into a record keyed by `key`. */
export function countsByKey<K extends string>(rows: Record<string, unknown>[]): Partial<Record<K, number>> {
  return Object.fromEntries(rows.map((row) => [String(row.key), Number(row.n)])) as Partial<Record<K, number>>;
}

/** Assembles StoreStats from the four count queries every store runs. */
export function toStoreStats(counts: {
  articles: Record<string, unknown>[];
  byType: Record<string, unknown>[];
  byPredicate: Record<string, unknown>[];
  mentions: Record<string, unknown>[];
}): StoreStats {
  const entitiesByType = countsByKey<EntityType>(counts.byType);
  const relationsByPredicate = countsByKey<Predicate>(counts.byPredicate);
  const total = (values: (number | undefined)[]) => values.reduce<number>((sum, value) => sum + (value ?? 0), 0);
  return {
    articles: Number(counts.articles[0]?.n ?? 0),
    entities: total(Object.values(entitiesByType)),
    relations: total(Object.values(relationsByPredicate)),
    mentions: Number(counts.mentions[0]?.n ?? 0),
    entitiesByType,
    relationsByPredicate,
  };
}
