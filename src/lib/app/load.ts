import { asset } from '$app/paths';
import type { SvgShapes } from '$lib/map/svgMarkup';
import type { Dataset } from '$lib/model/types';

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
	return { dataset: await getJson<Dataset>(fetch, '/data/stances.json') };
}

let shapes: Promise<SvgShapes> | null = null;
/** The SVG map's paths, fetched once and only when needed: the no-WebGL map and downloads. */
export function loadShapes(): Promise<SvgShapes> {
	shapes ??= getJson<SvgShapes>(fetch, '/data/svg-map.json').catch((error) => {
		shapes = null; // a later call tries again
		throw error;
	});
	return shapes;
}
