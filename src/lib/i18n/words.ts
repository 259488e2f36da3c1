/**
 * Text built from the messages for one language: labels by map class, the change line's
 * phrasing, names, dates and numbers from the platform (Intl). Components and the downloads use
 * these, so a reader sees one language everywhere.
 */
import { m } from '../paraglide/messages';
import type { Locale } from '../paraglide/runtime';
import type { ChangeWords } from '../model/describe';
import type { CompareClass } from '../model/transition';
import { formatDate } from '../model/dates';
import type { CountryRecord, EventCompany, MapClass, Precision, Stance } from '../model/types';
import { punctuation } from './punctuation';

const LABELS: Record<MapClass, (o: { locale: Locale }) => string> = {
	banned: (o) => m.label_banned({}, o),
	restricted: (o) => m.label_restricted({}, o),
	pressured: (o) => m.label_pressured({}, o),
	briefed: (o) => m.label_briefed({}, o),
	allowed: (o) => m.label_allowed({}, o),
	none: (o) => m.label_none({}, o),
	home: (o) => m.label_home({}, o),
	unreviewed: (o) => m.label_unreviewed({}, o)
};
const DEFINITIONS: Record<MapClass, (o: { locale: Locale }) => string> = {
	banned: (o) => m.def_banned({}, o),
	restricted: (o) => m.def_restricted({}, o),
	pressured: (o) => m.def_pressured({}, o),
	briefed: (o) => m.def_briefed({}, o),
	allowed: (o) => m.def_allowed({}, o),
	none: (o) => m.def_none({}, o),
	home: (o) => m.def_home({}, o),
	unreviewed: (o) => m.def_unreviewed({}, o)
};
type ChangeInputs = { country: string; company: string };
const CHANGES: Record<Stance, (i: ChangeInputs, o: { locale: Locale }) => string> = {
	banned: m.change_banned,
	restricted: m.change_restricted,
	pressured: m.change_pressured,
	briefed: m.change_briefed,
	allowed: m.change_allowed,
	none: m.change_none
};

export const mapLabel = (cls: MapClass, locale: Locale) => LABELS[cls]({ locale });

const MOVE_LABELS: Record<CompareClass, (o: { locale: Locale }) => string> = {
	tightened: (o) => m.move_tightened({}, o),
	loosened: (o) => m.move_loosened({}, o),
	new: (o) => m.move_new({}, o),
	unchanged: (o) => m.move_unchanged({}, o),
	norecord: (o) => m.move_norecord({}, o),
	home: (o) => m.label_home({}, o)
};
export const moveLabel = (move: CompareClass, locale: Locale) => MOVE_LABELS[move]({ locale });

export const mapDefinition = (cls: MapClass, locale: Locale) => DEFINITIONS[cls]({ locale });

export function companyName(company: EventCompany | 'any', locale: Locale): string {
	const o = { locale };
	if (company === 'huawei') return m.company_huawei({}, o);
	if (company === 'zte') return m.company_zte({}, o);
	return company === 'both' ? m.company_both({}, o) : m.company_either({}, o);
}

/** A language named in itself ("Deutsch", "日本語"), as readers look for their own. */
export const languageName = (locale: Locale) =>
	new Intl.DisplayNames([locale], { type: 'language' }).of(locale) ?? locale;

const regionNames = new Map<Locale, Intl.DisplayNames>();
/** A country's name in the language: the platform's, or ours in English (our style names). */
export function countryName(country: Pick<CountryRecord, 'name' | 'a2'>, locale: Locale): string {
	if (locale === 'en' || !country.a2) return country.name;
	if (!regionNames.has(locale))
		regionNames.set(locale, new Intl.DisplayNames([locale], { type: 'region' }));
	return regionNames.get(locale)!.of(country.a2) ?? country.name;
}

export const dateText = (date: string, precision: Precision, locale: Locale) =>
	formatDate(date, precision, locale);
export const numberText = (n: number, locale: Locale) => new Intl.NumberFormat(locale).format(n);

/** The change line's phrasing in one language; plural forms through Intl.PluralRules. */
export function changeWords(locale: Locale, byId: ReadonlyMap<string, CountryRecord>): ChangeWords {
	const o = { locale };
	const plural = new Intl.PluralRules(locale);
	const p = punctuation(locale);
	return {
		change: (stance, id, company) =>
			CHANGES[stance](
				{ country: countryName(byId.get(id)!, locale), company: companyName(company, locale) },
				o
			),
		more: (count) =>
			(plural.select(count) === 'one' ? m.change_more_one : m.change_more_other)(
				{ count: numberText(count, locale) },
				o
			),
		since: (month) => m.change_since({ month }, o),
		back: (month) => m.change_back({ month }, o),
		month: (date) => formatDate(date, 'month', locale),
		separator: p.clause,
		beforeMore: locale === 'ja' ? p.list : locale === 'en' ? ', ' : ' ',
		end: p.end,
		colon: p.colon,
		aside: p.aside,
		space: p.space
	};
}
