import { describe, expect, it } from 'vitest';
import { changesBetween } from '../../src/lib/model/changes';
import { describeChanges } from '../../src/lib/model/describe';
import type { Milestone } from '../../src/lib/model/types';
import { changeWords } from '../../src/lib/i18n/words';
import { ALL } from '../fixtures/countries';

const byId = new Map(ALL.map((c) => [c.id, c]));
const ENGLISH = changeWords('en', byId);
const MILESTONES: Milestone[] = [
	{ date: '2019-05-15', precision: 'day', title: 'Huawei added to the US Entity List' }
];
const line = (from: string, to: string, company: 'huawei' | 'zte' | 'any', limit?: number) =>
	describeChanges(
		changesBetween(ALL, from, to, company),
		byId,
		{ from, to },
		company,
		ENGLISH,
		MILESTONES,
		limit
	);

describe('describeChanges', () => {
	it.each([
		[
			'dates the UK ban to its own month, not where the slider landed',
			'2020-07-01',
			'2020-08-01',
			'huawei',
			undefined,
			'July 2020: United Kingdom banned Huawei.'
		],
		[
			'names the ZTE denial order in April 2018',
			'2018-04-01',
			'2018-05-01',
			'zte',
			undefined,
			'April 2018: United States banned ZTE.'
		],
		['says nothing when nothing changed', '2016-01-01', '2016-02-01', 'huawei', undefined, ''],
		[
			'with any, names the company of the latest event',
			'2018-04-01',
			'2018-05-01',
			'any',
			undefined,
			'April 2018: United States banned ZTE.'
		],
		[
			'with any, a both event names both',
			'2022-11-01',
			'2022-12-01',
			'any',
			undefined,
			'November 2022: United States banned Huawei and ZTE.'
		],
		[
			'a long step names its span and gives each change its own month',
			'2020-06-01',
			'2023-01-01',
			'huawei',
			undefined,
			'Since June 2020: United Kingdom banned Huawei (July 2020); United States banned Huawei (November 2022).'
		],
		[
			'lists the most severe first up to the limit, then counts the rest',
			'2011-01-01',
			'2021-01-01',
			'huawei',
			1,
			'Since January 2011: Taiwan banned Huawei (January 2014), and 2 more. Huawei added to the US Entity List (May 2019).'
		],
		[
			'a lifted ban reads as restricted, in the month it was lifted',
			'2018-07-01',
			'2018-08-01',
			'zte',
			undefined,
			'July 2018: United States restricted ZTE.'
		],
		[
			'a step back says where it went back to',
			'2020-08-01',
			'2020-07-01',
			'huawei',
			undefined,
			'Back to July 2020: United Kingdom restricted Huawei (January 2020).'
		],
		[
			'a step back names no milestone, since they lie after the date it went back to',
			'2019-07-01',
			'2019-04-01',
			'huawei',
			undefined,
			''
		],
		[
			'a step across a milestone names it',
			'2019-05-01',
			'2019-06-01',
			'zte',
			undefined,
			'May 2019: Huawei added to the US Entity List.'
		]
	] as const)('%s', (_name, from, to, company, limit, expected) => {
		expect(line(from, to, company, limit)).toBe(expected);
	});
});

describe('describeChanges in other languages', () => {
	it.each([
		['de', 'Juli 2020: Vereinigtes Königreich'],
		['it', 'luglio 2020: Regno Unito'],
		['ja', '2020年7月：イギリス']
	] as const)('names the month and the country in %s', (locale, start) => {
		const text = describeChanges(
			changesBetween(ALL, '2020-07-01', '2020-08-01', 'huawei'),
			byId,
			{ from: '2020-07-01', to: '2020-08-01' },
			'huawei',
			changeWords(locale, byId)
		);
		expect(text.startsWith(start)).toBe(true);
		expect(text).toContain('Huawei');
	});

	it.each([
		['en', 1, 'and 1 more'],
		['en', 3, 'and 3 more'],
		['de', 1, '1 weiteres'],
		['de', 3, '3 weitere'],
		['it', 1, '1 altro'],
		['it', 3, 'altri 3']
	] as const)('picks the plural form in %s for %i more', (locale, count, text) => {
		expect(changeWords(locale, byId).more(count)).toContain(text);
	});
});
