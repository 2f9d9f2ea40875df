// Curated word lists the rule-based extractor relies on: titles, organisation/place/facility/weapon cues.
// Hand-written because no maintained package lists news-style titles and cue words; country data
// comes from `world-countries` (see resolve/gazetteer.ts).

import type { EntityType } from '../../core/vocabulary.js';

/** What a title says about the person's tie to the body before it. */
export type TitleRole = 'LEADS' | 'WORKS_FOR' | 'NONE';

/** Head nouns of titles, with the role they imply ("President" leads, "spokesperson" works for). */
export const TITLE_HEADS: Record<string, TitleRole> = {
  president: 'LEADS',
  'prime minister': 'LEADS',
  premier: 'LEADS',
  chancellor: 'LEADS',
  king: 'LEADS',
  queen: 'LEADS',
  emir: 'LEADS',
  'supreme leader': 'LEADS',
  leader: 'LEADS',
  head: 'LEADS',
  chief: 'LEADS',
  dictator: 'LEADS',
  governor: 'LEADS',
  mayor: 'LEADS',
  'president-elect': 'NONE',
  counterpart: 'NONE',
  minister: 'WORKS_FOR',
  'secretary of state': 'WORKS_FOR',
  'secretary-general': 'WORKS_FOR',
  'secretary general': 'WORKS_FOR',
  secretary: 'WORKS_FOR',
  spokesperson: 'WORKS_FOR',
  spokesman: 'WORKS_FOR',
  spokeswoman: 'WORKS_FOR',
  envoy: 'WORKS_FOR',
  ambassador: 'WORKS_FOR',
  adviser: 'WORKS_FOR',
  advisor: 'WORKS_FOR',
  aide: 'WORKS_FOR',
  commander: 'WORKS_FOR',
  'lieutenant general': 'WORKS_FOR',
  general: 'WORKS_FOR',
  colonel: 'WORKS_FOR',
  admiral: 'WORKS_FOR',
  official: 'WORKS_FOR',
  diplomat: 'WORKS_FOR',
  senator: 'WORKS_FOR',
  // The abbreviations American news writes before a name ("Ohio Gov. Richard Celeste", "U.S. Sen. Mitch McConnell").
  'gov .': 'LEADS',
  'sen .': 'WORKS_FOR',
  'rep .': 'WORKS_FOR',
  lawmaker: 'WORKS_FOR',
  'chief of staff': 'WORKS_FOR',
  director: 'WORKS_FOR',
  commissioner: 'WORKS_FOR',
  judge: 'WORKS_FOR',
  professor: 'WORKS_FOR',
  coach: 'WORKS_FOR',
  manager: 'WORKS_FOR',
  captain: 'WORKS_FOR',
  analyst: 'NONE',
  economist: 'NONE',
  broker: 'NONE',
};

/** Words that may precede a title head ("Deputy Foreign Minister", "top military commander"). */
export const TITLE_MODIFIERS = [
  'deputy', 'vice', 'acting', 'first', 'top', 'senior', 'chief', 'former', 'ex', 'retired', 'foreign', 'defense',
  'defence', 'finance', 'interior', 'justice', 'economy', 'energy', 'health', 'transportation', 'transport',
  'military', 'national', 'security', 'policy', 'presidential', 'press', 'special', 'local', 'regional', 'state',
  'army', 'navy', 'air', 'force', 'intelligence', 'trade', 'education', 'farm', 'agriculture', 'industry', 'labour',
  'labor', 'environment', 'culture', 'sports', 'general', 'team', 'club', 'national',
];

/** Modifiers that make a leading title a subordinate one ("Deputy Prime Minister" works for, not leads). */
export const SUBORDINATE_MODIFIERS = new Set(['deputy', 'vice', 'acting']);

/** Modifiers that say the role is over; no current role relation is drawn from them. */
export const PAST_MODIFIERS = new Set(['former', 'ex', 'retired']);

