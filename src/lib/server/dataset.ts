import wire from '../../../static/data/stances.json' with { type: 'json' };
import { decodeDataset, type WireDataset } from '$lib/model/eventCodec';
import type { Dataset } from '$lib/model/types';

/**
 * The dataset as the build reads it: for the prerendered pages, their first-paint map, feeds and
 * oEmbed files. Read as a module, never fetched: SvelteKit would inline a fetched response into
 * the page's HTML ($lib/app/load).
 */
export const dataset: Dataset = decodeDataset(wire as unknown as WireDataset);
