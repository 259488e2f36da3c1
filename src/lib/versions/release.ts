import type { LoggedChange } from './changelog';

/** A published version with its changes, as the changes page and the feeds show it. */
export interface Release {
	id: string;
	date: string;
	previous: string | null;
	changes: LoggedChange[];
}

/** What the changed row is, in brief: "2019-03-11, huawei, pressured". */
export const rowSummary = (c: LoggedChange, separator = ', ') =>
	[c.row.date, c.row.company, c.row.stance ?? c.row.level, c.row.title]
		.filter(Boolean)
		.join(separator);

/** One change in plain English (row text is English in every edition): what, where, why. */
export function describeChange(c: LoggedChange, countryName: (id: string) => string): string {
	const where = c.country ? `${countryName(c.country)} (${c.id})` : c.id;
	const what = rowSummary(c);
	const head =
		c.change === 'added'
			? `Added ${where}: ${what}.`
			: c.change === 'removed'
				? `Removed ${where}: ${what}.`
				: `Changed ${where}: ${c.fields.map((f) => (f.old.length + f.new.length > 160 ? `${f.field} rewritten` : `${f.field} ${f.old || '(empty)'} → ${f.new || '(empty)'}`)).join('; ')}.`;
	return c.reason ? `${head} Why: ${c.reason}` : head;
}

/** "12 added, 30 changed, 5 removed". */
export function countsLine(changes: LoggedChange[]): string {
	const n = (kind: LoggedChange['change']) => changes.filter((c) => c.change === kind).length;
	return `${n('added')} added, ${n('changed')} changed, ${n('removed')} removed`;
}