/** Last words that make a capitalised phrase an organisation ("Foreign Ministry", "Security Council"). */
export const ORGANIZATION_CUES = new Set([
  'ministry', 'council', 'army', 'forces', 'force', 'navy', 'agency', 'authority', 'corps', 'party', 'committee',
  'department', 'office', 'bank', 'union', 'court', 'parliament', 'assembly', 'commission', 'guard', 'command',
  'organization', 'organisation', 'alliance', 'group', 'fund', 'institute', 'university', 'company', 'corporation',
  'inc', 'ltd', 'times', 'post', 'news', 'examiner', 'journal', 'telegraph', 'guardian', 'tribune', 'herald',
  'press', 'service', 'services', 'administration', 'government', 'regime', 'cabinet', 'senate', 'congress', 'duma',
  'knesset', 'brigade', 'battalion', 'division', 'federation', 'nations', 'corp', 'co', 'plc', 'llc', 'ag', 'nv',
  'bhd', 'airlines', 'airways', 'club', 'fc', 'united', 'rovers', 'wanderers', 'athletic', 'holdings', 'industries',
  'motors', 'exchange', 'association', 'league', 'society', 'foundation', 'board', 'newsroom', 'police', 'television',
  'radio', 'network', 'systems', 'technologies', 'communications', 'securities', 'insurance', 'trust', 'partners',
  'bureau', 'ministries', 'chamber', 'institution', 'magazine', 'newspaper', 'treasury', 'railways', 'mirror',
  'pharmaceuticals', 'electronics', 'energy', 'oil', 'petroleum', 'steel', 'chemicals', 'enterprises', 'labs',
  'confederation', 'fleet', 'movement', 'plastics', 'laboratories', 'tech',
]);

/**
 * Lower-case nouns for a kind of organisation, which name one when a name follows them: "news agency
 * Tanjug", "insurer Prudential", "provincial side Boland", "rebel group Shining Path".
 */
export const ORGANIZATION_KINDS: ReadonlySet<string> = new Set([
  'agency', 'daily', 'newspaper', 'weekly', 'paper', 'magazine', 'tabloid', 'broadcaster', 'network', 'station', 'insurer',
  'retailer', 'company', 'firm', 'carrier', 'airline', 'operator', 'maker', 'manufacturer', 'producer', 'broker', 'brokerage',
  'side', 'club', 'team', 'conglomerate', 'distributor', 'concern', 'subsidiary', 'unit', 'exporter', 'importer', 'miner',
  'utility', 'publisher', 'group', 'bank', 'party', 'chain', 'giant', 'developer', 'refiner', 'carmaker', 'automaker', 'lender',
  'underwriter', 'bourse', 'exchange', 'regulator', 'movement', 'faction', 'organisation', 'organization', 'association',
  'union', 'alliance', 'coalition', 'supplier', 'shipper',
]);

/** The legal-form words that end a company's name: "Acme Inc", "Acme Holdings Ltd". */
export const COMPANY_SUFFIXES: ReadonlySet<string> = new Set(['inc', 'corp', 'co', 'ltd', 'plc', 'llc', 'ag', 'nv', 'bhd']);

/**
 * Words that make a capitalised run an organisation wherever they stand in it: company and club
 * words ("Kloof Gold Mining", "Dynamo Moscow", "Real Sociedad").
 */
export const ORGANIZATION_WORDS = new Set([
  'national', 'international', 'general', 'federal', 'central', 'royal', 'global', 'financial', 'industrial',
  'mining', 'consolidated', 'resources', 'investment', 'investments', 'banc', 'bancorp', 'bancshares', 'trading',
  'medical', 'capital', 'standard', 'sporting', 'dynamo', 'dinamo', 'deportivo', 'olympique', 'racing', 'borussia',
  'spartak', 'lokomotiv', 'cska', 'partizan', 'steaua', 'fc', 'ac', 'sc', 'sv', 'vfb', 'vfl', 'real', 'atletico',
  'athletico', 'hospital', 'clinic', 'school', 'college', 'academy', 'institute', 'church', 'airline', 'motor',
  'petroleum', 'oil', 'gas', 'energy', 'power', 'telecom', 'telecommunications', 'pharmaceutical', 'chemical', 'steel',
]);

