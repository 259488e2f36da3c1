import { error } from '@sveltejs/kit';
import { countryPageData, dataset, pageCountries } from '$lib/server/countryPages';
import { PREFIXED_LOCALES } from '$lib/site/pages';
import { baseLocale, type Locale } from '$lib/paraglide/runtime';

/**
 * One page per country with something on record, in each language, built at deploy time. They
 * are documents: readable, printable and citable with JavaScript off, so they ship no script.
 */
export const csr = false;

export const entries = () =>
	pageCountries.flatMap((c) => [
		{ id: c.id, lang: undefined },
		...PREFIXED_LOCALES.map((lang) => ({ id: c.id, lang }))
	]);

export function load({ params }) {
	const page = countryPageData(params.id);
	if (!page) error(404, 'No page for that country');
	return {
		...page,
		lang: (params.lang ?? baseLocale) as Locale,
		milestones: dataset.milestones,
		updated: dataset.updated
	};
}
