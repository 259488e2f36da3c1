import * as v from 'valibot';
import { readCsv } from './csv';

export interface Problem {
	file: string;
	line: number;
	field: string;
	message: string;
}

/** An echoed value stays short: a 10 MB cell must not flood the terminal. */
export function echo(value: unknown): string {
	const text = JSON.stringify(value) ?? '';
	return text.length > 80 ? `${text.slice(0, 77)}…" (${String(value).length} characters)` : text;
}

export const formatProblem = (p: Problem): string =>
	`${p.file}:${p.line}: ${p.field}: ${p.message}`;

export interface Validated<T> {
	rows: { line: number; row: T }[];
	problems: Problem[];
	/** Every record's raw values, valid or not: a bad row is still a row someone wrote. */
	raw: Record<string, string>[];
	/** False when the header or the file itself was unreadable: checks across files would only cascade. */
	readable: boolean;
}

/** Parses a CSV file and checks every row against `schema`, collecting every problem at once. */
export function validateCsv<S extends v.GenericSchema<Record<string, string>>>(
	file: string,
	text: string,
	schema: S,
	columns: readonly string[]
): Validated<v.InferOutput<S>> {
	const table = readCsv(text);
	const problems: Problem[] = [];
	if (table.failure) {
		problems.push({ file, line: table.failure.line, field: 'row', message: table.failure.message });
		return { rows: [], problems, raw: [], readable: false };
	}
	const missing = columns.filter((c) => !table.header.includes(c));
	const extra = table.header.filter((c) => !columns.includes(c));
	if (missing.length || extra.length) {
		const parts = [
			missing.length ? `missing ${missing.join(', ')}` : '',
			extra.length ? `unexpected ${extra.join(', ')}` : ''
		].filter(Boolean);
		problems.push({ file, line: 1, field: 'header', message: parts.join('; ') });
		return { rows: [], problems, raw: [], readable: false };
	}
	for (const m of table.malformed) {
		problems.push({
			file,
			line: m.line,
			field: 'row',
			message: `has ${m.fields} fields, the header has ${columns.length}`
		});
	}
	const rows: Validated<v.InferOutput<S>>['rows'] = [];
	for (const record of table.records) {
		const result = v.safeParse(schema, record.values, { abortEarly: false, abortPipeEarly: true });
		if (result.success) rows.push({ line: record.line, row: result.output });
		else {
			for (const issue of result.issues) {
				const field = issue.path?.map((p) => String(p.key)).join('.') ?? 'row';
				const value = issue.input === undefined ? '' : ` (${echo(issue.input)})`;
				problems.push({ file, line: record.line, field, message: issue.message + value });
			}
		}
	}
	return { rows, problems, raw: table.records.map((r) => r.values), readable: true };
}
