import wire from '../../../static/data/stances.json' with { type: 'json' };
import { decodeDataset, type WireDataset } from '$lib/model/eventCodec';
import type { Dataset } from '$lib/model/types';
import { hasCountryPage, PREFIXED_LOCALES } from '$lib/site/pages';

/** The dataset as the build reads it, for the routes that list or draw the country pages. */
export const dataset: Dataset = decodeDataset(wire as unknown as WireDataset);

/** The countries that get a page (events or a review on record). */
export const pageCountries = dataset.countries.filter(hasCountryPage);

/** The route parameters of every country page and its files: each country in each language. */
export const countryPageEntries = () =>
	pageCountries.flatMap((c) => [
		{ id: c.id, lang: undefined },
		...PREFIXED_LOCALES.map((lang) => ({ id: c.id, lang }))
	]);
