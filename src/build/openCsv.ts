import { csvFormatRows } from 'd3-dsv';

/**
 * Cells a spreadsheet would run as a formula: OWASP's CSV-injection list. A leading apostrophe
 * makes Excel, LibreOffice and Google Sheets show the cell as text, and a reader of the plain
 * file still reads "'-5% of the market" as the words they are.
 */
export const FORMULA_START = /^[=+\-@\t\r]/;

export const neutralise = (cell: string) => (FORMULA_START.test(cell) ? `'${cell}` : cell);

/** A published CSV: the given columns in order, every cell neutralised. */
export function publishCsv(columns: readonly string[], records: Record<string, string>[]): string {
	return (
		csvFormatRows([
			[...columns],
			...records.map((r) => columns.map((c) => neutralise(r[c] ?? '')))
		]) + '\n'
	);
}
