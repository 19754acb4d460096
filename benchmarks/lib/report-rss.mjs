// Preloaded with `node --import` into a process whose peak memory a benchmark wants: on exit it
// writes `bench-rss <bytes> <microseconds>` to stderr: the peak resident set and the CPU time (user and
// system) of the whole process, worker threads included. CPU time holds when a shared machine is busy.
import { writeSync } from 'node:fs';

process.on('exit', () => {
  const usage = process.resourceUsage();
  writeSync(2, `\nbench-rss ${usage.maxRSS * 1024} ${usage.userCPUTime + usage.systemCPUTime}\n`);
});
