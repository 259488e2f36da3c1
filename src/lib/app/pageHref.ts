import { base } from '$app/paths';
import { baseLocale, type Locale } from '$lib/paraglide/runtime';
import { changesPath, countryPath, hasCountryPage } from '$lib/site/pages';
import type { CountryRecord } from '$lib/model/types';

/** A country's page in the reader's language, or null when it has none (nothing on record). */
export function countryHref(country: CountryRecord, locale: Locale): string | null {
	return hasCountryPage(country) ? `${base}/${countryPath(country.id, locale)}` : null;
}

/** The changes page in the reader's language. */
export const changesHref = (locale: Locale): string => `${base}/${changesPath(locale)}`;

/** The map at a country (and a date), in the reader's language: a document page's way back. */
export function mapHref(locale: Locale, at: { country?: string; date?: string } = {}): string {
	const query = new URLSearchParams();
	if (at.country) query.set('country', at.country);
	if (at.date) query.set('date', at.date);
	if (locale !== baseLocale) query.set('lang', locale);
	const search = query.toString();
	return search ? `${base}/?${search}` : `${base}/`;
}
