// Formats score reports as text tables for the terminal, and as plain figures for JSON output.

import Table from 'cli-table3';
import type { DoneWhenReport } from './done-when-checks.js';
import type { LabelScore, ScoredItem, ScoreReport } from './score.js';

/** A score row as JSON: counts and rounded ratios. */
export interface ScoreFigures {
  gold: number;
  predicted: number;
  correct: number;
  precision: number;
  recall: number;
  f1: number;
}

/** The figures of one row, ratios rounded to 4 places. */
export function scoreFigures(score: LabelScore): ScoreFigures {
  const round = (value: number) => Math.round(value * 10_000) / 10_000;
  return {
    gold: score.truePositives + score.falseNegatives,
    predicted: score.truePositives + score.falsePositives,
    correct: score.truePositives,
    precision: round(score.precision),
    recall: round(score.recall),
    f1: round(score.f1),
  };
}

/** A report's figures as JSON: micro-average and one row per label (error lists left out). */
export function reportFigures(report: ScoreReport): { micro: ScoreFigures; byLabel: Record<string, ScoreFigures> } {
  return {
    micro: scoreFigures(report.micro),
    byLabel: Object.fromEntries(Object.entries(report.byLabel).map(([label, score]) => [label, scoreFigures(score)])),
  };
}

/** A titled table: one row per label (when there is more than one), then the micro-average. */
export function formatReport(title: string, report: ScoreReport): string {
  const table = new Table({
    head: [title, 'gold', 'pred', 'correct', 'P', 'R', 'F1'],
    colAligns: ['left', 'right', 'right', 'right', 'right', 'right', 'right'],
    style: { head: [], border: [] },
    // No rule between body rows: the tables stay short enough to read at a glance.
    chars: { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' },
  });
  const row = (label: string, score: LabelScore) => {
    const figures = scoreFigures(score);
    return [label, figures.gold, figures.predicted, figures.correct, ...[score.precision, score.recall, score.f1].map((value) => value.toFixed(3))];
  };
  const labels = Object.entries(report.byLabel);
  if (labels.length > 1) for (const [label, score] of labels) table.push(row(label, score));
  table.push(row('micro', report.micro));
  return table.toString();
}

/** Up to `count` items spread evenly over `items`, so an error listing is not all from the first document. */
export function spreadSample(items: readonly ScoredItem[], count: number): ScoredItem[] {
  if (items.length <= count) return [...items];
  return Array.from({ length: count }, (_, index) => items[Math.floor((index * items.length) / count)]);
}

/** A listing of up to `count` false positives and false negatives of a report. */
export function formatErrors(title: string, report: ScoreReport, count: number): string {
  const list = (items: readonly ScoredItem[]) => spreadSample(items, count).map((item) => `    ${item.note ?? item.key}`);
  return [
    `  ${title}: false positives (${report.falsePositives.length}), sample:`,
    ...list(report.falsePositives),
    `  ${title}: false negatives (${report.falseNegatives.length}), sample:`,
    ...list(report.falseNegatives),
  ].join('\n');
}

/** The done-when checks as a table (each edge, how many relations state it, the first evidence), then the two other checks. */
export function formatDoneWhen(report: DoneWhenReport): string {
  const table = new Table({ head: ['expected edge', 'found', 'first evidence'], colWidths: [48, 7, 80], wordWrap: true });
  for (const { edge, evidence } of report.edges) {
    const item = edge.item ? ` (item: ${edge.item}…)` : '';
    table.push([`${edge.subject} —${edge.predicate}→ ${edge.object}${item}`, evidence.length, evidence[0]?.sentence ?? 'MISSING']);
  }
  const found = report.edges.filter((check) => check.evidence.length > 0).length;
  return [
    table.toString(),
    `edges found: ${found} of ${report.edges.length}`,
    `Zelensky / Zelenskiy: ${report.onePersonIds.length === 1 ? 'one person' : `${report.onePersonIds.length} entities`} (${report.onePersonIds.join(', ') || 'not named'})`,
    `relations outside their own story: ${report.crossStoryRelations.length}`,
  ].join('\n');
}
