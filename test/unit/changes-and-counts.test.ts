import { describe, expect, it } from 'vitest';
import { changesBetween } from '../../src/lib/model/changes';
import { countsAt } from '../../src/lib/model/counts';
import { ALL } from '../fixtures/countries';

describe('changesBetween', () => {
	it.each([
		['July 2020 shows the UK ban', '2020-07-01', '2020-08-01', 'huawei', ['GBR:restricted>banned']],
		[
			'April 2018 shows the ZTE denial order',
			'2018-04-01',
			'2018-05-01',
			'zte',
			['USA:restricted>banned']
		],
		['the same month for Huawei shows nothing', '2018-04-01', '2018-05-01', 'huawei', []],
		[
			'going backwards reports the reverse change',
			'2020-08-01',
			'2020-07-01',
			'huawei',
			['GBR:banned>restricted']
		],
		[
			'a span with two UK events reports one net change',
			'2019-01-01',
			'2021-01-01',
			'huawei',
			['GBR:none>banned']
		],
		['equal dates change nothing', '2020-07-14', '2020-07-14', 'any', []]
	] as const)('%s', (_name, from, to, company, expected) => {
		const got = changesBetween(ALL, from, to, company).map((c) => `${c.id}:${c.from}>${c.to}`);
		expect(got).toEqual(expected);
	});
});

describe('countsAt', () => {
	it.each([
		[
			'before any event every searched country is none, China home and Greenland unreviewed',
			'2011-01-01',
			'any',
			{ none: 5, home: 1, unreviewed: 1 }
		],
		[
			'in 2015 the US restricts and Taiwan bans',
			'2015-06-01',
			'huawei',
			{ restricted: 1, banned: 1, none: 3, home: 1, unreviewed: 1 }
		],
		[
			'in August 2020 the UK joins the banned',
			'2020-08-01',
			'huawei',
			{ restricted: 1, banned: 2, none: 2, home: 1, unreviewed: 1 }
		],
		[
			'ZTE in 2020 counts Taiwan as restricted',
			'2020-08-01',
			'zte',
			{ restricted: 2, none: 3, home: 1, unreviewed: 1 }
		]
	] as const)('%s', (_name, date, company, expected) => {
		const counts = countsAt(ALL, date, company);
		const nonZero = Object.fromEntries(Object.entries(counts).filter(([, n]) => n > 0));
		expect(nonZero).toEqual(expected);
		expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(ALL.length);
	});
});
