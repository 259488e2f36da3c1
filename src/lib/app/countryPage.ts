import { building } from '$app/environment';
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

interface SiteData {
	dataset: Dataset;
	shapes: SvgShapes;
	release: CountryPageData['release'];
}

/** What every country page reads alike: the dataset, the map's shapes, the latest release. */
async function readSiteData(fetch: typeof globalThis.fetch): Promise<SiteData> {
	const [{ dataset }, shapes, versions, current] = await Promise.all([
		loadStanceData(fetch),
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
		shapes,
		release: { id: latest.id, date: latest.date, unreleased: released !== current }
	};
}

// A build writes 784 country pages from the same files: it reads them once. The dev server
// reads them for each page, so it shows data rebuilt while it runs.
let built: Promise<SiteData> | null = null;
const siteData = (fetch: typeof globalThis.fetch) =>
	building ? (built ??= readSiteData(fetch)) : readSiteData(fetch);

/**
 * Everything a country page shows, read from the generated data when the page is built (the
 * pages ship no script, so none of it reaches a reader as data). Null: the country has no page.
 */
export async function loadCountryPage(
	fetch: typeof globalThis.fetch,
	id: string
): Promise<CountryPageData | null> {
	const { dataset, shapes, release } = await siteData(fetch);
	const country = dataset.countries.find((c) => c.id === id);
	if (!country || !hasCountryPage(country)) return null;
	const details = await read(fetch, `/data/details/${id}.json`).then(
		(r) => r.json() as Promise<CountryDetails>
	);
	return { dataset, country, details, locator: locatorView(shapes, id), release };
}
