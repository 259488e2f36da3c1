import { base } from '$app/paths';
import type { Locale } from '$lib/paraglide/runtime';
import { changesPath, countryPath, hasCountryPage } from '$lib/site/pages';
import type { CountryRecord } from '$lib/model/types';

/** A country's page in the reader's language, or null when it has none (nothing on record). */
export function countryHref(country: CountryRecord, locale: Locale): string | null {
	return hasCountryPage(country) ? `${base}/${countryPath(country.id, locale)}` : null;
}

/** The changes page in the reader's language. */
export const changesHref = (locale: Locale): string => `${base}/${changesPath(locale)}`;
