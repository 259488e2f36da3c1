import { baseLocale, locales, type Locale } from '../paraglide/runtime';
import type { CountryRecord } from '../model/types';

/** The folder of a page's edition in a language: none for English, else the language code. */
const edition = (locale: Locale) => (locale === baseLocale ? '' : `${locale}/`);

/**
 * Where each country page lives, one stable path per language: English at `country/DEU/`,
 * the other editions under their language code, `de/country/DEU/`, `it/…`, `ja/…`. Paths are
 * relative to the site's root (the base path a newsroom hosts it under comes in front).
 */
export const countryPath = (id: string, locale: Locale = baseLocale) =>
	`${edition(locale)}country/${id}/`;

/** The changes page, likewise: `changes/`, `de/changes/`… */
export const changesPath = (locale: Locale = baseLocale) => `${edition(locale)}changes/`;

/** The languages that have their own prefix: every one but English. */
export const PREFIXED_LOCALES = locales.filter((l) => l !== baseLocale);

/** A country gets a page when there is something to say: events, or a search on record. */
export const hasCountryPage = (c: Pick<CountryRecord, 'events' | 'reviewed' | 'home'>) =>
	c.events.length > 0 || c.reviewed !== null;

export interface SitePage {
	path: string;
	/** The same page in every language, hreflang → path (only pages that have editions). */
	alternates: Partial<Record<Locale, string>>;
}

/** A page in every language, each edition naming all of them. */
function withEditions(pathOf: (locale: Locale) => string): SitePage[] {
	const alternates = Object.fromEntries(locales.map((l) => [l, pathOf(l)]));
	return locales.map((l) => ({ path: pathOf(l), alternates }));
}

/** Every prerendered page, for the sitemap: the map, its years, the changes and each country. */
export function sitePages(
	countries: readonly CountryRecord[],
	years: readonly number[]
): SitePage[] {
	const plain = (path: string): SitePage => ({ path, alternates: {} });
	return [
		plain(''),
		...withEditions(changesPath),
		...years.map((y) => plain(`y/${y}/`)),
		...countries.filter(hasCountryPage).flatMap((c) => withEditions((l) => countryPath(c.id, l)))
	];
}
