// The fixed vocabularies shared by every part: entity types and CAMEO-aligned relation predicates.

/** Entity types, in the order the legend shows them. */
export const ENTITY_TYPES = [
  'PERSON',
  'ORGANIZATION',
  'COUNTRY',
  'LOCATION',
  'FACILITY',
  'WEAPON',
  'EVENT',
  'OTHER',
] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/** The entity types that are places: something can lie, be based or live in them. */
export const PLACE_TYPES: readonly EntityType[] = ['LOCATION', 'COUNTRY'];

/** How an edge is grouped for colouring, after GDELT's QuadClass plus roles and places. */
export const RELATION_GROUPS = [
  'verbal-cooperation',
  'material-cooperation',
  'verbal-conflict',
  'material-conflict',
  'role',
  'place',
] as const;
export type RelationGroup = (typeof RELATION_GROUPS)[number];

export interface PredicateInfo {
  /** CAMEO root code(s), or "role" / "place" for non-event relations. */
  cameo: string;
  group: RelationGroup;
  /** True when "A pred B" says the same as "B pred A" (a call, a meeting). */
  symmetric: boolean;
  /** Short human label for the UI. */
  label: string;
}

/** The relation vocabulary of DESIGN.md; the single list every part registers against. */
export const PREDICATES = {
  APPEALED_TO: { cameo: '02', group: 'verbal-cooperation', symmetric: false, label: 'appealed to' },
  OFFERED: { cameo: '03', group: 'verbal-cooperation', symmetric: false, label: 'offered' },
  SPOKE_WITH: { cameo: '04', group: 'verbal-cooperation', symmetric: true, label: 'spoke with' },
  MET_WITH: { cameo: '04', group: 'verbal-cooperation', symmetric: true, label: 'met with' },
  NEGOTIATED_WITH: { cameo: '04-05', group: 'verbal-cooperation', symmetric: true, label: 'negotiated with' },
  COOPERATES_WITH: { cameo: '05-06', group: 'material-cooperation', symmetric: true, label: 'cooperates with' },
  SUPPORTS: { cameo: '05,07', group: 'material-cooperation', symmetric: false, label: 'supports' },
  SUPPLIES: { cameo: '06-07', group: 'material-cooperation', symmetric: false, label: 'supplies' },
  DEMANDED: { cameo: '10', group: 'verbal-conflict', symmetric: false, label: 'demanded' },
  CRITICIZED: { cameo: '11', group: 'verbal-conflict', symmetric: false, label: 'criticized' },
  REJECTED: { cameo: '12', group: 'verbal-conflict', symmetric: false, label: 'rejected' },
  WARNED: { cameo: '13', group: 'verbal-conflict', symmetric: false, label: 'warned' },
  THREATENED: { cameo: '13', group: 'verbal-conflict', symmetric: false, label: 'threatened' },
  DEPLOYED_TO: { cameo: '15', group: 'material-conflict', symmetric: false, label: 'deployed to' },
  SANCTIONED: { cameo: '16', group: 'material-conflict', symmetric: false, label: 'sanctioned' },
  ATTACKED: { cameo: '18-20', group: 'material-conflict', symmetric: false, label: 'attacked' },
  FOUGHT: { cameo: '19', group: 'material-conflict', symmetric: true, label: 'fought' },
  KILLED: { cameo: '18-20', group: 'material-conflict', symmetric: false, label: 'killed' },
  LEADS: { cameo: 'role', group: 'role', symmetric: false, label: 'leads' },
  WORKS_FOR: { cameo: 'role', group: 'role', symmetric: false, label: 'works for' },
  LOCATED_IN: { cameo: 'place', group: 'place', symmetric: false, label: 'located in' },
} as const satisfies Record<string, PredicateInfo>;

export type Predicate = keyof typeof PREDICATES;
export const PREDICATE_NAMES = Object.keys(PREDICATES) as Predicate[];

/** True when `name` is one of the vocabulary's predicates. */
export function isPredicate(name: string): name is Predicate {
  return Object.prototype.hasOwnProperty.call(PREDICATES, name);
}

/** True when `name` is one of the entity types. */
export function isEntityType(name: string): name is EntityType {
  return (ENTITY_TYPES as readonly string[]).includes(name);
}
