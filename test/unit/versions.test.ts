import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkVersions, readVersions } from '../../src/build/versions';
import { nextId } from '../../src/build/release';
import {
	changesBetween,
	lacksReason,
	type Reason,
	type Tables
} from '../../src/lib/versions/changelog';
import { diffRows } from '../../src/lib/versions/diff';

const row = (id: string, date: string, stance = 'pressured', checked = '2026-11-29') => ({
	id,
	country: id.slice(0, 3),
	date,
	stance,
	checked
});

describe('diffRows', () => {
	it.each([
		['an unchanged table', [row('DEU-001', '2019-03-08')], [row('DEU-001', '2019-03-08')], []],
		[
			'a corrected date, old and new',
			[row('DEU-001', '2019-03-08')],
			[row('DEU-001', '2019-03-11')],
			[
				{
					id: 'DEU-001',
					change: 'changed',
					fields: [{ field: 'date', old: '2019-03-08', new: '2019-03-11' }]
				}
			]
		],
		[
			'a removed row',
			[row('DEU-001', '2019-03-08'), row('DEU-002', '2020-01-01')],
			[row('DEU-001', '2019-03-08')],
			[{ id: 'DEU-002', change: 'removed', fields: [] }]
		],
		[
			'an added row',
			[],
			[row('ITA-001', '2020-01-01')],
			[{ id: 'ITA-001', change: 'added', fields: [] }]
		],
		[
			'a changed id: the old id removed, the new one added',
			[row('DEU-001', '2019-03-08')],
			[row('DEU-009', '2019-03-08')],
			[
				{ id: 'DEU-001', change: 'removed', fields: [] },
				{ id: 'DEU-009', change: 'added', fields: [] }
			]
		],
		[
			'only a new second-reading date',
			[row('DEU-001', '2019-03-08')],
			[row('DEU-001', '2019-03-08', 'pressured', '2026-12-06')],
			[]
		],
		[
			'a value holding daff’s own marker',
			[row('DEU-001', '2019-03-08', 'a->b')],
			[row('DEU-001', '2019-03-08', 'a->c')],
			[
				{
					id: 'DEU-001',
					change: 'changed',
					fields: [{ field: 'stance', old: 'a->b', new: 'a->c' }]
				}
			]
		]
	])('reports %s', (_name, before, after, expected) => {
		expect(diffRows(before, after)).toEqual(expected);
	});
});

describe('changesBetween and reasons', () => {
	const before: Tables = {
		events: [row('DEU-001', '2019-03-08'), row('DEU-002', '2020-01-01')],
		military: [],
		milestones: []
	};
	const after: Tables = {
		events: [row('DEU-001', '2019-03-11'), row('DEU-003', '2021-01-01')],
		military: [],
		milestones: []
	};
	const reason = (id: string, release = 'next'): Reason => ({
		release,
		id,
		kind: 'correction',
		reason: 'Because the source says so.'
	});

	it.each([
		[
			'no reasons: the changed and the removed row lack one, the added row does not',
			[],
			['DEU-001', 'DEU-002']
		],
		['every reason written', [reason('DEU-001'), reason('DEU-002')], []],
		[
			'a reason for another release does not count',
			[reason('DEU-001', '2026-11-29'), reason('DEU-002')],
			['DEU-001']
		]
	])('finds rows without a reason: %s', (_name, reasons, missing) => {
		const changes = changesBetween(before, after, reasons, 'next');
		expect(changes.map((c) => [c.id, c.change])).toEqual([
			['DEU-001', 'changed'],
			['DEU-002', 'removed'],
			['DEU-003', 'added']
		]);
		expect(changes.filter(lacksReason).map((c) => c.id)).toEqual(missing);
	});

	it('carries the country and the reason with each change', () => {
		const [first] = changesBetween(before, after, [reason('DEU-001')], 'next');
		expect(first).toMatchObject({
			table: 'events',
			country: 'DEU',
			kind: 'correction',
			reason: 'Because the source says so.'
		});
	});
});

describe('release ids', () => {
	it.each([
		['2026-12-06', [], '2026-12-06'],
		['2026-12-06', ['2026-11-29'], '2026-12-06'],
		['2026-12-06', ['2026-12-06'], '2026-12-06-2'],
		['2026-12-06', ['2026-12-06', '2026-12-06-2'], '2026-12-06-3']
	])('the release of %s after %j is %s', (date, taken, id) => {
		expect(nextId(date, taken)).toBe(id);
	});
});

describe('published versions', () => {
	it('lists every release, each with the one before as its previous', () => {
		const versions = readVersions(process.cwd());
		expect(versions.slice(0, 3).map((v) => [v.id, v.previous])).toEqual([
			['2026-11-29', null],
			['2026-12-06', '2026-11-29'],
			['2026-12-06-2', '2026-12-06']
		]);
		versions.forEach((v, i) => expect(v.previous).toBe(i ? versions[i - 1].id : null));
		expect(versions[1].counts.changed).toBeGreaterThan(0);
	});

	it('fails the build when a published file is rewritten or missing', () => {
		const root = mkdtempSync(join(tmpdir(), 'stance-versions-'));
		cpSync('static/data/versions.json', join(root, 'static/data/versions.json'));
		cpSync('static/data/v', join(root, 'static/data/v'), { recursive: true });
		cpSync('data/published.sha256.json', join(root, 'data/published.sha256.json'));
		expect(checkVersions(root)).toEqual([]);
		writeFileSync(join(root, 'static/data/v/2026-11-29/events.csv'), 'id\n');
		expect(checkVersions(root)).toEqual([
			expect.objectContaining({
				file: 'static/data/v/2026-11-29/events.csv',
				message: expect.stringContaining('published version 2026-11-29 was rewritten')
			})
		]);
	});
});

describe('npm run release', () => {
	it('refuses a changed row without a reason, naming its file and line, and writes nothing', () => {
		const root = mkdtempSync(join(tmpdir(), 'stance-release-'));
		cpSync('data', join(root, 'data'), { recursive: true });
		cpSync('static/data/versions.json', join(root, 'static/data/versions.json'));
		cpSync('static/data/v', join(root, 'static/data/v'), { recursive: true });
		const released = readVersions(root);
		const latest = released.at(-1)!.id;
		const published = released.length;
		const events = readFileSync(join(root, 'data/events.csv'), 'utf8').split('\n');
		const line = events.findIndex((l) => l.startsWith('DEU-002,'));
		events[line] = events[line].replace('2019-03-11', '2019-03-12');
		writeFileSync(join(root, 'data/events.csv'), events.join('\n'));
		const result = spawnSync(resolve('node_modules/.bin/tsx'), [resolve('src/build/release.ts')], {
			cwd: root,
			encoding: 'utf8'
		});
		expect(result.status).toBe(1);
		expect(result.stderr).toContain(
			`data/events.csv:${line + 1}: id: DEU-002 changed since ${latest} (date)`
		);
		expect(readVersions(root)).toHaveLength(published);
	}, 60_000);
});
