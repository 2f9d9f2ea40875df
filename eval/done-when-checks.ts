// The extraction issue's "done when" on the seed articles, as checks anyone can re-run: the edges the
// brief names (with their evidence), one person for Zelensky / Zelenskiy, and no relation that joins a
// main story to one of its "Related Articles" stories. Our own sample articles state the same facts,
// so the same checks run on them in `npm test`.

import type { ExtractedArticle, ExtractedEntity, ExtractedRelation, Predicate } from '../core/model.js';
import { PREDICATES } from '../core/vocabulary.js';
import { nameKey } from '../loaders/resolve/entity-id.js';

/** An edge the brief expects: ends by name (any spelling with the same name key), an item for supplies. */
export interface ExpectedEdge {
  subject: string;
  predicate: Predicate;
  object: string;
  /** A word the `item` attribute must contain ("drones"). */
  item?: string;
}

export const DONE_WHEN_EDGES: readonly ExpectedEdge[] = [
  { subject: 'Vladimir Putin', predicate: 'SPOKE_WITH', object: 'Ebrahim Raisi' },
  { subject: 'Donald Trump', predicate: 'REJECTED', object: 'Vladimir Putin' },
  { subject: 'Iran', predicate: 'SUPPLIES', object: 'Russia', item: 'drone' },
  { subject: 'Vladimir Putin', predicate: 'LEADS', object: 'Russia' },
  { subject: 'Donald Trump', predicate: 'LEADS', object: 'United States' },
  { subject: 'Ebrahim Raisi', predicate: 'LEADS', object: 'Iran' },
  { subject: 'Benjamin Netanyahu', predicate: 'LEADS', object: 'Israel' },
  { subject: 'Volodymyr Zelensky', predicate: 'LEADS', object: 'Ukraine' },
  { subject: 'Russia', predicate: 'SUPPLIES', object: 'Iran' },
  { subject: 'Israel', predicate: 'ATTACKED', object: 'Iran' },
  { subject: 'Donald Trump', predicate: 'WARNED', object: 'Vladimir Putin' },
  { subject: 'Donald Trump', predicate: 'SPOKE_WITH', object: 'Vladimir Putin' },
];

/** Spellings that must name one person across the run. */
export const ONE_PERSON = ['Zelensky', 'Zelenskiy'] as const;

export interface EdgeCheck {
  edge: ExpectedEdge;
  /** The evidence of every matching relation: article id and sentence. */
  evidence: { articleId: string; sentence: string }[];
}

export interface DoneWhenReport {
  edges: EdgeCheck[];
  /** The entity ids the ONE_PERSON spellings name (as name or alias); one id when resolved. */
  onePersonIds: string[];
  /** Relations whose ends are not both entities of their own article, or whose evidence is not in its text. */
  crossStoryRelations: { articleId: string; relation: ExtractedRelation }[];
}

function names(entity: ExtractedEntity): string[] {
  return [entity.name, ...entity.aliases].map(nameKey);
}

function matches(relation: ExtractedRelation, edge: ExpectedEdge, byId: Map<string, ExtractedEntity>): boolean {
  const named = (id: string, name: string) => byId.get(id) !== undefined && names(byId.get(id)!).includes(nameKey(name));
  const forward = named(relation.subject, edge.subject) && named(relation.object, edge.object);
  const backward = PREDICATES[edge.predicate].symmetric && named(relation.subject, edge.object) && named(relation.object, edge.subject);
  const item = edge.item === undefined || (relation.attributes.item ?? '').toLowerCase().includes(edge.item);
  return relation.predicate === edge.predicate && !relation.negated && (forward || backward) && item;
}

/** Checks extracted articles (a whole run, resolved across articles) against the done-when list. */
export function checkDoneWhen(articles: readonly ExtractedArticle[], expected: readonly ExpectedEdge[] = DONE_WHEN_EDGES): DoneWhenReport {
  const edges: EdgeCheck[] = expected.map((edge) => ({ edge, evidence: [] }));
  const onePersonIds = new Set<string>();
  const crossStoryRelations: DoneWhenReport['crossStoryRelations'] = [];
  const spellings = ONE_PERSON.map(nameKey);
  for (const article of articles) {
    const byId = new Map(article.entities.map((entity) => [entity.id, entity]));
    for (const entity of article.entities) {
      if (entity.type === 'PERSON' && names(entity).some((name) => spellings.some((spelling) => name === spelling || name.endsWith(`-${spelling}`)))) onePersonIds.add(entity.id);
    }
    for (const relation of article.relations) {
      const inStory = byId.has(relation.subject) && byId.has(relation.object) && article.text.slice(relation.start, relation.end) === relation.sentence;
      if (!inStory) crossStoryRelations.push({ articleId: article.id, relation });
      for (const check of edges) {
        if (matches(relation, check.edge, byId)) check.evidence.push({ articleId: article.id, sentence: relation.sentence });
      }
    }
  }
  return { edges, onePersonIds: [...onePersonIds].sort(), crossStoryRelations };
}
