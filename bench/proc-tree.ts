import fs from 'node:fs';

/** Memory of one process, in KiB, from /proc (Linux only). */
export interface ProcessMemory {
  pid: number;
  rssKiB: number;
  /** Proportional set size: shared pages divided among the processes sharing them. */
  pssKiB: number;
  /** Peak RSS the kernel recorded for the process over its life (VmHWM). */
  hwmKiB: number;
}

/** The pids of every live descendant of `root` (children, grandchildren, …). */
export function descendants(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const ppid = parentPid(Number(entry));
    if (ppid === null) continue;
    const list = children.get(ppid) ?? [];
    list.push(Number(entry));
    children.set(ppid, list);
  }
  const found: number[] = [];
  const queue = [root];
  while (queue.length > 0) {
    for (const child of children.get(queue.shift()!) ?? []) {
      found.push(child);
      queue.push(child);
    }
  }
  return found;
}

export function processMemory(pid: number): ProcessMemory | null {
  const status = readProc(pid, 'status');
  if (status === null) return null;
  const rollup = readProc(pid, 'smaps_rollup') ?? '';
  return { pid, rssKiB: field(status, 'VmRSS'), hwmKiB: field(status, 'VmHWM'), pssKiB: field(rollup, 'Pss') };
}

export function processName(pid: number): string {
  return (readProc(pid, 'comm') ?? '').trim();
}

export interface TreePeak {
  /** Highest sum of the processes' RSS seen at one sample (shared pages counted once per process). */
  rssKiB: number;
  /** Highest sum of their PSS seen at one sample (shared pages counted once in all). */
  pssKiB: number;
  /** Sum of every process's own VmHWM, taken at stop(): an upper bound that no short spike escapes. */
  hwmSumKiB: number;
  processes: number;
  samples: number;
}

/**
 * Polls the memory of the processes below `root` that `include` accepts, summing them at each
 * sample and keeping the highest sums. stop() takes a last sample and returns the peaks.
 */
export function sampleProcessTree(root: number, include: (pid: number) => boolean, intervalMs = 100) {
  const peak: TreePeak = { rssKiB: 0, pssKiB: 0, hwmSumKiB: 0, processes: 0, samples: 0 };
  const hwm = new Map<number, number>();
  const sample = () => {
    let rss = 0;
    let pss = 0;
    for (const pid of descendants(root).filter(include)) {
      const memory = processMemory(pid);
      if (!memory) continue;
      rss += memory.rssKiB;
      pss += memory.pssKiB;
      hwm.set(pid, Math.max(hwm.get(pid) ?? 0, memory.hwmKiB));
    }
    peak.rssKiB = Math.max(peak.rssKiB, rss);
    peak.pssKiB = Math.max(peak.pssKiB, pss);
    peak.samples += 1;
  };
  sample();
  const timer = setInterval(sample, intervalMs);
  return {
    stop(): TreePeak {
      clearInterval(timer);
      sample();
      peak.processes = hwm.size;
      peak.hwmSumKiB = [...hwm.values()].reduce((a, b) => a + b, 0);
      return peak;
    },
  };
}

/** Clock ticks per second of /proc/<pid>/stat times (USER_HZ, 100 on Linux). */
const CLOCK_TICKS = 100;

/**
 * CPU time (user + system) used so far by the processes below `root` that `include` accepts, in ms.
 * The difference of two readings is the work done in between, whatever else competes for the cores.
 */
export function treeCpuMs(root: number, include: (pid: number) => boolean): number {
  let ticks = 0;
  for (const pid of descendants(root).filter(include)) {
    const fields = statFields(pid);
    if (fields) ticks += Number(fields[11]) + Number(fields[12]);
  }
  return (ticks * 1000) / CLOCK_TICKS;
}

function parentPid(pid: number): number | null {
  const fields = statFields(pid);
  const ppid = Number(fields?.[1]);
  return Number.isFinite(ppid) ? ppid : null;
}

/** The fields of /proc/<pid>/stat after the command name (which may hold spaces): state, ppid, … */
function statFields(pid: number): string[] | null {
  const stat = readProc(pid, 'stat');
  if (stat === null) return null;
  return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
}

function readProc(pid: number, file: string): string | null {
  try {
    return fs.readFileSync(`/proc/${pid}/${file}`, 'utf8');
  } catch {
    return null;
  }
}

function field(text: string, name: string): number {
  const match = new RegExp(`^${name}:\\s+(\\d+)\\s*kB`, 'm').exec(text);
  return match ? Number(match[1]) : 0;
}
