import { describe, expect, it } from 'vitest';
import { mapClassAt } from '../../src/lib/model/mapClass';
import { CHN, GBR, GRL, ISL } from '../fixtures/countries';

describe('mapClassAt', () => {
	it.each([
		['China is drawn as the vendors’ home at any date', CHN, '2020-01-01', 'any', 'home'],
		['China stays home even for one company', CHN, '2012-01-01', 'zte', 'home'],
		['a place nobody searched is unreviewed', GRL, '2020-01-01', 'huawei', 'unreviewed'],
		['a searched country with nothing found is none', ISL, '2020-01-01', 'huawei', 'none'],
		['a country with events before its first event is none', GBR, '2019-01-01', 'huawei', 'none'],
		['a country with events reads its stance', GBR, '2020-08-01', 'huawei', 'banned']
	] as const)('%s', (_name, country, date, company, expected) => {
		expect(mapClassAt(country, date, company)).toBe(expected);
	});
});
