// Precision, recall and F1 of predicted items against gold items, micro-averaged and per label.

/** One thing to score: `key` must match exactly (it carries everything that has to agree). */
export interface ScoredItem {
  key: string;
  /** The row of the per-label breakdown this item counts under (entity type, predicate, …). */
  label: string;
  /** What to show for this item in an error listing (surface text and context). */
  note?: string;
}

export interface Counts {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
}

export interface LabelScore extends Counts {
  precision: number;
  recall: number;
  f1: number;
}

export interface ScoreReport {
  micro: LabelScore;
  /** One row per label seen in gold or predictions, in alphabetical order. */
  byLabel: Record<string, LabelScore>;
  falsePositives: ScoredItem[];
  falseNegatives: ScoredItem[];
}

/**
 * Precision, recall and F1 from counts. An empty denominator gives 0, except that with no gold
 * and no predictions there is nothing to get wrong, so all three are 1.
 */
export function scoreCounts(counts: Counts): LabelScore {
  const { truePositives: tp, falsePositives: fp, falseNegatives: fn } = counts;
  if (tp + fp + fn === 0) return { ...counts, precision: 1, recall: 1, f1: 1 };
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { ...counts, precision, recall, f1 };
}

function byKey(items: Iterable<ScoredItem>): Map<string, ScoredItem> {
  const map = new Map<string, ScoredItem>();
  for (const item of items) if (!map.has(item.key)) map.set(item.key, item);
  return map;
}

/**
 * Scores `predicted` against `gold` as sets of keys (duplicates count once). A true positive
 * counts under the gold item's label, a false positive under its own label, a false negative
 * under the gold label.
 */
export function scoreItems(gold: Iterable<ScoredItem>, predicted: Iterable<ScoredItem>): ScoreReport {
  const goldByKey = byKey(gold);
  const predictedByKey = byKey(predicted);
  const counts = new Map<string, Counts>();
  const bump = (label: string, field: keyof Counts) => {
    const row = counts.get(label) ?? { truePositives: 0, falsePositives: 0, falseNegatives: 0 };
    row[field] += 1;
    counts.set(label, row);
  };
  const falsePositives: ScoredItem[] = [];
  const falseNegatives: ScoredItem[] = [];
  for (const [key, item] of goldByKey) {
    if (predictedByKey.has(key)) bump(item.label, 'truePositives');
    else {
      bump(item.label, 'falseNegatives');
      falseNegatives.push(item);
    }
  }
  for (const [key, item] of predictedByKey) {
    if (goldByKey.has(key)) continue;
    bump(item.label, 'falsePositives');
    falsePositives.push(item);
  }
  const total: Counts = { truePositives: 0, falsePositives: 0, falseNegatives: 0 };
  for (const row of counts.values()) {
    total.truePositives += row.truePositives;
    total.falsePositives += row.falsePositives;
    total.falseNegatives += row.falseNegatives;
  }
  const byLabel: Record<string, LabelScore> = {};
  for (const label of [...counts.keys()].sort()) byLabel[label] = scoreCounts(counts.get(label)!);
  return { micro: scoreCounts(total), byLabel, falsePositives, falseNegatives };
}