/** Organisations known by a short name or acronym. */
export const KNOWN_ORGANIZATIONS: Record<string, string> = {
  NATO: 'NATO',
  EU: 'European Union',
  'European Union': 'European Union',
  UN: 'United Nations',
  'U.N.': 'United Nations',
  'United Nations': 'United Nations',
  IAEA: 'IAEA',
  OPEC: 'OPEC',
  IMF: 'IMF',
  WHO: 'World Health Organization',
  CIA: 'CIA',
  FBI: 'FBI',
  FSB: 'FSB',
  KGB: 'KGB',
  IRGC: 'Islamic Revolutionary Guard Corps',
  IDF: 'Israel Defense Forces',
  BRICS: 'BRICS',
  OSCE: 'OSCE',
  ICC: 'International Criminal Court',
  G7: 'G7',
  G20: 'G20',
  Hamas: 'Hamas',
  Hezbollah: 'Hezbollah',
  Houthis: 'Houthis',
  Taliban: 'Taliban',
  Wagner: 'Wagner Group',
  Reuters: 'Reuters',
  Politico: 'Politico',
  TASS: 'TASS',
  NBC: 'NBC',
  CNN: 'CNN',
  BBC: 'BBC',
  NYT: 'New York Times',
  DOGE: 'Department of Government Efficiency',
  AP: 'Associated Press',
  'Associated Press': 'Associated Press',
  AFP: 'AFP',
  Interfax: 'Interfax',
  'Itar-Tass': 'Itar-Tass',
  Xinhua: 'Xinhua',
  Kyodo: 'Kyodo',
  ANSA: 'ANSA',
  Bloomberg: 'Bloomberg',
  'Dow Jones': 'Dow Jones',
  Nasdaq: 'Nasdaq',
  NYSE: 'New York Stock Exchange',
  'World Bank': 'World Bank',
  WTO: 'World Trade Organization',
  GATT: 'GATT',
  OECD: 'OECD',
  ASEAN: 'ASEAN',
  APEC: 'APEC',
  'Red Cross': 'Red Cross',
  UNICEF: 'UNICEF',
  UNHCR: 'UNHCR',
  Greenpeace: 'Greenpeace',
  'Amnesty International': 'Amnesty International',
  'Federal Reserve': 'Federal Reserve',
  Fed: 'Federal Reserve',
  Bundesbank: 'Bundesbank',
  Congress: 'Congress',
  Senate: 'Senate',
  Parliament: 'Parliament',
  Bundestag: 'Bundestag',
  Knesset: 'Knesset',
  Duma: 'Duma',
  Labour: 'Labour Party',
  Tories: 'Conservative Party',
  PLO: 'PLO',
  Fatah: 'Fatah',
  IRA: 'IRA',
  'Sinn Fein': 'Sinn Fein',
  'Al-Qaeda': 'Al-Qaeda',
  'al-Qaeda': 'Al-Qaeda',
  FIFA: 'FIFA',
  UEFA: 'UEFA',
  IOC: 'International Olympic Committee',
  NFL: 'NFL',
  NBA: 'NBA',
  NHL: 'NHL',
  NASA: 'NASA',
  Microsoft: 'Microsoft',
  IBM: 'IBM',
  Apple: 'Apple',
  Google: 'Google',
  Amazon: 'Amazon',
  Boeing: 'Boeing',
  Airbus: 'Airbus',
  'General Motors': 'General Motors',
  GM: 'General Motors',
  Toyota: 'Toyota',
  Volkswagen: 'Volkswagen',
  Siemens: 'Siemens',
  Gazprom: 'Gazprom',
  Rosneft: 'Rosneft',
  Aeroflot: 'Aeroflot',
  'Lufthansa': 'Lufthansa',
  'British Airways': 'British Airways',
  'Air France': 'Air France',
  Shell: 'Shell',
  Exxon: 'Exxon',
  Chevron: 'Chevron',
  'Manchester United': 'Manchester United',
  'Real Madrid': 'Real Madrid',
  'Bayern Munich': 'Bayern Munich',
  'AC Milan': 'AC Milan',
  'Inter Milan': 'Inter Milan',
  Juventus: 'Juventus',
  Ajax: 'Ajax',
  Arsenal: 'Arsenal',
  Chelsea: 'Chelsea',
  Celtic: 'Celtic',
  Rangers: 'Rangers',
  'New York Times': 'New York Times',
  'Washington Post': 'Washington Post',
  'Wall Street Journal': 'Wall Street Journal',
  'Financial Times': 'Financial Times',
};

/** Last words that make a capitalised phrase a place ("Gaza Strip", "Murmansk Region"). */
export const LOCATION_CUES = new Set([
  'region', 'strip', 'oblast', 'province', 'district', 'sea', 'ocean', 'gulf', 'bay', 'river', 'lake', 'island',
  'islands', 'peninsula', 'valley', 'mountains', 'circle', 'coast', 'bank', 'heights', 'city', 'county',
  'territory', 'desert', 'strait', 'republic', 'beach', 'falls', 'township',
]);

