// role-mismatch: a person given an office that the other versions give to someone else.
import { langOf, listLanguages } from '../links.js';
import { contradictedRoles, type RoleAssertion } from '../roles.js';
import type { EvidenceDraft, RawFinding, Rule } from '../types.js';

function evidenceOf(a: RoleAssertion): EvidenceDraft {
  return { document: a.document, sentence: a.sentence, start: a.start, end: a.end, value: `${a.office}@${a.place}` };
}

/** One assertion per document, in canonical order. */
function onePerDocument(assertions: readonly RoleAssertion[]): RoleAssertion[] {
  const seen = new Set<number>();
  return [...assertions]
    .sort((x, y) => x.document - y.document || x.start - y.start)
    .filter((a) => !seen.has(a.document) && seen.add(a.document));
}

/** The role-mismatch rule. */
export const roleMismatch: Rule = {
  id: 'role-mismatch',
  comparesSpellings: true,
  defaultSeverity: 'error',
  description: 'A person is given an office that the other versions give to someone else.',
  run(context) {
    const findings: RawFinding[] = [];
    for (const { wrong, samePersonElsewhere, otherHolders } of contradictedRoles(context)) {
      const right = onePerDocument(samePersonElsewhere);
      const holders = onePerDocument(otherHolders);
      const lang = langOf(context, wrong.document);
      const person = context.documents[wrong.document]!.text.slice(wrong.mention.start, wrong.mention.end);
      const placeText = context.documents[wrong.document]!.text.slice(wrong.placeAnchor.start, wrong.placeAnchor.end);
      const surface = (document: number, span: { start: number; end: number }) => context.documents[document]!.text.slice(span.start, span.end);
      const rightPlace = surface(right[0]!.document, right[0]!.placeAnchor);
      const holderName = surface(holders[0]!.document, holders[0]!.mention);
      findings.push({
        rule: 'role-mismatch',
        message:
          `${lang} makes ${person} ${wrong.office} of ${placeText}, but ${listLanguages(right.map((r) => langOf(context, r.document)))} ` +
          `give ${person} that office in ${rightPlace} and ${listLanguages(holders.map((h) => langOf(context, h.document)))} give ${placeText}'s to ${holderName}.`,
        values: [`${wrong.person}|${wrong.office}@${wrong.place}`, `${wrong.office}@${right[0]!.place}`, holders[0]!.person],
        evidence: [evidenceOf(wrong), ...right.map(evidenceOf), ...holders.map(evidenceOf)],
      });
    }
    return findings;
  },
};
