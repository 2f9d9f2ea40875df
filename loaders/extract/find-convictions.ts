// Killings stated through a court's finding: "Lee, who was convicted of murdering Kim", "the jury
// convicted Lee of killing Kim", "Lee was sentenced to death for the assassination of Kim".

import type { Mention } from './find-mentions.js';
import type { RelationFinding } from './find-relations.js';
import type { Token } from './text-units.js';

/** Words of a court's finding against someone; a charge or an accusation is not a finding. */
const CONVICTION = new Set(['convicted', 'sentenced', 'executed', 'jailed', 'imprisoned']);
/** Words naming a killing, as a noun or a gerund. */
const KILLING = /^(?:killing|killings|murder|murders|murdering|slaying|slayings|assassination|assassinating|shooting|stabbing)$/;
/** Words a finding reaches back over to the convicted person: "Lee, who was", "Lee, the man". */
const BACK_FILLERS = new Set([',', 'who', 'was', 'is', 'were', 'had', 'has', 'been', 'later', 'also', 'the', 'a', 'man', 'woman', 'gunman']);
/** Words that turn a finding into its opposite or a possibility. */
const DENIALS = new Set(['not', 'never', "n't", 'acquitted', 'cleared', 'overturned']);
const CONFIDENCE = 0.75;
/** How far after the finding the killing may be named ("sentenced to death for the assassination of"). */
const KILLING_REACH = 8;
/** How far after the killing its victim may be named ("murdering Phoenix newspaper reporter Don Bolles"). */
const VICTIM_REACH = 6;

const isPerson = (m: Mention | undefined): boolean => m?.type === 'PERSON' && !m.quoted;
const isClauseEnd = (t: Token) => /^[.;:!?“”"()]$/.test(t.text);

/**
 * KILLED relations that a conviction (or a sentence for a killing) states, in one sentence whose
 * argument mentions are `mentions`. The convicted person is named between the finding and the
 * killing ("convicted Lee of killing"), or just before the finding; the victim is the possessor of
 * the killing ("of Kim's murder") or the first person after it.
 */
export function findConvictions(tokens: Token[], mentions: Mention[]): RelationFinding[] {
  const startingAt = new Map(mentions.map((m) => [m.first, m]));
  const endingAt = new Map(mentions.map((m) => [m.last, m]));
  const found: RelationFinding[] = [];
  tokens.forEach((token, at) => {
    if (!CONVICTION.has(token.lower) || token.quoted) return;
    const killingAt = killingAfter(tokens, at);
    if (killingAt === undefined) return;
    // "convicted Lee of killing Kim": the convicted person sits between the finding and its "of" / "for".
    const named = mentions.find((m) => m.first > at && m.last < killingAt && isPerson(m) && /^(?:of|for)$/.test(tokens[m.last + 1]?.lower ?? ''));
    const convicted = named ?? personBefore(tokens, endingAt, at);
    const victim = possessorOf(tokens, endingAt, killingAt) ?? personAfter(tokens, startingAt, killingAt + 1);
    if (!convicted || !victim || !isPerson(convicted) || !isPerson(victim) || convicted.name === victim.name) return;
    const negated = tokens.slice(Math.max(0, at - 3), at).some((t) => DENIALS.has(t.lower));
    found.push({ predicate: 'KILLED', subject: convicted, object: victim, verb: `${token.text} … ${tokens[killingAt].text}`, negated, confidence: CONFIDENCE, attributes: {} });
  });
  return found;
}

/** The token naming a killing shortly after the finding at `at`, in the same clause. */
function killingAfter(tokens: Token[], at: number): number | undefined {
  for (let k = at + 1; k < Math.min(tokens.length, at + 1 + KILLING_REACH); k += 1) {
    if (isClauseEnd(tokens[k])) return undefined;
    if (KILLING.test(tokens[k].lower)) return k;
  }
  return undefined;
}

/** The person the finding at `at` is said of, reached back over "who was", ", the man" and the like. */
function personBefore(tokens: Token[], endingAt: Map<number, Mention>, at: number): Mention | undefined {
  for (let k = at - 1; k >= Math.max(0, at - 5); k -= 1) {
    const mention = endingAt.get(k);
    if (mention) return mention.possessive ? undefined : mention;
    if (!BACK_FILLERS.has(tokens[k].lower) && !tokens[k].tags.has('Adverb')) return undefined;
  }
  return undefined;
}

/** The possessor of the killing at `at`: "Kim's murder", also when the possessive is spaced apart ("Kim 's murder"). */
function possessorOf(tokens: Token[], endingAt: Map<number, Mention>, at: number): Mention | undefined {
  const joined = endingAt.get(at - 1);
  if (joined?.possessive) return joined;
  const spaced = tokens[at - 1]?.lower === 's' && /^['’]$/.test(tokens[at - 2]?.text ?? '') ? endingAt.get(at - 3) : undefined;
  return spaced;
}

/** The first person within a short description from `from`: "the killing of civil rights leader Kim". */
function personAfter(tokens: Token[], startingAt: Map<number, Mention>, from: number): Mention | undefined {
  for (let k = from; k < Math.min(tokens.length, from + VICTIM_REACH); k += 1) {
    const mention = startingAt.get(k);
    if (isPerson(mention)) return mention;
    if (mention) {
      k = mention.last;
      continue;
    }
    // The full stop of an abbreviated title ("Sen.") ends nothing.
    const titleStop = tokens[k].text === '.' && /^\p{Lu}\p{Ll}{0,3}$/u.test(tokens[k - 1]?.text ?? '');
    if ((isClauseEnd(tokens[k]) && !titleStop) || tokens[k].text === ',' || tokens[k].lower === 'and') return undefined;
  }
  return undefined;
}
