// For npm run bench:stream: streams small article sets through checkStream (the built package) and
// prints, at each count given, the heap in use after a full garbage collection and the resident set.
// Run with --expose-gc. Prints one JSON line per count.
import { checkStream } from '../../dist/index.js';

const counts = process.argv.slice(2).map(Number);
const last = Math.max(...counts);

function* smallSets(count) {
  for (let i = 0; i < count; i++) {
    const day = (i % 28) + 1;
    yield {
      id: `small-${i}`,
      versions: [
        { lang: 'nl', text: `De vijf provincies tekenden ${i} overeenkomsten. Het overleg vond plaats op ${day} februari.` },
        { lang: 'sv', text: `De fem provinserna undertecknade ${i + (i % 4 === 0 ? 1 : 0)} avtal. Mötet hölls den ${day} februari.` },
      ],
    };
  }
}

let done = 0;
for await (const outcome of checkStream(smallSets(last))) {
  if (!outcome.ok) throw outcome.error;
  done++;
  if (counts.includes(done)) {
    globalThis.gc();
    const { heapUsed, rss } = process.memoryUsage();
    console.log(JSON.stringify({ sets: done, heapUsed, rss }));
  }
}
