/**
 * `npm run bench:import [-- --json]`: imports every labelled plan of the corpus
 * (packages/domain/src/import/corpus: `<name>.labels.json` beside `<name>.txt` and, where made, `.docx`, `.pdf`)
 * and prints per file and overall recall, lead accuracy, precision and deadline wording.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { importPlan, toImportJson } from '@trienkhai/domain';
import { readImportFile } from '../src/import-command.ts';
import { scoreFile, totalScore, type FileScore, type LabelledTask } from '../src/import-score.ts';

const CORPUS = path.resolve(fileURLToPath(import.meta.url), '../../../../packages/domain/src/import/corpus');
const FORMATS = ['.txt', '.docx', '.pdf'] as const;

interface Row extends FileScore {
	file: string;
	ms: number;
}

async function exists(file: string): Promise<boolean> {
	return fs.access(file).then(
		() => true,
		() => false
	);
}

async function benchFile(file: string, labels: readonly LabelledTask[]): Promise<Row> {
	const started = performance.now();
	const plan = importPlan(await readImportFile(file));
	const ms = performance.now() - started;
	return { file: path.basename(file), ms, ...scoreFile(labels, toImportJson(plan).tasks) };
}

async function run(): Promise<Row[]> {
	const names = (await fs.readdir(CORPUS)).filter((f) => f.endsWith('.labels.json')).sort();
	const rows: Row[] = [];
	for (const name of names) {
		const base = name.slice(0, -'.labels.json'.length);
		const { tasks } = JSON.parse(await fs.readFile(path.join(CORPUS, name), 'utf8')) as {
			tasks: LabelledTask[];
		};
		for (const ext of FORMATS) {
			const file = path.join(CORPUS, base + ext);
			if (await exists(file)) rows.push(await benchFile(file, tasks));
		}
	}
	return rows;
}

const pct = (x: number): string => `${(100 * x).toFixed(1)}%`.padStart(7);

function table(rows: readonly Row[]): string {
	const head = `${'tệp / file'.padEnd(44)} ${'nhãn'.padStart(5)} ${'ra'.padStart(5)} ${'recall'.padStart(7)} ${'chủ trì'.padStart(7)} ${'precis.'.padStart(7)} ${'thời hạn'.padStart(8)} ${'ms'.padStart(6)}`;
	const line = (name: string, s: Omit<FileScore, 'missed' | 'wrongLeads' | 'extra'>, ms: number): string =>
		`${name.padEnd(44)} ${String(s.labelled).padStart(5)} ${String(s.emitted).padStart(5)} ${pct(s.recall)} ${pct(s.leadAccuracy)} ${pct(s.precision)} ${pct(s.deadlineAccuracy).padStart(8)} ${ms.toFixed(0).padStart(6)}`;
	const out = [head, ...rows.map((r) => line(r.file, r, r.ms))];
	out.push(
		line(
			'TỔNG / overall',
			totalScore(rows),
			rows.reduce((n, r) => n + r.ms, 0)
		)
	);
	for (const r of rows) {
		for (const m of r.missed) out.push(`  ${r.file}: thiếu / missed: ${m}`);
		for (const w of r.wrongLeads)
			out.push(
				`  ${r.file}: chủ trì sai / wrong lead: ${w.match} — ${w.expected ?? '(không)'} ≠ ${w.got ?? '(không)'}`
			);
		for (const e of r.extra) out.push(`  ${r.file}: thừa / extra: ${e}`);
	}
	return `${out.join('\n')}\n`;
}

const rows = await run();
process.stdout.write(
	process.argv.includes('--json')
		? `${JSON.stringify({ files: rows, overall: totalScore(rows) }, null, 2)}\n`
		: table(rows)
);
