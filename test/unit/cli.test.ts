import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const tsx = resolve('node_modules/.bin/tsx');
const run = (script: string, args: string[], cwd = process.cwd()) =>
	spawnSync(tsx, [resolve(script), ...args], { cwd, encoding: 'utf8' });

describe('npm run data on a broken file', () => {
	it('exits 1, names file, line and field, and leaves the last good outputs untouched', () => {
		const dir = mkdtempSync(join(tmpdir(), 'stance-data-'));
		cpSync('data', join(dir, 'data'), { recursive: true });
		cpSync('static/data', join(dir, 'static/data'), { recursive: true });
		const before = readFileSync(join(dir, 'static/data/stances.json'), 'utf8');
		const csv = readFileSync(join(dir, 'data/events.csv'), 'utf8').split('\n');
		csv[4] = csv[4].replace(/^([A-Z]{3}-\d{3}),[A-Z]{3},\d{4}-\d{2}-\d{2}/, '$1,ZZZ,2021-02-30');
		writeFileSync(join(dir, 'data/events.csv'), csv.join('\n'));

		const result = run('src/build/build-data.ts', [], dir);

		expect(result.status).toBe(1);
		expect(result.stderr).toContain('data/events.csv:5: country: unknown country code');
		expect(result.stderr).toContain('data/events.csv:5: date: must be a real date');
		expect(readFileSync(join(dir, 'static/data/stances.json'), 'utf8')).toBe(before);
		// A child process that validates every file: seconds on a busy two-core machine.
	}, 60_000);
});

describe('npm run stance', () => {
	const stance = (...args: string[]) => {
		const result = run('src/build/stance-cli.ts', args);
		return {
			status: result.status,
			json: result.status === 0 ? JSON.parse(result.stdout) : null,
			stderr: result.stderr
		};
	};

	it.each([
		['the UK bans Huawei in July 2020', ['GBR', '2020-07-15'], 'banned', true],
		['the UK restricts Huawei before that', ['GBR', '2020-03-01'], 'restricted', true],
		[
			'the US denial order bans nothing for ZTE in networks: restricted',
			['USA', '2018-05-01', '--company', 'zte'],
			'restricted',
			false
		],
		[
			'Australia excluded both vendors from 5G in 2018',
			['AUS', '2018-09-01', '--company', 'any'],
			'banned',
			true
		],
		[
			'Australia had no stance in 2011, before the Darwin rotation',
			['AUS', '2011-06-01'],
			'none',
			false
		],
		[
			'Germany was briefed in November 2018 and hosts US forces',
			['DEU', '2018-12-01'],
			'briefed',
			true
		],
		['a country with no events is none', ['ISL', '2012-06-01', '--company', 'zte'], 'none', false]
	])('%s', (_name, args, expected, usMilitary) => {
		const { status, json } = stance(...args);
		expect(status).toBe(0);
		expect(json).toMatchObject({ country: args[0], date: args[1], stance: expected, usMilitary });
		expect(json.company).toBe(args[3] ?? 'huawei');
		expect(json.events.every((e: { date: string }) => e.date <= args[1])).toBe(true);
	});

	it('says China is the vendors’ home instead of giving it a stance', () => {
		const { status, json } = stance('CHN', '2020-01-01');
		expect(status).toBe(0);
		expect(json).toMatchObject({ country: 'CHN', home: true, stance: null });
	});

	it('gives a stance and no home flag everywhere else', () => {
		const { json } = stance('GBR', '2020-07-15');
		expect(json.home).toBeUndefined();
		expect(json.stance).toBe('banned');
	});

	it.each([
		['an unknown code', ['XYZ', '2020-01-01'], /unknown country code: XYZ/],
		['a malformed date', ['GBR', '2020-13-01'], /not a date: 2020-13-01/],
		['a bad company', ['GBR', '2020-01-01', '--company', 'nokia'], /--company must be/],
		['missing arguments', ['GBR'], /usage:/]
	])('rejects %s with a message and a non-zero exit', (_name, args, message) => {
		const { status, stderr } = stance(...args);
		expect(status).not.toBe(0);
		expect(stderr).toMatch(message);
	});
});
