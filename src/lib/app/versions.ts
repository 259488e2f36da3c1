import { asset } from '$app/paths';
import { decodeDataset, type WireDataset } from '$lib/model/eventCodec';
import type { CountryDetails, Dataset, MilestoneDetail } from '$lib/model/types';
import type { DetailSources } from './appState.svelte';

/** What static/data/versions.json says of one published version. */
export interface VersionInfo {
	id: string;
	date: string;
	counts: { added: number; changed: number; removed: number };
}

export type PinnedData =
	| {
			kind: 'pinned';
			version: VersionInfo;
			dataset: Dataset;
			sources: DetailSources;
			changesSince: number;
	  }
	| { kind: 'unknown'; asked: string };

const VERSION_ID = /^\d{4}-\d{2}-\d{2}(-\d{1,3})?$/;

async function json<T>(path: string): Promise<T> {
	const res = await fetch(asset(path));
	if (!res.ok) throw new Error(`${path}: ${res.status}`);
	return res.json();
}

/** The published versions, oldest first. */
export const loadVersions = () =>
	json<{ versions: VersionInfo[] }>('/data/versions.json').then((d) => d.versions);

/**
 * A published version's data, for an embed pinned "as published": its stances, and its details
 * fetched on demand from the version's own folder. An id that no release wrote is `unknown`.
 */
export async function loadPinned(asked: string): Promise<PinnedData> {
	const versions = await loadVersions();
	const index = versions.findIndex((v) => v.id === asked);
	if (!VERSION_ID.test(asked) || index < 0) return { kind: 'unknown', asked };
	const version = versions[index];
	const base = `/data/v/${version.id}`;
	const dataset = decodeDataset(await json<WireDataset>(`${base}/stances.json`));
	const changesSince = versions
		.slice(index + 1)
		.reduce((n, v) => n + v.counts.added + v.counts.changed + v.counts.removed, 0);
	const sources: DetailSources = {
		country: (id) => json<CountryDetails>(`${base}/details/${id}.json`),
		milestones: () =>
			json<{ milestones: MilestoneDetail[] }>(`${base}/details/milestones.json`).then(
				(d) => d.milestones
			)
	};
	return { kind: 'pinned', version, dataset, sources, changesSince };
}
