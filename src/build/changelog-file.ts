import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { csvFormatRows } from 'd3-dsv';
import * as v from 'valibot';
import { REASON_KINDS, type Reason } from '../lib/versions/changelog';
import { ID_PATTERNS, plainText } from './schema';
import { validateCsv, type Problem } from './validate';

export const CHANGELOG_FILE = 'data/changelog.csv';
export const CHANGELOG_COLUMNS = ['release', 'id', 'kind', 'reason'] as const;

const anyId = (id: string) => Object.values(ID_PATTERNS).some((p) => p.test(id));

/** data/changelog.csv: why each published row changed, one line per row and release. */
export const ReasonRow = v.object({
	release: v.pipe(
		v.string(),
		v.regex(
			/^(next|\d{4}-\d{2}-\d{2}(-\d+)?)$/,
			'must be next (the coming release) or a released version'
		)
	),
	id: v.pipe(
		v.string(),
		v.check(anyId, 'must be the id of an event, US-forces period or milestone')
	),
	kind: v.picklist(REASON_KINDS, `must be one of ${REASON_KINDS.join(', ')}`),
	reason: plainText(10, 800)
});

export function readChangelog(root: string): { reasons: Reason[]; problems: Problem[] } {
	const file = join(root, CHANGELOG_FILE);
	if (!existsSync(file)) return { reasons: [], problems: [] };
	const table = validateCsv(
		CHANGELOG_FILE,
		readFileSync(file, 'utf8'),
		ReasonRow,
		CHANGELOG_COLUMNS
	);
	return { reasons: table.rows.map((r) => r.row), problems: table.problems };
}

export function writeChangelog(root: string, reasons: Reason[]) {
	const rows = reasons.map((r) => CHANGELOG_COLUMNS.map((c) => r[c]));
	writeFileSync(
		join(root, CHANGELOG_FILE),
		csvFormatRows([[...CHANGELOG_COLUMNS], ...rows]) + '\n'
	);
}
