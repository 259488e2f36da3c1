import { describe, expect, it } from 'vitest';
import { changesBetween } from '../../src/lib/model/changes';
import { describeChanges } from '../../src/lib/model/describe';
import { ALL } from '../fixtures/countries';

const byId = new Map(ALL.map((c) => [c.id, c]));
const line = (from: string, to: string, company: 'huawei' | 'zte' | 'any', limit?: number) =>
	describeChanges(changesBetween(ALL, from, to, company), byId, to, company, limit);

describe('describeChanges', () => {
	it.each([
		[
			'names the UK ban of July 2020',
			'2020-07-01',
			'2020-08-01',
			'huawei',
			undefined,
			'August 2020: United Kingdom banned Huawei.'
		],
		[
			'names the ZTE denial order',
			'2018-04-01',
			'2018-05-01',
			'zte',
			undefined,
			'May 2018: United States banned ZTE.'
		],
		['says nothing when nothing changed', '2016-01-01', '2016-02-01', 'huawei', undefined, ''],
		[
			'with any, names the company of the latest event',
			'2018-04-01',
			'2018-05-01',
			'any',
			undefined,
			'May 2018: United States banned ZTE.'
		],
		[
			'with any, a both event names both',
			'2022-11-01',
			'2022-12-01',
			'any',
			undefined,
			'December 2022: United States banned Huawei and ZTE.'
		],
		[
			'lists the most severe first up to the limit, then counts the rest',
			'2011-01-01',
			'2021-01-01',
			'huawei',
			1,
			'January 2021: Taiwan banned Huawei, and 2 more.'
		],
		[
			'a lifted ban reads as restricted',
			'2018-07-01',
			'2018-08-01',
			'zte',
			undefined,
			'August 2018: United States restricted ZTE.'
		]
	] as const)('%s', (_name, from, to, company, limit, expected) => {
		expect(line(from, to, company, limit)).toBe(expected);
	});
});
