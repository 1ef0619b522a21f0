import { readFileSync } from 'node:fs';
import { cpus } from 'node:os';

/**
 * How much of the machine's CPU went to processes outside the benchmark while it measured:
 * on a shared machine (another test suite running, say) that is what makes figures drift, so each
 * measurement reports it rather than hiding it. Linux only (/proc); elsewhere it reads as NaN.
 */
export function startCpuWatch(ownPids: readonly number[]): () => number {
  const before = sample(ownPids);
  return () => {
    const after = sample(ownPids);
    if (!before || !after) return NaN;
    const total = after.total - before.total;
    const foreign = after.busy - before.busy - (after.own - before.own);
    return total > 0 ? Math.max(0, Math.min(1, foreign / total)) : NaN;
  };
}

/**
 * CPU time (user + system) a process has used so far, in ms, or NaN where /proc is not there.
 * Clock ticks are 1/100 s on Linux (USER_HZ).
 */
export function processCpuMs(pid: number): number {
  try {
    return ticksOf(pid) * 10;
  } catch {
    return NaN;
  }
}

function ticksOf(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const rest = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // utime and stime are fields 14 and 15 of the whole line, 12 and 13 after "pid (comm) ".
  return Number(rest[11]) + Number(rest[12]);
}

function sample(pids: readonly number[]): { total: number; busy: number; own: number } | undefined {
  try {
    const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1).map(Number);
    // user nice system idle iowait irq softirq steal …: idle and iowait are the only idle ones.
    const total = fields.slice(0, 8).reduce((sum, n) => sum + n, 0);
    const busy = total - fields[3]! - fields[4]!;
    let own = 0;
    for (const pid of pids) own += ticksOf(pid);
    return { total, busy, own };
  } catch {
    return undefined;
  }
}

export const CORES = cpus().length;
