import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { punctuation } from '../../src/lib/i18n/punctuation';
import { changeWords, dateText, numberText } from '../../src/lib/i18n/words';
import { describeChanges } from '../../src/lib/model/describe';
import { changesBetween } from '../../src/lib/model/changes';
import { ALL } from '../fixtures/countries';

/** Western punctuation a Japanese text writes full-width: , ; : ( ) (a thousands comma aside). */
const WESTERN = /[;:()]|,(?!\d{3})|\. /;
const ja = JSON.parse(readFileSync('src/i18n/messages/ja.json', 'utf8')) as Record<string, string>;
/** A message's own words: placeholders ({date}) are filled by other code, checked below. */
const words = (message: string) => message.replace(/\{\w+\}/g, '');

describe('Japanese uses Japanese punctuation', () => {
	it.each(Object.entries(ja).filter(([key]) => key !== '$schema'))(
		'the message %s has no Western punctuation',
		(_, message) => {
			expect(words(message)).not.toMatch(WESTERN);
		}
	);

	it.each([
		['a list', (p: ReturnType<typeof punctuation>) => ['禁止', '制限'].join(p.list), '禁止、制限'],
		[
			'an aside',
			(p: ReturnType<typeof punctuation>) => `禁止${p.aside('未確認')}`,
			'禁止（未確認）'
		],
		[
			'a label and its value',
			(p: ReturnType<typeof punctuation>) => `最新${p.colon}2020年`,
			'最新：2020年'
		],
		[
			'a readout',
			(p: ReturnType<typeof punctuation>) => ['禁止 3', '制限 5'].join(p.dot),
			'禁止 3・制限 5'
		],
		['a span', (p: ReturnType<typeof punctuation>) => `2012年${p.range}現在`, '2012年～現在'],
		[
			'two sentences',
			(p: ReturnType<typeof punctuation>) => `日付${p.end}${p.space}件数${p.end}`,
			'日付。件数。'
		]
	])('%s is written full-width', (_, compose, text) => {
		expect(compose(punctuation('ja'))).toBe(text);
	});

	it.each([
		['a list', ', '],
		['an aside', ' (uncertain)'],
		['a colon', ': ']
	])('while the other editions keep the Western forms (%s)', (_, form) => {
		const en = punctuation('en');
		expect([en.list, en.aside('uncertain'), en.colon]).toContain(form);
	});

	it('writes dates, counts and "and N more" without Western punctuation', () => {
		const byId = new Map(ALL.map((c) => [c.id, c]));
		const jaWords = changeWords('ja', byId);
		expect(dateText('2020-07-14', 'day', 'ja')).not.toMatch(WESTERN);
		expect(jaWords.more(12)).not.toMatch(WESTERN);
		expect(numberText(9730, 'ja')).toBe('9,730');
		const line = describeChanges(
			changesBetween(ALL, '2018-01-01', '2021-01-01', 'any'),
			byId,
			{ from: '2018-01-01', to: '2021-01-01' },
			'any',
			jaWords,
			[
				{
					date: '2019-05-15',
					precision: 'day',
					title: '米国がHuaweiをエンティティー・リストに追加'
				}
			],
			1
		);
		expect(line).toContain('（2020年7月）');
		expect(line).not.toMatch(WESTERN);
	});
});
