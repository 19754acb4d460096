// Alarms on untouched ntrex documents (development half only) that were read with the English source
// as referee and are genuine disagreements of the professional translations: the checker is right to
// raise them, so they are listed in the results but not counted as false alarms. Each names the
// document, the rule and every evidence text of the finding, so nothing else can slip in under an entry.
// Held-out documents are never adjudicated: every alarm there counts.
export interface Adjudication {
  document: number;
  rule: string;
  /** Every evidence text of the finding. */
  values: readonly string[];
  /** What the English says and which translation departs from it. */
  note: string;
}

export const adjudicated: readonly Adjudication[] = [];
