/**
 * `npm run release`: freezes the current dataset as a version that is never rewritten.
 *
 * The version's id is the release day (a second release that day gets `-2`). Its files go to
 * static/data/v/<id>/ (the open data, dataset.json, the map's stances and details for pinned
 * embeds, and changes.json: every row added, changed or removed since the previous version, with
 * the reason an editor wrote in data/changelog.csv) and it is listed in static/data/versions.json
 * with a hash of each file, so a rewritten version fails `npm run data` and the tests.
 *
 * `--data DIR --date YYYY-MM-DD --legacy` cuts a historical version from an older copy of data/
 * (the first, 2026-11-29, from the data as it stood before dataset v3): `--legacy` skips the rules
 * that began with v3.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { todayIso } from '../lib/model/dates';
import {
	changesBetween,
	lacksReason,
	type LoggedChange,
	type Tables
} from '../lib/versions/changelog';
import { build, readInputs, type BuildResult } from './build-data';
import { readChangelog, writeChangelog } from './changelog-file';
import { formatProblem } from './validate';
import {
	HASHES_FILE,
	readHashes,
	correctionsFrom,
	readVersions,
	releasedTables,
	sha256,
	versionDir,
	VERSIONS_FILE
} from './versions';

/** The day's id: `2026-12-06`, then `2026-12-06-2` for a second release that day. */
export function nextId(date: string, taken: string[]): string {
	if (!taken.includes(date)) return date;
	let n = 2;
	while (taken.includes(`${date}-${n}`)) n++;
	return `${date}-${n}`;
}

/** The files of a version: what the live site publishes, as it stands at the release. */
function versionFiles(
	result: BuildResult,
	id: string,
	changes: LoggedChange[],
	previous: string | null
) {
	const keep = (name: string) =>
		name.endsWith('.csv') || name === 'stances.json' || name.startsWith('details/');
	const files: Record<string, string> = Object.fromEntries(
		Object.entries(result.outputs).filter(([name]) => keep(name))
	);
	const dataset = JSON.parse(result.outputs['dataset.json']);
	files['dataset.json'] = JSON.stringify({ version: id, ...dataset });
	files['changes.json'] = JSON.stringify({ version: id, previous, changes });
	return files;
}

function main() {
	const { values } = parseArgs({
		options: {
			data: { type: 'string' },
			date: { type: 'string' },
			legacy: { type: 'boolean', default: false }
		}
	});
	const root = process.cwd();
	const result = build(readInputs(values.data ?? root), {
		legacy: values.legacy,
		corrections: correctionsFrom(root)
	});
	if (result.problems.length) {
		console.error(result.problems.join('\n') + '\n\nNothing released: fix the data first.');
		process.exitCode = 1;
		return;
	}
	const versions = readVersions(root);
	const id = nextId(
		values.date ?? todayIso(),
		versions.map((v) => v.id)
	);
	const previous = versions.at(-1)?.id ?? null;
	const current = JSON.parse(result.outputs['dataset.json']);
	const after: Tables = {
		events: current.events,
		military: current.military,
		milestones: current.milestones
	};
	const before: Tables = previous
		? releasedTables(root, previous)
		: { events: [], military: [], milestones: [] };
	const log = readChangelog(root);
	if (log.problems.length) {
		console.error(log.problems.map(formatProblem).join('\n'));
		process.exitCode = 1;
		return;
	}
	// The first version has nothing to differ from: its rows are the starting record.
	const changes = previous ? changesBetween(before, after, log.reasons, 'next') : [];
	const unexplained = changes.filter(lacksReason);
	if (unexplained.length) {
		const lines = new Map(result.rowLines);
		console.error(
			unexplained
				.map(
					(c) =>
						`${lines.get(c.id) ?? 'data/changelog.csv:1'}: id: ${c.id} ${c.change} since ${previous}` +
						`${c.fields.length ? ` (${c.fields.map((f) => f.field).join(', ')})` : ''}` +
						': add a line to data/changelog.csv: next,' +
						`${c.id},<kind>,<reason readers will see>`
				)
				.join('\n') + `\n\n${unexplained.length} change(s) without a reason; nothing released.`
		);
		process.exitCode = 1;
		return;
	}
	const files = versionFiles(result, id, changes, previous);
	const dir = versionDir(root, id);
	for (const [name, body] of Object.entries(files)) {
		mkdirSync(join(dir, name, '..'), { recursive: true });
		writeFileSync(join(dir, name), body);
	}
	const count = (kind: LoggedChange['change']) => changes.filter((c) => c.change === kind).length;
	versions.push({
		id,
		date: values.date ?? todayIso(),
		previous,
		counts: { added: count('added'), changed: count('changed'), removed: count('removed') }
	});
	const hashes = readHashes(root);
	hashes[id] = Object.fromEntries(
		Object.entries(files).map(([name, body]) => [name, sha256(body)])
	);
	writeFileSync(
		join(root, HASHES_FILE),
		JSON.stringify(
			{ generated: 'Written by `npm run release`. Do not edit.', versions: hashes },
			null,
			'\t'
		) + '\n'
	);
	writeFileSync(
		join(root, VERSIONS_FILE),
		JSON.stringify(
			{ generated: 'Written by `npm run release`. Do not edit.', versions },
			null,
			'\t'
		) + '\n'
	);
	if (previous)
		writeChangelog(
			root,
			log.reasons.map((r) => (r.release === 'next' ? { ...r, release: id } : r))
		);
	console.log(
		`released ${id}: ${changes.length} change(s) since ${previous ?? 'the start'}, in ${dir}`
	);
}

if (import.meta.url === `file://${process.argv[1]}`) main();
