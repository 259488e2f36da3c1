import { diffRows, type FieldChange, type Row } from './diff';

/** The tables whose rows a release lists, by the file readers download. */
export const LOGGED_TABLES = ['events', 'military', 'milestones'] as const;
export type LoggedTable = (typeof LOGGED_TABLES)[number];
export type Tables = Record<LoggedTable, Row[]>;

export const REASON_KINDS = [
	'correction',
	'new source',
	'new event',
	'rule change',
	'duplicate'
] as const;
export type ReasonKind = (typeof REASON_KINDS)[number];

/** A line of data/changelog.csv: why a row changed, for the release it belongs to. */
export interface Reason {
	/** A released version's id, or `next` for the release not cut yet. */
	release: string;
	id: string;
	kind: ReasonKind;
	reason: string;
}

/** The fields that say what a row is, kept with each change so a reader can tell rows apart. */
const KEY_FIELDS = [
	'date',
	'precision',
	'company',
	'stance',
	'scope',
	'from',
	'to',
	'level',
	'title'
];

export interface LoggedChange {
	table: LoggedTable;
	id: string;
	country: string | null;
	/** The row's key fields as it is now (as it was, for a removed row). */
	row: Record<string, string>;
	change: 'added' | 'changed' | 'removed';
	fields: FieldChange[];
	kind: ReasonKind | null;
	reason: string | null;
}

/** Every row added, changed or removed between two versions, with its reason when one is written. */
export function changesBetween(
	before: Tables,
	after: Tables,
	reasons: Reason[],
	release: string
): LoggedChange[] {
	const why = new Map(reasons.filter((r) => r.release === release).map((r) => [r.id, r]));
	return LOGGED_TABLES.flatMap((table) =>
		diffRows(before[table], after[table]).map((c) => {
			const row = [...after[table], ...before[table]].find((r) => r.id === c.id);
			const reason = why.get(c.id);
			return {
				table,
				...c,
				country: row?.country || null,
				row: Object.fromEntries(KEY_FIELDS.filter((k) => row?.[k]).map((k) => [k, row![k]])),
				kind: reason?.kind ?? null,
				reason: reason?.reason ?? null
			};
		})
	);
}

/** A changed or removed row must say why; an added row's reason is optional ("new event"). */
export const lacksReason = (c: LoggedChange) => c.change !== 'added' && c.reason === null;
