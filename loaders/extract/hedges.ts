// Recognises negated and hypothetical statements ("did not meet", "may", "held back from approving"),
// which are kept with `negated: true` and never stored as facts.

const HEDGE = new RegExp(
  [
    String.raw`\b(?:not|never|no longer|neither|nor|cannot|may|might|could|would|should|shall)\b`,
    String.raw`\w+n['’]t\b`,
    String.raw`\b\w+['’]d\b`,
    String.raw`\b(?:hold|holds|held|holding) back from\b`,
    String.raw`\brefrain(?:s|ed|ing)? from\b`,
    String.raw`\b(?:declin|fail|refus)(?:e|es|ed|ing|s)? to\b`,
    String.raw`\b(?:hesitant|reluctant|unwilling|potential|possible|possibly|proposed|planned|prospective|hypothetical)\b`,
    String.raw`\b(?:plans?|planning|wants?|wanted|intends?|hopes?|seeks?|ready|readiness|threaten(?:s|ed|ing)?|promis(?:e|es|ed|ing)) to\b`,
    String.raw`\b(?:considering|den(?:y|ies|ied|ying))\b`,
    String.raw`\b(?:if|unless|whether)\b`,
  ].join('|'),
  'i',
);

/**
 * True when `window` (the text from the subject to the object) negates or hedges the statement.
 * `cue` is blanked out first, so a cue such as "refused" or "threatened" does not hedge itself.
 */
export function isHedged(window: string, cue: { start: number; end: number }): boolean {
  const blanked = window.slice(0, cue.start) + ' '.repeat(cue.end - cue.start) + window.slice(cue.end);
  return HEDGE.test(blanked);
}
