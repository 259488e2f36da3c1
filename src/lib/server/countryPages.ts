import { hasCountryPage, PREFIXED_LOCALES } from '$lib/site/pages';
import { dataset } from './dataset';

/** The countries that get a page (events or a review on record). */
export const pageCountries = dataset.countries.filter(hasCountryPage);

/** The route parameters of every country page and its files: each country in each language. */
export const countryPageEntries = () =>
	pageCountries.flatMap((c) => [
		{ id: c.id, lang: undefined },
		...PREFIXED_LOCALES.map((lang) => ({ id: c.id, lang }))
	]);
