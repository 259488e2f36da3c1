import { parse } from 'csv-parse/sync';

export interface CsvRecord {
	/** 1-based line of the file where the record starts, for error messages. */
	line: number;
	values: Record<string, string>;
}

export interface CsvTable {
	header: string[];
	records: CsvRecord[];
	/** Rows whose number of fields does not match the header. */
	malformed: { line: number; fields: number }[];
	/** What stopped the parser (a quote never closed), with the line it names. */
	failure: { line: number; message: string } | null;
}

interface Parsed {
	record: string[];
	/** csv-parse counts the line a record ends on. */
	info: { lines: number };
}

const newlines = (record: string[]) =>
	record.reduce((n, field) => n + (field.match(/\n/g)?.length ?? 0), 0);

/**
 * Parses CSV as spreadsheets save it. csv-parse counts lines itself, so a line break inside a
 * quoted field or a stray `"` inside an unquoted one (`Côte d"Ivoire`) never shifts the line
 * numbers an editor is sent to.
 */
export function readCsv(text: string): CsvTable {
	let rows: Parsed[];
	try {
		rows = parse(text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n'), {
			info: true,
			relax_quotes: true,
			relax_column_count: true,
			skip_empty_lines: true
		}) as unknown as Parsed[];
	} catch (error) {
		const { lines, message } = error as { lines?: number; message: string };
		return { header: [], records: [], malformed: [], failure: { line: lines ?? 1, message } };
	}
	const startLine = ({ record, info }: Parsed) => info.lines - newlines(record);
	const [first, ...body] = rows;
	const header = first ? first.record.map((h) => h.trim()) : [];
	const records: CsvRecord[] = [];
	const malformed: CsvTable['malformed'] = [];
	for (const row of body) {
		const { record } = row;
		if (record.length !== header.length) {
			malformed.push({ line: startLine(row), fields: record.length });
			continue;
		}
		records.push({
			line: startLine(row),
			values: Object.fromEntries(header.map((h, j) => [h, record[j].trim()]))
		});
	}
	return { header, records, malformed, failure: null };
}
