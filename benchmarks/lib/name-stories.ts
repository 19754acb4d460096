// The stories of the name-rendering probes (benchmarks/name-renderings.ts, benchmarks/name-reads.ts):
// three people of other origins each, ten short sentences naming them in the cases each language's
// grammar asks for (benchmarks/lib/name-sentences.ts). Synthetic; no corpus text.
import { renderedPeople, type RenderedPerson, type RenderingLanguage } from './name-renderings.js';
import { sentence, surnameOnly } from './name-sentences.js';

/**
 * A story's sentences: template, which of its people, the figure, and whether the person is named a
 * second time (surname alone where the name allows). Each person twice, in two grammatical cases.
 */
export const storyPlan: ReadonlyArray<readonly [template: number, person: number, figure: number, second: boolean]> = [
  [0, 0, 12, false], [1, 1, 40, false], [2, 2, 300, false], [3, 0, 25, true], [4, 2, 8, true], [1, 0, 55, true], [2, 1, 700, true], [0, 2, 18, true],
  [6, 1, 90, false], [5, 0, 60, true],
];
/** Offsets of a story's second and third person in the table: people of other origins. */
const storyOffsets = [0, 17, 41];

export interface Story {
  /** Indexes into `renderedPeople`. */
  persons: number[];
}

/** One story per person of the table, that person first. */
export const stories: readonly Story[] = renderedPeople.map((_, k) => ({ persons: storyOffsets.map((o) => (k + o) % renderedPeople.length) }));

/** The person as sentence `k` of the plan names them: in full, or by surname alone on a second mention. */
function form(p: number, second: boolean): RenderedPerson {
  const person = renderedPeople[p]!;
  return second ? (surnameOnly(person) ?? person) : person;
}

/** A version of a story: its sentences, with sentence `swapAt` naming the story's first person instead of its own (the third, where its own is the first). */
export function storyVersion(story: Story, lang: RenderingLanguage, swapAt?: number): string[] {
  return storyPlan.map(([template, who, figure, second], k) => {
    // The pair sentence names the first and second person; a swap there replaces the second by the third.
    if (template === 3) return sentence(3, lang, form(story.persons[0]!, second), figure, form(story.persons[k === swapAt ? 2 : 1]!, second));
    // A sentence that names the first person already takes the third instead: a swap must change a name.
    const swappedIn = who === 0 ? 2 : 0;
    return sentence(template, lang, form(story.persons[k === swapAt ? swappedIn : who]!, second), figure);
  });
}

/** The names sentence `k` of an unswapped version writes, as `lang` writes them in the nominative. */
export function storyNames(story: Story, lang: RenderingLanguage, k: number): string[] {
  const [template, who, , second] = storyPlan[k]!;
  const people = template === 3 ? [story.persons[0]!, story.persons[1]!] : [story.persons[who]!];
  return people.map((p) => form(p, second).names[lang]);
}
