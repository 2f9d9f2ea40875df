// Bylines: who wrote a story, from "By Jane Doe" or "Jane Doe, Foreign Affairs Reporter" lines.

// Case-sensitive on purpose: names are capitalised, and "by the way" must not read as a byline.
const NAME = String.raw`\p{Lu}[\p{L}'.\-]*(?:\s+(?:\p{Lu}[\p{L}'.\-]*|de|van|von|der|al|bin|da|di|la|le)){0,3}`;
const NAMES = String.raw`${NAME}(?:\s+(?:and|&)\s+${NAME})*`;

const BY_LINE = new RegExp(
  String.raw`^(?:(?:[Ww]ritten|[Rr]eported|WRITTEN|REPORTED) )?(?:[Bb]y|BY):?\s+(${NAMES})(?:\s*(?:[,|•·\-–—]|\bin\b).*)?$`,
  'u',
);
const AUTHOR_LINE = new RegExp(String.raw`^(?:[Aa]uthor|AUTHOR):\s*(${NAMES})\s*$`, 'u');
const NAME_THEN_ROLE = new RegExp(String.raw`^(${NAMES}),\s*(.{3,60})$`, 'u');
const ROLE = /\b(reporter|correspondent|editor|writer|columnist|contributor|journalist|analyst|producer|bureau chief|staff)\b/i;

/**
 * Reads an author line. Returns the author name(s) as written ("Jane Doe and John Roe"), or null
 * when the line is not a byline.
 */
export function parseByline(line: string): string | null {
  const match = BY_LINE.exec(line) ?? AUTHOR_LINE.exec(line);
  if (match) return match[1].replace(/\s+/g, ' ');
  const withRole = NAME_THEN_ROLE.exec(line);
  if (withRole && ROLE.test(withRole[2]) && !/[.!?]$/.test(withRole[2])) return withRole[1].replace(/\s+/g, ' ');
  return null;
}
