import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compareMatrix, moversOf } from '../../src/lib/model/compareMatrix';
import { decodeDataset } from '../../src/lib/model/eventCodec';
import { mapClassAt } from '../../src/lib/model/mapClass';
import { transitionOf, movingEvents } from '../../src/lib/model/transition';
import { STANCES, type CountryRecord, type Stance } from '../../src/lib/model/types';
import { GBR, USA } from '../fixtures/countries';

const country = (
	events: [string, Stance][],
	extra: Partial<CountryRecord> = {}
): CountryRecord => ({
	id: 'XXX',
	name: 'Test',
	a2: null,
	home: false,
	reviewed: '2026-12-06',
	military: [],
	events: events.map(([date, stance]) => ({
		date,
		precision: 'day',
		company: 'huawei',
		stance,
		uncertain: false
	})),
	...extra
});

/** Severity as the map reads it, written out: the expectation does not reuse the model's code. */
const SEVERITY: Record<Stance, number> = {
	banned: 5,
	restricted: 4,
	pressured: 3,
	briefed: 2,
	allowed: 1,
	none: 0
};

describe('transitionOf, for every pair of stances', () => {
	const pairs = STANCES.flatMap((a) => STANCES.map((b) => [a, b] as const));
	it.each(pairs)('a country that went from %s to %s moved as severity says', (a, b) => {
		const c = country([
			['2019-01-01', a],
			['2021-01-01', b]
		]);
		const t = transitionOf(c, '2020-01-01', '2022-01-01', 'huawei');
		expect([t.from, t.to]).toEqual([a, b]);
		const expected = a === b ? 'unchanged' : SEVERITY[b] > SEVERITY[a] ? 'tightened' : 'loosened';
		expect(t.move).toBe(expected);
	});
});

describe('transitionOf, edge cases', () => {
	it.each([
		['a first event between the dates is a new record', [['2021-01-01', 'banned']], 'new'],
		['a first event of stance allowed is a new record too', [['2021-01-01', 'allowed']], 'new'],
		['no event by the later date is no record', [['2023-01-01', 'banned']], 'norecord'],
		['no event at all is no record', [], 'norecord'],
		['an event on the later date itself counts', [['2022-01-01', 'restricted']], 'new'],
		[
			'an event on the earlier date itself is already recorded',
			[
				['2020-01-01', 'briefed'],
				['2021-06-01', 'pressured']
			],
			'tightened'
		],
		[
			'a measure lifted back to none is a loosening',
			[
				['2019-01-01', 'banned'],
				['2021-01-01', 'none']
			],
			'loosened'
		]
	] as const)('%s', (_name, events, move) => {
		const c = country(events as unknown as [string, Stance][]);
		expect(transitionOf(c, '2020-01-01', '2022-01-01', 'huawei').move).toBe(move);
	});

	it('China is drawn apart as the vendors home', () => {
		const c = country([['2019-01-01', 'allowed']], { home: true });
		expect(transitionOf(c, '2018-01-01', '2022-01-01', 'huawei').move).toBe('home');
	});
	it('an unsearched country without events shows unreviewed at both dates', () => {
		const t = transitionOf(country([], { reviewed: null }), '2018-01-01', '2022-01-01', 'huawei');
		expect(t).toEqual({ from: 'unreviewed', to: 'unreviewed', move: 'norecord' });
	});
	it('the company shown decides: a ZTE ban is no Huawei record', () => {
		expect(transitionOf(USA, '2018-01-01', '2018-05-01', 'zte').move).toBe('tightened');
		expect(transitionOf(USA, '2018-01-01', '2018-05-01', 'huawei').move).toBe('unchanged');
		expect(transitionOf(USA, '2018-01-01', '2018-05-01', 'any').move).toBe('tightened');
	});
});

describe('movingEvents', () => {
	it('lists the events after the earlier date up to the later one, for the company shown', () => {
		expect(movingEvents(USA.events, '2018-01-01', '2018-07-13', 'zte').map((e) => e.index)).toEqual(
			[1, 2]
		);
		expect(movingEvents(USA.events, '2018-01-01', '2018-07-13', 'huawei')).toEqual([]);
		expect(movingEvents(GBR.events, '2020-01-28', '2020-12-31', 'any').map((e) => e.index)).toEqual(
			[1]
		);
	});
});

describe('the compare view on the real dataset', () => {
	const dataset = decodeDataset(JSON.parse(readFileSync('static/data/stances.json', 'utf8')));
	const dates = [
		['2018-11-22', '2026-11-01'],
		['2012-01-01', '2019-05-15'],
		['2020-07-14', '2020-07-14']
	] as const;
	it.each(dates)('from %s to %s, every pair equals the stance at each date', (from, to) => {
		for (const company of ['huawei', 'zte', 'any'] as const)
			for (const c of dataset.countries) {
				const t = transitionOf(c, from, to, company);
				expect([c.id, t.from, t.to]).toEqual([
					c.id,
					mapClassAt(c, from, company),
					mapClassAt(c, to, company)
				]);
			}
	});
	it.each(dates)('from %s to %s, the matrix cells sum to the number of countries', (from, to) => {
		const { cells } = compareMatrix(dataset.countries, from, to, 'huawei');
		const sum = Object.values(cells)
			.flatMap((row) => Object.values(row))
			.reduce((a, b) => a + b);
		expect(sum).toBe(dataset.countries.length);
	});
	it('the same date twice moves nobody', () => {
		const { transitions } = compareMatrix(dataset.countries, '2020-07-14', '2020-07-14', 'any');
		expect(moversOf(transitions, (id) => id)).toEqual([]);
	});
	it('since the November 2018 briefings, Germany tightened and the UK is a first record', () => {
		const { transitions } = compareMatrix(dataset.countries, '2018-11-22', '2026-11-01', 'huawei');
		const movers = moversOf(transitions, (id) => id);
		expect(movers.find((m) => m.id === 'DEU')).toMatchObject({
			from: 'briefed',
			to: 'restricted',
			move: 'tightened'
		});
		expect(movers.find((m) => m.id === 'GBR')).toMatchObject({ to: 'banned', move: 'new' });
		expect(movers[0].move).toBe('tightened');
		const moves = movers.map((m) => m.move);
		expect(moves).toEqual(
			[...moves].sort(
				(a, b) =>
					['tightened', 'loosened', 'new'].indexOf(a) - ['tightened', 'loosened', 'new'].indexOf(b)
			)
		);
	});
});
