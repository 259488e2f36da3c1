import { asset } from '$app/paths';
import type { SvgShapes } from '$lib/map/svgMarkup';
import { decodeDataset, type WireDataset } from '$lib/model/eventCodec';
import type { Dataset, Details } from '$lib/model/types';

export interface PageData {
	dataset: Dataset;
}

async function getJson<T>(fetch: typeof globalThis.fetch, path: string): Promise<T> {
	const res = await fetch(asset(path));
	if (!res.ok) throw new Error(`${path}: ${res.status}`);
	return res.json();
}

/** The dataset. When the page is prerendered SvelteKit inlines the response into the HTML. */
export async function loadStanceData(fetch: typeof globalThis.fetch): Promise<PageData> {
	return { dataset: decodeDataset(await getJson<WireDataset>(fetch, '/data/stances.json')) };
}

/** Fetches a file once, when first asked for; after a failure the next call tries again. */
function onDemand<T>(path: string): () => Promise<T> {
	let pending: Promise<T> | null = null;
	return () =>
		(pending ??= getJson<T>(fetch, path).catch((error) => {
			pending = null;
			throw error;
		}));
}

/** The SVG map's paths, fetched only when needed: the no-WebGL map and downloads. */
export const loadShapes = onDemand<SvgShapes>('/data/svg-map.json');

/** Summaries, quotes and sources: not in the first HTML, fetched when a reader opens them. */
export const loadDetails = onDemand<Details>('/data/details.json');
