import { asset } from '$app/paths';
import type { SvgShapes } from '$lib/map/svgMarkup';
import { decodeDataset, type WireDataset } from '$lib/model/eventCodec';
import type { CountryDetails, Dataset, MilestoneDetail } from '$lib/model/types';
import type { Translations } from '$lib/model/translations';
import type { DetailSources } from './appState.svelte';

export interface PageData {
	dataset: Dataset;
}

/** The dataset's file, as an asset path. */
export const STANCES = '/data/stances.json';

async function getJson<T>(fetch: typeof globalThis.fetch, path: string): Promise<T> {
	const res = await fetch(asset(path));
	if (!res.ok) throw new Error(`${path}: ${res.status}`);
	return res.json();
}

/**
 * The dataset. A prerendered page reads it from the build's own module: fetched, SvelteKit would
 * inline the response into the HTML, and every reader would download it (6 KiB gzip, growing with
 * the data) though only the app uses it, which waits for the reader's first use. In the browser it
 * is fetched, on a map page from the preload its first use adds ($lib/app/laterModules).
 */
export async function loadStanceData(fetch: typeof globalThis.fetch): Promise<PageData> {
	if (import.meta.env.SSR) return { dataset: (await import('$lib/server/dataset')).dataset };
	return { dataset: decodeDataset(await getJson<WireDataset>(fetch, STANCES)) };
}

/** Fetches each file once, when first asked for; after a failure the next call tries again. */
function onDemand<T>(path: (key: string) => string): (key: string) => Promise<T> {
	const pending = new Map<string, Promise<T>>();
	return (key) => {
		if (!pending.has(key))
			pending.set(
				key,
				getJson<T>(fetch, path(key)).catch((error) => {
					pending.delete(key);
					throw error;
				})
			);
		return pending.get(key)!;
	};
}

const shapes = onDemand<SvgShapes>(() => '/data/svg-map.json');
/** The SVG map's finer paths, fetched only for downloads. */
export const loadShapes = () => shapes('');

/** A country's summaries, quotes and sources: not in the first HTML, fetched on demand. */
export const loadCountryDetails = onDemand<CountryDetails>((id) => `/data/details/${id}.json`);

/** Our milestone titles and US-forces notes in one language (data/translations.csv). */
export const loadTranslations = onDemand<Translations>((lang) => `/data/translations/${lang}.json`);

const milestones = onDemand<{ milestones: MilestoneDetail[] }>(
	() => '/data/details/milestones.json'
);
export const loadMilestoneDetails = () => milestones('').then((d) => d.milestones);

/** Where the page's words come from: files beside it, each fetched once when first needed. */
export const pageSources: DetailSources = {
	country: loadCountryDetails,
	milestones: loadMilestoneDetails,
	translations: loadTranslations
};
