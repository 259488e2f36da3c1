import firstPaint from '../../../static/data/first-paint.json' with { type: 'json' };
import wire from '../../../static/data/stances.json' with { type: 'json' };
import versions from '../../../static/data/versions.json' with { type: 'json' };
import currentEvents from '../../../static/data/events.csv?raw';
import { locatorView, type LocatorView } from '$lib/map/locator';
import type { SvgShapes } from '$lib/map/svgMarkup';
import { decodeDataset, type WireDataset } from '$lib/model/eventCodec';
import type { CountryDetails, CountryRecord, Dataset } from '$lib/model/types';
import { hasCountryPage } from '$lib/site/pages';

const details = import.meta.glob<CountryDetails>('../../../static/data/details/*.json', {
	eager: true,
	import: 'default'
});
const releasedEvents = import.meta.glob<string>('../../../static/data/v/*/events.csv', {
	eager: true,
	query: '?raw',
	import: 'default'
});

export const dataset: Dataset = decodeDataset(wire as unknown as WireDataset);

/** The countries that get a page (events or a review on record), by id. */
export const pageCountries = dataset.countries.filter(hasCountryPage);

export interface CountryPageData {
	country: CountryRecord;
	details: CountryDetails;
	locator: LocatorView | null;
	/** The latest published version, and whether the data shown has changed since it. */
	release: { id: string; date: string; unreleased: boolean };
}

const latest = versions.versions.at(-1)!;
const unreleased =
	releasedEvents[`../../../static/data/v/${latest.id}/events.csv`] !== currentEvents;

/** Everything a country page shows, read at build time from the generated data. */
export function countryPageData(id: string): CountryPageData | null {
	const country = pageCountries.find((c) => c.id === id);
	const words = details[`../../../static/data/details/${id}.json`];
	if (!country || !words) return null;
	return {
		country,
		details: words,
		locator: locatorView(firstPaint as SvgShapes, id),
		release: { id: latest.id, date: latest.date, unreleased }
	};
}
