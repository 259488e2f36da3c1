/**
 * data/translations.csv: our own words in the other editions. Milestone titles and US-forces
 * notes are ours, not a source's, so every edition shows them in its language. One row per
 * translation, keyed by the row's stable id: `id,field,lang,text`.
 *
 * An unknown id, a field the row does not have, a language we do not publish, a second
 * translation of the same text, markup or a formula is an error; a text not yet translated is
 * only reported (the edition shows the English meanwhile).
 */
import * as v from 'valibot';
import type { Translations } from '../lib/model/translations';
import { FORMULA_START } from './openCsv';
import { plainText } from './schema';
import { validateCsv, type Problem } from './validate';

export const TRANSLATION_COLUMNS = ['id', 'field', 'lang', 'text'] as const;
/** The editions besides English (src/i18n/messages). */
export const TRANSLATION_LANGS = ['de', 'it', 'ja'] as const;
/** Which field of which table is translated: milestone titles, US-forces notes. */
const FIELDS = { title: 'milestones', note: 'military' } as const;

/**
 * Japanese writes full-width punctuation: ASCII ; : ( ) and a comma that is not a thousands
 * separator are Western forms in a Japanese text.
 */
const WESTERN_IN_JAPANESE = /[;:()]|,(?!\d{3})/;

const TranslationRow = v.pipe(
	v.object({
		id: v.pipe(
			v.string(),
			v.regex(/^(?:ms-\d{3}|mil-[A-Z]{3}-\d{1,3})$/, 'must be a row id like ms-001 or mil-DEU-1')
		),
		field: v.picklist(
			Object.keys(FIELDS) as (keyof typeof FIELDS)[],
			'must be title (milestones) or note (US forces)'
		),
		lang: v.picklist(TRANSLATION_LANGS, `must be one of ${TRANSLATION_LANGS.join(', ')}`),
		text: v.pipe(
			plainText(2, 1000),
			v.check(
				(s) => !FORMULA_START.test(s),
				'must not start with = + - @ (a spreadsheet would run it)'
			)
		)
	}),
	v.forward(
		v.check(
			(r) => r.lang !== 'ja' || !WESTERN_IN_JAPANESE.test(r.text),
			'Japanese uses full-width punctuation (、。：（）), not , ; : ( )'
		),
		['text']
	)
);

/** The English texts that can be translated, by row id. */
export interface Originals {
	milestones: { id: string; title: string }[];
	military: { id: string; note: string }[];
}

export interface TranslationResult {
	problems: Problem[];
	/** Texts with no translation yet, one line per language: the build still passes. */
	warnings: string[];
	/** Per language: each English text mapped to its translation. */
	byLang: Record<string, Translations>;
}

export function buildTranslations(
	file: string,
	text: string,
	originals: Originals
): TranslationResult {
	const table = validateCsv(file, text, TranslationRow, TRANSLATION_COLUMNS);
	const problems = [...table.problems];
	const english = new Map<string, { field: keyof typeof FIELDS; text: string }>([
		...originals.milestones.map((r): [string, { field: 'title'; text: string }] => [
			r.id,
			{ field: 'title', text: r.title }
		]),
		...originals.military.map((r): [string, { field: 'note'; text: string }] => [
			r.id,
			{ field: 'note', text: r.note }
		])
	]);
	const byLang: Record<string, Translations> = Object.fromEntries(
		TRANSLATION_LANGS.map((lang) => [lang, { milestones: {}, military: {} }])
	);
	const seen = new Map<string, number>();
	for (const { line, row } of table.rows) {
		const original = english.get(row.id);
		if (!original) {
			problems.push({
				file,
				line,
				field: 'id',
				message: `${row.id} is not a milestone or US-forces row`
			});
			continue;
		}
		if (original.field !== row.field) {
			problems.push({
				file,
				line,
				field: 'field',
				message: `${row.id} has no ${row.field}; its translated field is ${original.field}`
			});
			continue;
		}
		const key = `${row.id} ${row.field} ${row.lang}`;
		const earlier = seen.get(key);
		if (earlier) {
			problems.push({
				file,
				line,
				field: 'id',
				message: `${row.id} ${row.field} in ${row.lang} is already translated on line ${earlier}`
			});
			continue;
		}
		seen.set(key, line);
		byLang[row.lang][FIELDS[row.field]][original.text] = row.text;
	}
	const warnings = TRANSLATION_LANGS.flatMap((lang) => {
		const missing = [...english.keys()].filter(
			(id) => !seen.has(`${id} ${english.get(id)!.field} ${lang}`)
		);
		return missing.length
			? [
					`${lang}: ${missing.length} of ${english.size} texts not translated (shown in English): ${missing.join(' ')}`
				]
			: [];
	});
	return { problems, warnings, byLang };
}
