import { cpus, loadavg, platform, release, totalmem } from 'node:os';

/** What the figures were measured on: they mean little without it. */
export interface MachineInfo {
  os: string;
  cores: number;
  cpuModel: string;
  memoryGb: number;
  node: string;
  chromium: string;
  /** 1-minute load average when the benchmark started and ended: other work on the machine skews timings. */
  loadAverage: { start: number; end: number | null };
}

export function machineInfo(chromium: string): MachineInfo {
  const processors = cpus();
  return {
    os: `${platform()} ${release()}`,
    cores: processors.length,
    cpuModel: processors[0]?.model.trim() ?? 'unknown',
    memoryGb: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    chromium,
    loadAverage: { start: loadavg()[0] ?? 0, end: null },
  };
}
