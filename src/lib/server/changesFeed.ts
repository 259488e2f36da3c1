import { Feed } from 'feed';
import { countsLine, describeChange } from '$lib/versions/release';
import { dataset } from './dataset';
import { releases } from './releases';

const names = new Map(dataset.countries.map((c) => [c.id, c.name]));
const nameOf = (id: string) => names.get(id) ?? id;

/**
 * The changelog as a feed: one entry per release, the same words as /changes/. Ids are URNs,
 * so they stay stable wherever the site is hosted; links are absolute when SITE_URL is set.
 */
export function changesFeed(): Feed {
	const site = __SITE_URL__;
	const all = releases();
	const link = (path: string) => (site ? new URL(path, site).href : path);
	const feed = new Feed({
		title: 'Stance Map: changes to the Huawei and ZTE dataset',
		description:
			'Every published version of the dataset, with the rows added, changed and removed, and why.',
		id: 'urn:stance-map:changes',
		link: link('changes/'),
		language: 'en',
		updated: new Date(`${all[0]?.date ?? '2026-11-29'}T00:00:00Z`),
		copyright: 'Summaries and structure: CC BY 4.0. Quotes belong to their publishers.',
		feedLinks: { atom: link('changes.xml'), json: link('changes.json') }
	});
	for (const release of all) {
		const lines = release.changes.map((c) => describeChange(c, nameOf));
		feed.addItem({
			title: `Data version ${release.id}: ${release.previous ? countsLine(release.changes) : 'first published version'}`,
			id: `urn:stance-map:version:${release.id}`,
			link: link(`changes/#v-${release.id}`),
			date: new Date(`${release.date}T00:00:00Z`),
			description: release.previous
				? `Changes since ${release.previous}: ${countsLine(release.changes)}.`
				: 'The first published version of the dataset.',
			content: lines.length ? lines.join('\n\n') : undefined
		});
	}
	return feed;
}

/** JSON Feed 1.1: the library writes 1.0, whose fields 1.1 keeps; only the version differs here. */
export function jsonFeed11(feed: Feed): string {
	const json = JSON.parse(feed.json1());
	return JSON.stringify({ ...json, version: 'https://jsonfeed.org/version/1.1' }, null, '\t');
}
