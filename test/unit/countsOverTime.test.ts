import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { countsAt } from '../../src/lib/model/counts';
import { countsOverTime } from '../../src/lib/model/countsOverTime';
import { addMonths } from '../../src/lib/model/dates';
import { decodeDataset } from '../../src/lib/model/eventCodec';
import type { CompanyChoice, IsoDate } from '../../src/lib/model/types';
import { GBR, USA } from '../fixtures/countries';

const dataset = decodeDataset(JSON.parse(readFileSync('static/data/stances.json', 'utf8')));
const months = (from: IsoDate, count: number) =>
	Array.from({ length: count }, (_, i) => addMonths(from, i));

describe('the chart counts every month as countsAt counts that date', () => {
	it.each<[string, CompanyChoice, IsoDate[]]>([
		['Huawei, month by month since 2006', 'huawei', months('2006-01-01', 252)],
		['ZTE, month by month since 2006', 'zte', months('2006-01-01', 252)],
		['either company, month by month since 2006', 'any', months('2006-01-01', 252)],
		[
			'Huawei, at dates that fall on event days',
			'huawei',
			['2018-08-23', '2019-05-15', '2020-07-14']
		],
		['Huawei, before the first event', 'huawei', ['1999-01-01']]
	])('%s, on the real data', (_, company, dates) => {
		const rows = countsOverTime(dataset.countries, dates, company);
		expect(rows.map((r) => r.date)).toEqual(dates);
		for (const row of rows)
			expect(row.counts).toEqual(countsAt(dataset.countries, row.date, company));
	});

	it('counts a country on the very day of its event in its new class', () => {
		const [before, on] = countsOverTime([GBR], ['2020-07-13', '2020-07-14'], 'huawei');
		expect(before.counts).toEqual(countsAt([GBR], '2020-07-13', 'huawei'));
		expect(on.counts).toEqual(countsAt([GBR], '2020-07-14', 'huawei'));
	});

	it('gives no dates no rows, and no countries zero counts', () => {
		expect(countsOverTime([USA], [], 'huawei')).toEqual([]);
		const [row] = countsOverTime([], ['2020-01-01'], 'huawei');
		expect(Object.values(row.counts).every((n) => n === 0)).toBe(true);
	});
});
