// Preloaded with `node --import` into a process whose peak memory a benchmark wants: on exit it
// writes `bench-rss <bytes>` to stderr (the peak resident set of the whole process, worker threads included).
import { writeSync } from 'node:fs';

process.on('exit', () => {
  writeSync(2, `\nbench-rss ${process.resourceUsage().maxRSS * 1024}\n`);
});