/** Last words that make a capitalised phrase a named event ("Hong Kong Open", "World Cup"). */
export const EVENT_CUES = new Set([
  'open', 'cup', 'championship', 'championships', 'games', 'olympics', 'prix', 'masters', 'classic', 'trophy',
  'tournament', 'marathon', 'rally', 'tour', 'summit', 'conference', 'festival', 'war', 'revolution', 'election',
  'elections', 'series', 'meeting', 'grand', 'week', 'day', 'awards', 'prize', 'derby',
]);

/** Last words that make a capitalised phrase a facility ("Bushehr Nuclear Power Plant"). */
export const FACILITY_CUES = new Set([
  'plant', 'airport', 'base', 'station', 'reactor', 'port', 'bridge', 'dam', 'refinery', 'airbase', 'facility',
  'complex', 'shipyard', 'prison', 'embassy',
]);

/** Weapon models written as letters, a dash and digits: Shahed-136, Su-35, S-400, F-16. */
export const WEAPON_MODEL = /^(?:Shahed|Su|MiG|Tu|Mi|Ka|Kh|S|F|T|M|AH|MQ)-\d+[A-Z]?$/;

/** Weapon systems known by a name. */
export const KNOWN_WEAPONS = ['Patriot', 'HIMARS', 'ATACMS', 'Iskander', 'Kinzhal', 'Bayraktar', 'Storm Shadow', 'Taurus', 'Javelin', 'Oreshnik'];

/** Kinds of weapon and supply; the first one after a supply cue becomes the relation's `item`. */
export const WEAPON_NOUNS = [
  'fighter jets', 'air defense systems', 'air defence systems', 'ballistic missiles', 'cruise missiles',
  'drones', 'drone', 'missiles', 'missile', 'jets', 'tanks', 'artillery', 'shells', 'ammunition', 'rockets',
  'warplanes', 'helicopters', 'howitzers', 'nuclear fuel',
];

/** Catch-all supply words, used as the `item` only when no kind of weapon is named. */
export const GENERIC_SUPPLY_NOUNS = ['military equipment', 'equipment', 'weapons', 'arms'];

/** Capitalised words that are never names on their own (boilerplate and sentence openers). */
export const NOT_NAMES = new Set([
  'i', 'the', 'a', 'an', 'he', 'she', 'they', 'we', 'it', 'this', 'that', 'these', 'those', 'his', 'her', 'their',
  'our', 'my', 'your', 'presidents', 'ministers', 'leaders', 'officials', 'sponsor', 'related', 'articles',
  'comments', 'hashtags', 'click', 'here', 'read', 'more', 'join', 'login', 'subscribe', 'photo', 'details',
  'follow', 'share', 'advertisement', 'breaking', 'update', 'updated', 'news', 'share', 'skip', 'content', 'main',
]);

/** Abbreviations of times, measures and things, never of a body: "1000 GMT", "GDP figures", "TV series". */
export const COMMON_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'GMT', 'EDT', 'EST', 'CET', 'GDP', 'GNP', 'CPI', 'PPI', 'EPS', 'TV', 'PC', 'CD', 'DNA', 'HIV', 'AIDS', 'CEO', 'CFO', 'IPO',
  'AM', 'PM', 'OK', 'VAT', 'ERA',
]);

/**
 * Abbreviations whose period belongs to the name ("Petaluma, Calif.", "Acme Inc.", "Joseph Smith
 * Jr."): US state abbreviations in news style and company and name suffixes.
 */
export const NAME_ABBREVIATIONS = new Set([
  'Ala', 'Ariz', 'Ark', 'Calif', 'Colo', 'Conn', 'Del', 'Fla', 'Ga', 'Ill', 'Ind', 'Kan', 'Kans', 'Ky', 'La', 'Md', 'Mass', 'Mich',
  'Minn', 'Miss', 'Mo', 'Mont', 'Neb', 'Nebr', 'Nev', 'Okla', 'Ore', 'Pa', 'Tenn', 'Tex', 'Va', 'Vt', 'Wash', 'Wis', 'Wyo',
  'Inc', 'Corp', 'Co', 'Cos', 'Ltd', 'Bros', 'Jr', 'Sr',
]);

/** Honorifics dropped from the front of person names. */
export const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'dr', 'sir', 'dame', 'lord', 'lady', 'sheikh']);

/** Entity types that can act (be the subject of an event relation). */
export const ACTOR_TYPES: ReadonlySet<EntityType> = new Set(['PERSON', 'ORGANIZATION', 'COUNTRY']);
