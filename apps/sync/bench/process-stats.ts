// CPU time and memory of other processes, read from Linux /proc (no dependency): what the sync benchmark
// samples of the server's child process, and of PostgreSQL's processes.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

/** Clock ticks per second of /proc/<pid>/stat times (almost always 100). */
const CLOCK_TICKS = (() => {
	try {
		const ticks = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim());
		return Number.isFinite(ticks) && ticks > 0 ? ticks : 100;
	} catch {
		return 100;
	}
})();

/** One reading of a process. */
export interface ProcessReading {
	/** user + system CPU time so far, ms */
	cpuMs: number;
	/** resident set size now, bytes */
	rssBytes: number;
	/** highest resident set size so far (VmHWM), bytes */
	peakRssBytes: number;
}

/** The comm name and user + system CPU ms of a process from its stat line, or null when it is gone. */
function readStat(pid: number): { comm: string; cpuMs: number } | null {
	let line: string;
	try {
		line = readFileSync(`/proc/${pid}/stat`, 'utf8');
	} catch {
		return null;
	}
	// "pid (comm) state ppid …": comm may hold spaces and parentheses, so split after the last ')'
	const open = line.indexOf('(');
	const close = line.lastIndexOf(')');
	const fields = line.slice(close + 2).split(' ');
	// fields[0] is field 3 (state); utime and stime are fields 14 and 15
	const ticks = Number(fields[11]) + Number(fields[12]);
	return { comm: line.slice(open + 1, close), cpuMs: (ticks * 1000) / CLOCK_TICKS };
}

/** A `Vm…:  1234 kB` value of /proc/<pid>/status, in bytes. */
function statusBytes(status: string, key: string): number {
	const match = new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status);
	return match?.[1] !== undefined ? Number(match[1]) * 1024 : 0;
}

/** CPU time and memory of a process, or null when it is gone. */
export function readProcess(pid: number): ProcessReading | null {
	const stat = readStat(pid);
	if (!stat) return null;
	let status: string;
	try {
		status = readFileSync(`/proc/${pid}/status`, 'utf8');
	} catch {
		return null;
	}
	return {
		cpuMs: stat.cpuMs,
		rssBytes: statusBytes(status, 'VmRSS'),
		peakRssBytes: statusBytes(status, 'VmHWM')
	};
}

/** CPU ms so far of every process with the command name (e.g. all PostgreSQL backends), by pid. */
export function cpuByCommand(comm: string): Map<number, number> {
	const result = new Map<number, number>();
	for (const entry of readdirSync('/proc')) {
		const pid = Number(entry);
		if (!Number.isInteger(pid)) continue;
		const stat = readStat(pid);
		if (stat?.comm === comm) result.set(pid, stat.cpuMs);
	}
	return result;
}

/** CPU ms spent between two `cpuByCommand` readings (processes born in between count from zero). */
export function cpuBetween(before: Map<number, number>, after: Map<number, number>): number {
	let total = 0;
	for (const [pid, ms] of after) total += ms - (before.get(pid) ?? 0);
	return total;
}

/** Samples a process every `intervalMs`: CPU at marks, and the peak resident set size. */
export class ProcessSampler {
	readonly pid: number;
	peakRssBytes = 0;
	private readonly timer: NodeJS.Timeout;

	constructor(pid: number, intervalMs = 100) {
		this.pid = pid;
		this.timer = setInterval(() => this.sample(), intervalMs);
		this.timer.unref();
	}

	/** Reads the process now; updates the peak. */
	sample(): ProcessReading | null {
		const reading = readProcess(this.pid);
		if (reading) this.peakRssBytes = Math.max(this.peakRssBytes, reading.rssBytes, reading.peakRssBytes);
		return reading;
	}

	stop(): void {
		clearInterval(this.timer);
	}
}

/** CPU ms the whole machine has spent busy (all cores, everything but idle and I/O wait) since boot. */
export function machineBusyMs(): number {
	const line = readFileSync('/proc/stat', 'utf8').split('\n', 1)[0] ?? '';
	// "cpu  user nice system idle iowait irq softirq steal guest guest_nice"; guests are inside user and nice
	const ticks = line.trim().split(/\s+/).slice(1, 9).map(Number);
	const total = ticks.reduce((a, b) => a + b, 0);
	const idle = (ticks[3] ?? 0) + (ticks[4] ?? 0);
	return ((total - idle) * 1000) / CLOCK_TICKS;
}
