import { describe, expect, it } from 'vitest';
import { build, readInputs } from '../../src/build/build-data';
import { buildTranslations, type Originals } from '../../src/build/translations';
import { ourWords } from '../../src/lib/model/translations';

const FILE = 'data/translations.csv';
const originals: Originals = {
	milestones: [{ id: 'ms-001', title: 'US House report' }],
	military: [{ id: 'mil-DEU-1', note: 'Ramstein Air Base' }]
};
const csv = (...rows: string[]) => ['id,field,lang,text', ...rows].join('\n') + '\n';
const ALL = [
	'ms-001,title,de,Bericht des US-Repräsentantenhauses',
	'ms-001,title,it,Rapporto della Camera USA',
	'ms-001,title,ja,米下院の報告書',
	'mil-DEU-1,note,de,Luftwaffenstützpunkt Ramstein',
	'mil-DEU-1,note,it,Base aerea di Ramstein',
	'mil-DEU-1,note,ja,ラムシュタイン空軍基地'
];

describe('translations of our own words (data/translations.csv)', () => {
	it('maps each English text to its translation, per language, with nothing missing', () => {
		const result = buildTranslations(FILE, csv(...ALL), originals);
		expect(result.problems).toEqual([]);
		expect(result.warnings).toEqual([]);
		expect(result.byLang.de).toEqual({
			milestones: { 'US House report': 'Bericht des US-Repräsentantenhauses' },
			military: { 'Ramstein Air Base': 'Luftwaffenstützpunkt Ramstein' }
		});
		expect(result.byLang.ja.military['Ramstein Air Base']).toBe('ラムシュタイン空軍基地');
	});

	it.each([
		[
			'an unknown id',
			'ms-999,title,de,Irgendwas',
			'id',
			'ms-999 is not a milestone or US-forces row'
		],
		['a malformed id', 'DEU-001,title,de,Irgendwas', 'id', 'must be a row id'],
		[
			'a field the row does not have',
			'ms-001,note,de,Irgendwas',
			'field',
			'its translated field is title'
		],
		[
			'an unknown field',
			'ms-001,summary,de,Irgendwas',
			'field',
			'must be title (milestones) or note'
		],
		['an unknown language', 'ms-001,title,fr,Rapport', 'lang', 'must be one of de, it, ja'],
		[
			'English, which is the original',
			'ms-001,title,en,Report',
			'lang',
			'must be one of de, it, ja'
		],
		['HTML', 'ms-001,title,de,<b>Bericht</b>', 'text', 'no HTML'],
		['a formula', 'ms-001,title,de,=HYPERLINK("http://x")', 'text', 'a spreadsheet would run it'],
		['a formula after +', 'ms-001,title,de,+1 Bericht', 'text', 'a spreadsheet would run it'],
		[
			'Western punctuation in Japanese',
			'ms-001,title,ja,"米下院の報告書(2012年)"',
			'text',
			'full-width'
		],
		['a Western comma in Japanese', 'ms-001,title,ja,"米下院, 報告書"', 'text', 'full-width'],
		[
			'a second translation of one text',
			'mil-DEU-1,note,de,Ramstein',
			'id',
			'already translated on line 5'
		]
	])('rejects %s, naming file, line and field', (_, row, field, message) => {
		const result = buildTranslations(FILE, csv(...ALL, row), originals);
		expect(result.problems).toHaveLength(1);
		expect(result.problems[0]).toMatchObject({ file: FILE, line: 8, field });
		expect(result.problems[0].message).toContain(message);
	});

	it('keeps a thousands separator in Japanese, which is not punctuation', () => {
		const result = buildTranslations(
			FILE,
			csv(...ALL.slice(0, 5), 'mil-DEU-1,note,ja,"米兵約3,500人"'),
			originals
		);
		expect(result.problems).toEqual([]);
	});

	it('reports a missing translation as a coverage warning, not an error', () => {
		const result = buildTranslations(
			FILE,
			csv(...ALL.filter((r) => !r.includes(',it,'))),
			originals
		);
		expect(result.problems).toEqual([]);
		expect(result.warnings).toEqual([
			'it: 2 of 2 texts not translated (shown in English): ms-001 mil-DEU-1'
		]);
	});

	it('translates every milestone title and US-forces note of the dataset into de, it and ja', () => {
		const result = build(readInputs());
		expect(result.problems).toEqual([]);
		expect(result.report.join('\n')).not.toContain('not translated');
		const de = JSON.parse(result.outputs['translations/de.json']);
		expect(de.milestones['Prague Proposals on 5G security']).toBe(
			'Prager Vorschläge zur 5G-Sicherheit'
		);
	});
});

describe('our words in the reader’s language', () => {
	const t = { milestones: { 'US House report': 'Bericht' }, military: {} };
	it.each([
		['a translated text', t, 'US House report', { text: 'Bericht', lang: undefined }],
		['a text not translated', t, 'Other report', { text: 'Other report', lang: 'en' }],
		[
			'no translations (English, or not loaded yet)',
			undefined,
			'US House report',
			{ text: 'US House report', lang: 'en' }
		]
	])('%s', (_, translations, english, shown) => {
		expect(ourWords(translations, 'milestones', english)).toEqual(shown);
	});
});
