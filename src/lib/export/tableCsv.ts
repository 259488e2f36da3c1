import { csvFormatRows } from 'd3-dsv';

/**
 * A table as CSV text, header first. d3-dsv quotes what needs quoting; a cell that a spreadsheet
 * would run as a formula (=, +, -, @ first) gets a leading apostrophe, so opening the file is safe.
 */
export function tableCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
	const safe = (cell: string) => (/^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell);
	return csvFormatRows([[...header], ...rows.map((r) => r.map(safe))]) + '\n';
}
