/**
 * Our own words in other languages: milestone titles and US-forces notes, translated in
 * data/translations.csv and written by `npm run data` to static/data/translations/LANG.json.
 *
 * The files map each English text to its translation, so a translation only ever stands for the
 * words it was made from: a pinned embed of an older version, or a row reworded after it was
 * translated, shows the English rather than a translation of other words.
 */
export interface Translations {
	milestones: Record<string, string>;
	military: Record<string, string>;
}

export type TranslatedField = keyof Translations;

/** The text to show and its language: the translation when there is one, else the English. */
export function ourWords(
	translations: Translations | undefined,
	field: TranslatedField,
	english: string
): { text: string; lang: string | undefined } {
	const text = translations?.[field][english];
	return text ? { text, lang: undefined } : { text: english, lang: 'en' };
}
