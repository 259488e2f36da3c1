import { csvParseRows } from 'd3-dsv';

export interface CsvRecord {
	/** 1-based line of the file where the record starts, for error messages. */
	line: number;
	values: Record<string, string>;
}

/** The line each record starts on: a newline inside a quoted field does not start a record. */
function recordStartLines(text: string): number[] {
	const starts: number[] = [1];
	let line = 1;
	let quoted = false;
	for (let i = 0; i < text.length; i++) {
		const ch = text[i];
		if (ch === '"') quoted = !quoted;
		else if (ch === '\n') {
			line += 1;
			if (!quoted && i + 1 < text.length) starts.push(line);
		}
	}
	return starts;
}

export interface CsvTable {
	header: string[];
	records: CsvRecord[];
	/** Rows whose number of fields does not match the header. */
	malformed: { line: number; fields: number }[];
}

export function readCsv(text: string): CsvTable {
	const normalised = text.replace(/\r\n?/g, '\n');
	const rows = csvParseRows(normalised);
	const lines = recordStartLines(normalised);
	const [header = [], ...body] = rows;
	const records: CsvRecord[] = [];
	const malformed: CsvTable['malformed'] = [];
	body.forEach((row, i) => {
		const line = lines[i + 1];
		if (row.length === 1 && row[0] === '') return;
		if (row.length !== header.length) {
			malformed.push({ line, fields: row.length });
			return;
		}
		records.push({ line, values: Object.fromEntries(header.map((h, j) => [h, row[j].trim()])) });
	});
	return { header, records, malformed };
}
