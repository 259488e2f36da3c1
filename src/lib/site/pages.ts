import { baseLocale, locales, type Locale } from '../paraglide/runtime';
import type { CountryRecord } from '../model/types';

/**
 * Where each country page lives, one stable path per language: English at `country/DEU/`,
 * the other editions under their language code, `de/country/DEU/`, `it/…`, `ja/…`. Paths are
 * relative to the site's root (the base path a newsroom hosts it under comes in front).
 */
export const countryPath = (id: string, locale: Locale = baseLocale) =>
	`${locale === baseLocale ? '' : `${locale}/`}country/${id}/`;

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

/** Every prerendered page, for the sitemap: the map, its years, the changes and each country. */
export function sitePages(
	countries: readonly CountryRecord[],
	years: readonly number[]
): SitePage[] {
	const plain = (path: string): SitePage => ({ path, alternates: {} });
	return [
		plain(''),
		plain('changes/'),
		...years.map((y) => plain(`y/${y}/`)),
		...countries.filter(hasCountryPage).flatMap((c) => {
			const alternates = Object.fromEntries(locales.map((l) => [l, countryPath(c.id, l)]));
			return locales.map((l) => ({ path: countryPath(c.id, l), alternates }));
		})
	];
}
