// Where the sports pages put a team rather than a place: before its score, on either side of "v" in a
// fixture, in brackets after a player in a squad list, and after a driver's bracketed country.

import { lookupPlace } from '../resolve/gazetteer.js';
import type { Token } from './text-units.js';

/** A match score or a league table's first figure: one to three digits, not a year ("Sydney 1996"). */
const SCORE = /^\d{1,3}$/;
/** Cricket's runs for wickets ("Essex 236-4"); a tennis set ("6-4") or betting odds have a one-digit first part. */
const RUNS_FOR_WICKETS = /^\d{2,3}-\d$/;
/** Units a number may measure instead of scoring: "100 metres", "48 hours". */
const UNITS = new Set(['metres', 'meters', 'metre', 'meter', 'km', 'kilometres', 'kilometers', 'miles', 'yards', 'feet', 'seconds',
  'minutes', 'hours', 'days', 'weeks', 'months', 'years', 'percent', 'pct', 'tonnes', 'tons', 'kg']);
/** The word between the two sides of a fixture: "Leeds v Bristol". */
const VERSUS = /^(?:v|V|vs|VS)\.?$/;

/** A whole number in a league table's row: games, or points for and against ("2009 1844"). */
const TABLE_FIGURE = /^\d{1,4}$/;
/** Figures in a league table's row after the team: played, won, drawn, lost, for, against, points. */
const TABLE_ROW_FIGURES = 5;

/**
 * Whether a score or tally is at token `index`: "Somerset 4", "Essex 236-4", but not the start of
 * a longer number ("Attendance 6,000", "Sales 3.30") or a measure after a possessive ("Men 's 800").
 */
export function isScore(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index];
  if (!token || tokens[index - 1]?.possessive) return false;
  const next = tokens[index + 1];
  const longerNumber = next !== undefined && next.start === token.end && /^\d/.test(tokens[index + 2]?.text ?? '') && tokens[index + 2].start === next.end;
  // "the Olympic 100 metres champion": a number before a unit measures something else.
  const measure = UNITS.has(next?.lower ?? '');
  return (SCORE.test(token.text) || RUNS_FOR_WICKETS.test(token.text)) && !longerNumber && !measure;
}

/**
 * Whether a line's opening name [0, end) is followed by what results lines hold: its score and the
 * other side ("Nice 1 Bastia 1") or its scorers ("Nice 1 ( Debbah 39th )"), cricket's runs for
 * wickets, or a league table's row of figures or of wins, losses and percentage. A bare number after a line's first word is more
 * often a table of prices or sales ("Gasoline 400").
 */
function opensResultsLine(tokens: readonly Token[], end: number): boolean {
  if (!isScore(tokens, end)) return false;
  if (RUNS_FOR_WICKETS.test(tokens[end].text)) return true;
  const after = tokens[end + 1]?.text ?? '';
  if (after === '(' || /^\p{Lu}/u.test(after)) return true;
  let figures = 0;
  while (figures < TABLE_ROW_FIGURES && TABLE_FIGURE.test(tokens[end + figures]?.text ?? '')) figures += 1;
  // "SAN DIEGO 72 60 .545": won, lost and the winning percentage.
  const percentage = tokens[end + figures]?.text === '.' && /^\d{3}$/.test(tokens[end + figures + 1]?.text ?? '');
  return figures === TABLE_ROW_FIGURES || (figures >= 2 && percentage);
}

/** Whether the run [first, end) is a side of a fixture: "Leeds v Bristol". */
function isFixtureSide(tokens: readonly Token[], first: number, end: number): boolean {
  return VERSUS.test(tokens[end]?.text ?? '') || VERSUS.test(tokens[first - 1]?.text ?? '');
}

/**
 * Whether the run [first, end) is bracketed right after a capitalised name and ends an item of a
 * list: a player's club, "Ruud Kramer ( Ajax ) , Tom Ellis ( Everton ) .".
 */
function isPlayersClub(tokens: readonly Token[], first: number, end: number): boolean {
  return tokens[first - 1]?.text === '(' && tokens[end]?.text === ')' && /^\p{Lu}\p{Ll}/u.test(tokens[first - 2]?.text ?? '')
    && /^[,.;]?$/.test(tokens[end + 1]?.text ?? '');
}

/** Whether the run starting at `first` follows a competitor's bracketed country: "Ada Lind ( Sweden ) Ferrari 1:54.3". */
function followsCompetitorsCountry(tokens: readonly Token[], first: number): boolean {
  return tokens[first - 1]?.text === ')' && tokens[first - 3]?.text === '(' && lookupPlace(tokens[first - 2].text)?.kind === 'country'
    && /^\p{Lu}\p{Ll}/u.test(tokens[first - 4]?.text ?? '');
}

/**
 * Whether the capitalised run [first, end) stands where results name a team: before its score, as a
 * side of a fixture, as a player's bracketed club or after a driver's country. A place there is the
 * team ("Derbyshire 471"); a country there is its national side, which stays the country.
 */
export function inTeamSlot(tokens: readonly Token[], first: number, end: number): boolean {
  const scored = first === 0 ? opensResultsLine(tokens, end) : isScore(tokens, end);
  return scored || isFixtureSide(tokens, first, end) || isPlayersClub(tokens, first, end) || followsCompetitorsCountry(tokens, first);
}

/**
 * Whether the run [first, end) is a team for certain, even if its name is also a surname: it is a
 * side of a fixture or of a match result ("Swansea 1 Lincoln 2"), as opposed to a row of a player's
 * figures ("Tom Hale 71 68 70").
 */
export function isTeamInResults(tokens: readonly Token[], first: number, end: number): boolean {
  const otherSideAfter = isScore(tokens, end) && /^\p{Lu}/u.test(tokens[end + 1]?.text ?? '');
  const otherSideBefore = SCORE.test(tokens[first - 1]?.text ?? '') && /^\p{Lu}/u.test(tokens[first - 2]?.text ?? '') && isScore(tokens, end);
  return isFixtureSide(tokens, first, end) || (first === 0 && otherSideAfter) || otherSideBefore;
}
