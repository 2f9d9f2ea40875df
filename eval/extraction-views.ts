// Reads an extractor's output the ways the benchmarks score it: typed mention spans and relations by text.

import type { EntityType, ExtractedArticle, ExtractedEntity, ExtractedRelation, Predicate } from '../core/model.js';
import { lookupPlace } from '../loaders/resolve/gazetteer.js';
import type { LabelledSpan } from './token-spans.js';

/** A stated (not negated) relation with its arguments as written in the evidence sentence. */
export interface SurfaceRelation {
  subject: string;
  subjectType: EntityType;
  predicate: Predicate;
  object: string;
  objectType: EntityType;
  sentence: string;
}

/** A stated relation between canonical entities. */
export interface NamedRelation {
  subject: ExtractedEntity;
  predicate: Predicate;
  object: ExtractedEntity;
  sentence: string;
}

/**
 * Every mention of every entity whose type `labelOf` maps to a label, as labelled spans, except the
 * nationality words: "German" mentions Germany in our graph (a demonym resolves to its country), but
 * it is an adjective, not a place's name, and named-entity schemes tag it MISC (CoNLL-2003) or Other
 * (CoNLL04), which are not scored.
 */
export function mentionSpans(article: ExtractedArticle, labelOf: (type: EntityType) => string | undefined): LabelledSpan[] {
  return article.entities.flatMap((entity) => {
    const label = labelOf(entity.type);
    if (!label) return [];
    return entity.mentions.filter(({ start, end }) => lookupPlace(article.text.slice(start, end))?.kind !== 'demonym').map(({ start, end }) => ({ start, end, label }));
  });
}

/** The stated relations with their subject and object entities; negated ones are not facts and are left out. */
function statedRelations(article: ExtractedArticle): Array<{ relation: ExtractedRelation; subject: ExtractedEntity; object: ExtractedEntity }> {
  const entities = new Map(article.entities.map((entity) => [entity.id, entity]));
  return article.relations.flatMap((relation) => {
    const subject = entities.get(relation.subject);
    const object = entities.get(relation.object);
    return relation.negated || !subject || !object ? [] : [{ relation, subject, object }];
  });
}

/** The stated relations between canonical entities. */
export function namedRelations(article: ExtractedArticle): NamedRelation[] {
  return statedRelations(article).map(({ relation, subject, object }) => ({
    subject,
    predicate: relation.predicate,
    object,
    sentence: relation.sentence,
  }));
}

/** How `entity` is written inside the relation's sentence: its first mention there, else its canonical name. */
function surfaceIn(article: ExtractedArticle, entity: ExtractedEntity, relation: ExtractedRelation): string {
  const mention = entity.mentions
    .filter((span) => span.start >= relation.start && span.end <= relation.end)
    .sort((a, b) => a.start - b.start)[0];
  return mention ? article.text.slice(mention.start, mention.end) : entity.name;
}

/** The stated relations with subject and object as written in their evidence sentence. */
export function surfaceRelations(article: ExtractedArticle): SurfaceRelation[] {
  return statedRelations(article).map(({ relation, subject, object }) => ({
    subject: surfaceIn(article, subject, relation),
    subjectType: subject.type,
    predicate: relation.predicate,
    object: surfaceIn(article, object, relation),
    objectType: object.type,
    sentence: relation.sentence,
  }));
}
