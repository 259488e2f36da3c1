import { asset } from '$app/paths';
import { locatorView, type LocatorView } from '$lib/map/locator';
import type { SvgShapes } from '$lib/map/svgMarkup';
import type { CountryDetails, CountryRecord, Dataset } from '$lib/model/types';
import { hasCountryPage } from '$lib/site/pages';
import { loadStanceData } from './load';

export interface CountryPageData {
	dataset: Dataset;
	country: CountryRecord;
	details: CountryDetails;
	locator: LocatorView | null;
	/** The latest published version, and whether the data shown has changed since it. */
	release: { id: string; date: string; unreleased: boolean };
}

async function read(fetch: typeof globalThis.fetch, path: string): Promise<Response> {
	const res = await fetch(asset(path));
	if (!res.ok) throw new Error(`${path}: ${res.status}`);
	return res;
}

/**
 * Everything a country page shows, read from the generated data when the page is built (the
 * pages ship no script, so none of it reaches a reader as data). Null: the country has no page.
 */
export async function loadCountryPage(
	fetch: typeof globalThis.fetch,
	id: string
): Promise<CountryPageData | null> {
	const { dataset } = await loadStanceData(fetch);
	const country = dataset.countries.find((c) => c.id === id);
	if (!country || !hasCountryPage(country)) return null;
	const [details, shapes, versions, current] = await Promise.all([
		read(fetch, `/data/details/${id}.json`).then((r) => r.json() as Promise<CountryDetails>),
		read(fetch, '/data/first-paint.json').then((r) => r.json() as Promise<SvgShapes>),
		read(fetch, '/data/versions.json').then(
			(r) => r.json() as Promise<{ versions: { id: string; date: string }[] }>
		),
		read(fetch, '/data/events.csv').then((r) => r.text())
	]);
	const latest = versions.versions.at(-1)!;
	const released = await read(fetch, `/data/v/${latest.id}/events.csv`).then((r) => r.text());
	return {
		dataset,
		country,
		details,
		locator: locatorView(shapes, id),
		release: { id: latest.id, date: latest.date, unreleased: released !== current }
	};
}
