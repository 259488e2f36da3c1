import daff from 'daff';

export type Row = Record<string, string>;

export interface FieldChange {
	field: string;
	old: string;
	new: string;
}

export interface RowChange {
	id: string;
	change: 'added' | 'changed' | 'removed';
	/** For a changed row, each field that differs, old → new. */
	fields: FieldChange[];
}

/**
 * Fields that record our process, not the row's content: a new second-reading date is no change
 * a reader needs to be told about.
 */
const PROCESS_FIELDS = new Set(['checked']);

const table = (rows: Row[], columns: string[]) =>
	new daff.TableView([columns, ...rows.map((r) => columns.map((c) => r[c] ?? ''))]);

/**
 * The rows added, changed and removed between two versions of a table, keyed by `id`. daff aligns
 * the rows by their id; the fields are then read from both sides, so a value that itself holds
 * "->" (daff's marker) cannot be misread.
 */
export function diffRows(before: Row[], after: Row[]): RowChange[] {
	const columns = [...new Set([...before, ...after].flatMap((r) => Object.keys(r)))];
	if (!columns.includes('id')) return [];
	const flags = new daff.CompareFlags();
	flags.addPrimaryKey('id');
	const alignment = daff
		.compareTables(table(before, columns), table(after, columns), flags)
		.align();
	const changes: RowChange[] = [];
	for (const unit of alignment.toOrder().getList() as { l: number; r: number }[]) {
		// daff numbers data rows from 1 (row 0 is the header); -1 is "no row on that side".
		const a = unit.l > 0 ? before[unit.l - 1] : undefined;
		const b = unit.r > 0 ? after[unit.r - 1] : undefined;
		if (!a && !b) continue;
		if (!a) changes.push({ id: b!.id, change: 'added', fields: [] });
		else if (!b) changes.push({ id: a.id, change: 'removed', fields: [] });
		else {
			const fields = columns
				.filter((c) => !PROCESS_FIELDS.has(c) && (a[c] ?? '') !== (b[c] ?? ''))
				.map((field) => ({ field, old: a[field] ?? '', new: b[field] ?? '' }));
			if (fields.length) changes.push({ id: b.id, change: 'changed', fields });
		}
	}
	// Ordered by id, so the same two versions always give the same list.
	return changes.sort((x, y) => x.id.localeCompare(y.id));
}
