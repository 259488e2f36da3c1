import { asset } from '$app/paths';
import type { Dataset } from '$lib/model/types';

export interface FirstPaint {
	width: number;
	height: number;
	paths: { id: string | null; d: string }[];
	markers: { id: string; x: number; y: number }[];
}

export interface PageData {
	dataset: Dataset;
	firstPaint: FirstPaint;
}

/**
 * The dataset and the SVG paths of the first paint. When the page is prerendered SvelteKit inlines
 * both responses into the HTML, so the map is drawn before any script runs.
 */
export async function loadStanceData(fetch: typeof globalThis.fetch): Promise<PageData> {
	const get = async <T>(path: string): Promise<T> => {
		const res = await fetch(asset(path));
		if (!res.ok) throw new Error(`${path}: ${res.status}`);
		return res.json();
	};
	const [dataset, firstPaint] = await Promise.all([
		get<Dataset>('/data/stances.json'),
		get<FirstPaint>('/data/first-paint.json')
	]);
	return { dataset, firstPaint };
}
