import type { SentenceKind, Span } from '../types.js';

/** Agreement of a segmentation with a gold one. */
export interface SegmentationScore {
  /** Share of predicted sentence boundaries that are gold boundaries. */
  precision: number;
  /** Share of gold sentence boundaries that were predicted. */
  recall: number;
  /** Harmonic mean of precision and recall (1 when both are empty). */
  f1: number;
  /** Predicted and gold boundary counts. */
  predicted: number;
  gold: number;
  /** Among sentences with exactly the gold span, the share whose `kind` is the gold kind (when kinds are given). */
  kindAccuracy?: number;
}

/**
 * Boundary precision, recall and F1 of `predicted` against `gold`: a boundary is the end offset of a
 * sentence, the end of the text excluded (every segmenter finds it). Spans are compared as given, so
 * trim white space from both sides first if a segmenter keeps it.
 */
export function scoreSegmentation(
  predicted: ReadonlyArray<Span & { kind?: SentenceKind }>,
  gold: ReadonlyArray<Span & { kind?: SentenceKind }>,
): SegmentationScore {
  const textEnd = Math.max(predicted.at(-1)?.end ?? 0, gold.at(-1)?.end ?? 0);
  const goldEnds = new Set(gold.map((span) => span.end).filter((end) => end !== textEnd));
  const predictedEnds = new Set(predicted.map((span) => span.end).filter((end) => end !== textEnd));
  let hits = 0;
  for (const end of predictedEnds) if (goldEnds.has(end)) hits++;
  const precision = predictedEnds.size === 0 ? 1 : hits / predictedEnds.size;
  const recall = goldEnds.size === 0 ? 1 : hits / goldEnds.size;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  const score: SegmentationScore = { precision, recall, f1, predicted: predictedEnds.size, gold: goldEnds.size };
  const goldKinds = new Map(gold.filter((span) => span.kind !== undefined).map((span) => [`${span.start}:${span.end}`, span.kind]));
  if (goldKinds.size > 0) {
    let same = 0;
    let compared = 0;
    for (const span of predicted) {
      const goldKind = goldKinds.get(`${span.start}:${span.end}`);
      if (goldKind === undefined || span.kind === undefined) continue;
      compared++;
      if (goldKind === span.kind) same++;
    }
    score.kindAccuracy = compared === 0 ? 0 : same / compared;
  }
  return score;
}
