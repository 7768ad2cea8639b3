import { foldVietnamese, type ImportJson } from '@trienkhai/domain';

/** One task of a corpus file as labelled by reading it (see the corpus README for the rules). */
export interface LabelledTask {
	/** Words of the task's content as printed, enough to tell it from the others. */
	match: string;
	/** The lead as printed (a unit, a position or a collective), null when the plan names none. */
	lead: string | null;
	coordinators: string[];
	/** The deadline's wording as printed, null when the task has none of its own. */
	deadline: string | null;
}

/** How the importer did on one labelled file. */
export interface FileScore {
	labelled: number;
	emitted: number;
	found: number;
	leadRight: number;
	deadlinesLabelled: number;
	deadlinesRight: number;
	recall: number;
	leadAccuracy: number;
	precision: number;
	deadlineAccuracy: number;
	missed: string[];
	wrongLeads: { match: string; expected: string | null; got: string | null }[];
	extra: string[];
}

type EmittedTask = ImportJson['tasks'][number];

const key = (text: string): string =>
	foldVietnamese(text)
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim();

const ratio = (n: number, d: number): number => (d === 0 ? 1 : n / d);

/** The same lead: equal once folded, case and punctuation aside. */
export function sameLead(expected: string | null, got: string | null): boolean {
	if (expected === null || got === null) return expected === got;
	return key(expected) === key(got);
}

/** The same deadline wording: one contains the other once folded ('Trước ngày 28/2/2023' ~ 'trước ngày 28/2/2023'). */
export function sameDeadline(expected: string, got: string | null): boolean {
	if (got === null) return false;
	const e = key(expected);
	const g = key(got);
	return e.length > 0 && g.length > 0 && (g.includes(e) || e.includes(g));
}

/** Pairs each labelled task with the first emitted task not yet taken whose content contains its words. */
export function pairTasks(labels: readonly LabelledTask[], tasks: readonly EmittedTask[]): (number | null)[] {
	const taken = new Set<number>();
	const keys = tasks.map((t) => key(t.content));
	return labels.map((label) => {
		const words = key(label.match);
		const index = keys.findIndex((k, i) => !taken.has(i) && k.includes(words));
		if (index < 0) return null;
		taken.add(index);
		return index;
	});
}

/** Recall, lead accuracy, precision and deadline wording of one file's import against its labels. */
export function scoreFile(labels: readonly LabelledTask[], tasks: readonly EmittedTask[]): FileScore {
	const pairs = pairTasks(labels, tasks);
	const missed: string[] = [];
	const wrongLeads: FileScore['wrongLeads'] = [];
	let found = 0;
	let leadRight = 0;
	let deadlinesLabelled = 0;
	let deadlinesRight = 0;
	labels.forEach((label, i) => {
		const index = pairs[i] ?? null;
		const task = index === null ? undefined : tasks[index];
		if (task === undefined) {
			missed.push(label.match);
			return;
		}
		found++;
		if (sameLead(label.lead, task.lead)) leadRight++;
		else wrongLeads.push({ match: label.match, expected: label.lead, got: task.lead });
		if (label.deadline !== null) {
			deadlinesLabelled++;
			if (sameDeadline(label.deadline, task.deadline?.text ?? null)) deadlinesRight++;
		}
	});
	const used = new Set(pairs.filter((p): p is number => p !== null));
	const extra = tasks.filter((_, i) => !used.has(i)).map((t) => t.content.slice(0, 100));
	return {
		labelled: labels.length,
		emitted: tasks.length,
		found,
		leadRight,
		deadlinesLabelled,
		deadlinesRight,
		recall: ratio(found, labels.length),
		leadAccuracy: ratio(leadRight, found),
		precision: ratio(found, tasks.length),
		deadlineAccuracy: ratio(deadlinesRight, deadlinesLabelled),
		missed,
		wrongLeads,
		extra
	};
}

/** Totals over several files: the ratios of the summed counts. */
export function totalScore(files: readonly FileScore[]): Omit<FileScore, 'missed' | 'wrongLeads' | 'extra'> {
	const sum = (f: (s: FileScore) => number): number => files.reduce((n, s) => n + f(s), 0);
	const labelled = sum((s) => s.labelled);
	const emitted = sum((s) => s.emitted);
	const found = sum((s) => s.found);
	const leadRight = sum((s) => s.leadRight);
	const deadlinesLabelled = sum((s) => s.deadlinesLabelled);
	const deadlinesRight = sum((s) => s.deadlinesRight);
	return {
		labelled,
		emitted,
		found,
		leadRight,
		deadlinesLabelled,
		deadlinesRight,
		recall: ratio(found, labelled),
		leadAccuracy: ratio(leadRight, found),
		precision: ratio(found, emitted),
		deadlineAccuracy: ratio(deadlinesRight, deadlinesLabelled)
	};
}
