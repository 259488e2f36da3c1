import { describe, expect, it } from 'vitest';
import { latestEventFor, stanceAt } from '../../src/lib/model/stanceAt';
import { AFG, GBR, ISL, TWN, USA } from '../fixtures/countries';

describe('stanceAt', () => {
	it.each([
		['the UK has no stance before its first event', GBR, '2019-12-31', 'huawei', 'none'],
		[
			'the UK restricts Huawei from the day of the decision',
			GBR,
			'2020-01-28',
			'huawei',
			'restricted'
		],
		['the UK restriction holds until the ban', GBR, '2020-07-13', 'huawei', 'restricted'],
		['the UK ban replaces the restriction', GBR, '2020-07-14', 'huawei', 'banned'],
		['the UK ban still holds years later', GBR, '2026-01-01', 'huawei', 'banned'],
		['a Huawei-only event leaves ZTE at none', GBR, '2021-01-01', 'zte', 'none'],
		['any takes the more severe company', GBR, '2021-01-01', 'any', 'banned'],
		['a both event sets ZTE too', USA, '2013-01-01', 'zte', 'restricted'],
		['the ZTE denial order bans ZTE', USA, '2018-05-01', 'zte', 'banned'],
		['the denial order leaves Huawei as it was', USA, '2018-05-01', 'huawei', 'restricted'],
		['any reads the ZTE ban during the denial order', USA, '2018-05-01', 'any', 'banned'],
		['lifting the denial order ends the ZTE ban', USA, '2018-07-13', 'zte', 'restricted'],
		[
			'lifting the denial order brings any back to restricted',
			USA,
			'2019-01-01',
			'any',
			'restricted'
		],
		['a country with no events is none', ISL, '2024-01-01', 'any', 'none'],
		['military presence alone sets no stance', AFG, '2015-01-01', 'huawei', 'none'],
		['a year-precise event holds from 1 January', TWN, '2014-01-01', 'huawei', 'banned'],
		['a year-precise event does not hold the day before', TWN, '2013-12-31', 'huawei', 'none'],
		['a month-precise event holds from the 1st', TWN, '2019-07-01', 'zte', 'restricted'],
		['a month-precise event does not hold in the month before', TWN, '2019-06-30', 'zte', 'none']
	] as const)('%s', (_name, country, date, company, expected) => {
		expect(stanceAt(country, date, company)).toBe(expected);
	});
});

describe('latestEventFor', () => {
	it.each([
		['names the latest Huawei event for Huawei', USA, '2019-01-01', 'huawei', '2012-10-08'],
		['names the latest ZTE event for ZTE', USA, '2019-01-01', 'zte', '2018-07-13'],
		['with any, names the newer of the two', USA, '2019-01-01', 'any', '2018-07-13'],
		['with any, a both event counts for each', USA, '2023-01-01', 'any', '2022-11-25'],
		['a country with no events has none', ISL, '2023-01-01', 'any', undefined],
		['nothing before the first event', TWN, '2013-06-01', 'any', undefined]
	] as const)('%s', (_name, country, date, company, expected) => {
		expect(latestEventFor(country, date, company)?.date).toBe(expected);
	});
});
