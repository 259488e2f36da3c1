import { describe, expect, it } from 'vitest';
import { missingKeys } from '../../src/build/check-messages';
import { pickLocale } from '../../src/lib/i18n/pickLocale';
import { companyName, countryName, mapLabel, numberText } from '../../src/lib/i18n/words';
import { formatDate } from '../../src/lib/model/dates';

describe('dates in the reader’s language, never more exact than the source', () => {
	it.each([
		['en', 'day', '1 March 2020'],
		['en', 'month', 'March 2020'],
		['de', 'day', '1. März 2020'],
		['de', 'month', 'März 2020'],
		['it', 'month', 'marzo 2020'],
		['ja', 'day', '2020年3月1日'],
		['ja', 'month', '2020年3月'],
		['ja', 'year', '2020年']
	] as const)('%s, %s precision: %s', (locale, precision, text) => {
		expect(formatDate('2020-03-01', precision, locale)).toBe(text);
	});
});

describe('names and numbers from the platform', () => {
	const germany = { name: 'Germany', a2: 'DE' };
	it.each([
		['en', 'Germany'],
		['de', 'Deutschland'],
		['it', 'Germania'],
		['ja', 'ドイツ']
	] as const)('Germany in %s is %s', (locale, text) => {
		expect(countryName(germany, locale)).toBe(text);
	});

	it('keeps our English style names in English and falls back to them without a code', () => {
		expect(countryName({ name: 'DR Congo', a2: 'CD' }, 'en')).toBe('DR Congo');
		expect(countryName({ name: 'Somewhere', a2: null }, 'de')).toBe('Somewhere');
	});

	it.each([
		['en', '9,730'],
		['de', '9.730'],
		['ja', '9,730']
	] as const)('writes 9730 as %s does', (locale, text) => {
		expect(numberText(9730, locale)).toBe(text);
	});

	it('translates labels and company names', () => {
		expect(mapLabel('banned', 'en')).toBe('Banned');
		expect(mapLabel('banned', 'de')).not.toBe('Banned');
		expect(companyName('both', 'en')).toBe('Huawei and ZTE');
	});
});

describe('pickLocale', () => {
	it.each([
		['lang= wins', 'ja', ['de-DE'], true, 'ja'],
		['an unknown lang= is ignored', 'fr', ['it-IT'], true, 'it'],
		['the page follows the reader’s languages', null, ['fr', 'de-AT'], true, 'de'],
		['the embed speaks English unless told', null, ['de-DE'], false, 'en'],
		['nothing we have: English', null, ['fr', 'es'], true, 'en']
	] as const)('%s', (_name, param, preferred, usePreferred, expected) => {
		expect(pickLocale(param, preferred, usePreferred)).toBe(expected);
	});
});

describe('the message files', () => {
	it('fail the build when a language lacks a key, has an extra one or an empty one', () => {
		expect(
			missingKeys({
				en: { $schema: 'x', title: 'Title', dek: 'Dek' },
				de: { $schema: 'x', title: 'Titel', extra: 'Mehr' },
				ja: { title: '', dek: '説明' }
			})
		).toEqual([
			'src/i18n/messages/de.json: missing "dek"',
			'src/i18n/messages/de.json: "extra" is not in en.json',
			'src/i18n/messages/ja.json: "title" is empty'
		]);
	});

	it('has every key in every language today', async () => {
		const { readdirSync, readFileSync } = await import('node:fs');
		const files = Object.fromEntries(
			readdirSync('src/i18n/messages').map((f) => [
				f.replace('.json', ''),
				JSON.parse(readFileSync(`src/i18n/messages/${f}`, 'utf8'))
			])
		);
		expect(Object.keys(files).sort()).toEqual(['de', 'en', 'it', 'ja']);
		expect(missingKeys(files)).toEqual([]);
	});
});
