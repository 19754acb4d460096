// Figures whose one dot or comma reads either way: as thousands in one convention, a decimal in the other.
import type { Alignment, Anchor, NumberAnchor } from '../types.js';
import { numberValue } from './deps.js';
import { linkIndex } from './links.js';

/** A figure of one to three digits, one dot or comma, and exactly three digits, alone: `20.000`, `375,000`. */
const oneGroupFigure = /^([0-9]{1,3})[.,]([0-9]{3})$/u;
/** Thousands: one step between the two readings of such a figure. */
const groupStep = 1000;

/**
 * The anchors with each two-way figure read as the other versions read it. A dot or comma before exactly
 * three digits groups thousands in one convention and marks decimals in the other, and text keeps the
 * grouping of the source it was translated or copied from (`375,000 $` in Swedish, `20.000` in Arabic).
 * The reader takes the language's own convention; here a figure takes its other reading instead when a
 * sentence linked to its own states that value and none states the first (each with a figure that reads
 * one way). Every rule then compares the same values.
 */
export function settleTwoWayFigures(anchors: Anchor[][][], alignments: ReadonlyArray<{ a: number; b: number; alignment: Alignment }>): Anchor[][][] {
  let linked: Map<string, Map<number, Set<number>>> | undefined;
  return anchors.map((document, d) =>
    document.map((sentence, s) => {
      if (!sentence.some((anchor) => anchor.type === 'number' && otherReading(anchor) !== undefined)) return sentence;
      linked ??= linkIndex(
        alignments.flatMap(({ a, b, alignment }) => alignment.links.map((link) => ({ a: { document: a, sentences: link.a }, b: { document: b, sentences: link.b } }))),
      );
      // Values the linked sentences state firmly: a two-way figure confirms neither of its readings.
      const stated = new Set(
        [...(linked.get(`${d}:${s}`) ?? [])].flatMap(([other, sentences]) =>
          [...sentences].flatMap((t) => (anchors[other]![t] ?? []).flatMap((a) => (a.type === 'number' && otherReading(a) === undefined ? [a.value] : []))),
        ),
      );
      return sentence.map((anchor) => {
        const other = anchor.type === 'number' ? otherReading(anchor) : undefined;
        return other !== undefined && stated.has(other.value) && !stated.has(anchor.value) ? other : anchor;
      });
    }),
  );
}

/**
 * The anchor with its figure read as thousands, if the reader took it for a decimal with three places.
 * Not the other way round: a language's own grouping mark before three digits is seldom another
 * convention's decimal, which news rarely writes to three places. Nor with a scale word after the figure
 * (`2,250 miljarder`), where thousands of the scale are no likely reading.
 */
function otherReading(anchor: NumberAnchor): NumberAnchor | undefined {
  const figure = anchor.upper === undefined ? oneGroupFigure.exec(anchor.text) : null;
  if (figure === null) return undefined;
  if (anchor.numeric !== Number(`${figure[1]}.${figure[2]}`)) return undefined;
  const numeric = Number(figure[1]) * groupStep + Number(figure[2]);
  return { ...anchor, numeric, value: numberValue(numeric, anchor.percent === true) };
}
