import { resolve } from '$app/paths';
import { baseLocale, type Locale } from '$lib/paraglide/runtime';
import { hasCountryPage } from '$lib/site/pages';
import type { CountryRecord } from '$lib/model/types';

/** A country's page in the reader's language, or null when it has none (nothing on record). */
export function countryHref(country: CountryRecord, locale: Locale): string | null {
	if (!hasCountryPage(country)) return null;
	// Pages are folders (trailingSlash: 'always'): static hosts serve them at the slash.
	const path = resolve('/[[lang=locale]]/country/[id]', {
		id: country.id,
		lang: locale === baseLocale ? undefined : locale
	});
	return `${path}/`;
}
