// Wall and CPU time of work done in Node, for the Node-only benches. CPU time beside wall time: on a
// shared machine the wall clock also counts other processes' turns.
import { median } from './stats';

export interface Timing {
  wallMs: number;
  cpuMs: number;
}

export function time(work: () => unknown): Timing {
  const cpu = process.cpuUsage();
  const started = performance.now();
  work();
  const used = process.cpuUsage(cpu);
  return { wallMs: performance.now() - started, cpuMs: (used.user + used.system) / 1000 };
}

/** The work done `runs` times: the median wall and the median CPU time. */
export function repeat(runs: number, work: () => unknown): Timing {
  const timings = Array.from({ length: runs }, () => time(work));
  return { wallMs: median(timings.map((t) => t.wallMs)), cpuMs: median(timings.map((t) => t.cpuMs)) };
}
