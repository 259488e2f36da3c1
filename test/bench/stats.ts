/** Small numeric and text-table helpers for the report. */

export function median(values: readonly number[]): number {
	if (values.length === 0) return NaN;
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** The middle half of `values` as "low–high" (25th to 75th percentile, nearest rank). */
export function middleHalf(values: readonly number[], format: (v: number) => string): string {
	if (values.length === 0) return 'n/a';
	const sorted = [...values].sort((a, b) => a - b);
	const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
	return `${format(at(0.25))}–${format(at(0.75))}`;
}

export const round = (value: number, digits = 1): number => {
	const f = 10 ** digits;
	return Math.round(value * f) / f;
};

export const ms = (value: number | null | undefined): string =>
	value === null || value === undefined || Number.isNaN(value) ? 'n/a' : `${round(value, 1)} ms`;

export const ratio = (value: number | null | undefined): string =>
	value === null || value === undefined || !Number.isFinite(value) ? 'n/a' : `${round(value, 2)}×`;

export const kib = (bytes: number): string => `${round(bytes / 1024, 1)} KiB`;

/** A plain text table: the first column left-aligned, the others right-aligned. */
export function table(header: string[], rows: (string | number)[][]): string {
	const cells = [header, ...rows].map((row) => row.map(String));
	const widths = header.map((_, i) => Math.max(...cells.map((row) => (row[i] ?? '').length)));
	const line = (row: string[]) =>
		row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ');
	const rule = widths.map((w) => '─'.repeat(w)).join('  ');
	return [line(cells[0]), rule, ...cells.slice(1).map(line)].join('\n');
}
