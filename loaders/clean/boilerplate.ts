// The one list of page furniture that is not story text: sign-in walls, ads, widgets, credits, link lines.

/** A kind of boilerplate line, with why it is not story text; the patterns match a whole paragraph. */
interface BoilerplateRule {
  name: string;
  patterns: RegExp[];
}

/**
 * Every boilerplate pattern, in one place. A paragraph matching any of them is dropped wherever it
 * appears. Add a pattern here (with the kind it belongs to) when a new site's furniture shows up.
 */
export const BOILERPLATE_RULES: BoilerplateRule[] = [
  {
    name: 'navigation',
    patterns: [
      /^skip to (main )?content$/i,
      /^(back|next|previous|menu|home|search|close|topics?|sections?|more|top|print|email|share)$/i,
      /^(back to top|go to top|scroll to top|jump to)\b.{0,40}$/i,
    ],
  },
  {
    name: 'sign-in or subscription wall',
    patterns: [
      /\balready (a subscriber|have an account)\b/i,
      /\b(log|sign)(ging)? ?in(to)? (to )?your account\b/i,
      /\bsign(ing)? in\b.*\b(to (continue|read)|content)\b/i,
      /\b(subscribe|subscription)\b.{0,60}\b(to (continue|keep) reading|for (full|unlimited) access|now|today)\b/i,
      /\byour card on file\b/i,
      /^(sign in|log ?in|register|subscribe|create (a free )?account)( now| today| here)?[.!]?$/i,
      /\bhave reached your (free )?(article|story) limit\b/i,
    ],
  },
  {
    name: 'newsletter or follow prompt',
    patterns: [
      /^join the (movement|conversation|community|club)\b.{0,20}$/i,
      /^keep up to date with\b/i,
      /\bsign up (for|to) (our|the) .{0,40}(newsletter|alerts|updates)\b/i,
      /^(follow|like) us on\b/i,
      /^(get|receive) (our|the) .{0,40}(newsletter|in your inbox)\b/i,
    ],
  },
  {
    name: 'advertising and sponsors',
    patterns: [
      /^(sponsor(ed)?( content)?|advertisement|advertising|ad|promoted|partner content)\s*(:.*)?$/i,
      /^(story continues|article continues) (below|after) (this )?(ad|advertisement)/i,
    ],
  },
  {
    name: 'share and comment widgets',
    patterns: [
      /^(share|share this (article|story|post)|share on \w+|tweet|copy link|save|bookmark)$/i,
      /^(\d+\s+)?comments?(\s*\(\d+\))?$/i,
      /^no comments yet\b/i,
      /^(leave|post|add|view|show) (a |all )?comments?\b.{0,30}$/i,
      /^(hashtags|tags|filed under|categories)\s*:?.{0,60}$/i,
      /^try our .{0,30}features?$/i,
      /^explore what .{0,40} can do for you\b/i,
    ],
  },
  {
    name: 'photo and video credits',
    patterns: [
      /^(photo|photograph|image|picture|video|credit|source image|file photo)( credit)?\s*:/i,
      /^\(?(photo|image) (by|credit|courtesy)\b/i,
      // A caption ends with its credit in brackets: "… (Jane Doe, Kremlin Pool Photo via AP)".
      /\([^()]{0,160}\b(photo|photograph|getty images|shutterstock|via (ap|afp|reuters|getty)|(ap|afp|reuters)\/)[^()]{0,80}\)\s*$/i,
    ],
  },
  {
    name: 'links to other stories',
    patterns: [
      /^click here\b/i,
      /^(read|see) (more|also|next|the full story)\s*:\s*\S/i,
      /^(also read|related|recommended|more from|watch)\s*:\s*\S/i,
      /^details to follow\.?$/i,
      /^(this is a )?(developing|breaking) story\b.{0,60}$/i,
    ],
  },
  {
    name: 'copyright and reporting credits',
    patterns: [
      /^(©|\(c\)|copyright)\s/i,
      /^all rights reserved\.?$/i,
      /^reuters?\.?$/i,
      /^\(?(reporting|additional reporting|writing|editing) by\b.{0,200}$/i,
    ],
  },
];

const FLAT_PATTERNS = BOILERPLATE_RULES.flatMap((rule) => rule.patterns);

/** Furniture glued to the end of a story's last paragraph ("… has said. DETAILS TO FOLLOW"). */
const TRAILING_FURNITURE = /\s+(DETAILS TO FOLLOW|MORE TO FOLLOW|REUTERS?|READ MORE|[Cc]ontinue reading|[Rr]ead more)( ?(\.{3}|…|»|>+))?$/;

/** Removes furniture glued to the end of a paragraph, leaving the story text as written. */
export function trimTrailingFurniture(paragraph: string): string {
  return paragraph.replace(TRAILING_FURNITURE, '');
}

/** True when a whole paragraph is page furniture by the list above. */
export function isBoilerplate(paragraph: string): boolean {
  return FLAT_PATTERNS.some((pattern) => pattern.test(paragraph));
}

/** Stray counters and widget numbers ("71717 196", "0", "| 12"): no letters at all. */
export function isStrayFragment(paragraph: string): boolean {
  return !/\p{L}/u.test(paragraph);
}

/**
 * A paragraph with no lower-case letters and several words is a shouted link to another story
 * ("MORE FROM OUR NEWSROOM: …") rather than story text.
 */
export function isShoutedLink(paragraph: string): boolean {
  return !/\p{Ll}/u.test(paragraph) && paragraph.split(/\s+/).length >= 3 && !/[.!]["')]*$/.test(paragraph);
}

/** "Related Articles", "Read more", "More stories": a heading after which other stories follow. */
export const RELATED_HEADING =
  /^(related( articles| stories| news| content| posts| coverage)?|read more|read next|more stories|more (news|articles|on this story|from [\p{L}\s]{1,40})|you (may|might) also like|recommended( for you| stories)?|also read|see also|trending( now)?|most read|popular( now| stories)?)\s*:?$/iu;

/** Prefixes that scrapers glue to a headline ("NextImg:Israel war: …"). */
export const TITLE_PREFIX = /^(NextImg|Img|Image|Photo|Headline|Title)\s*:\s*/i;
