import { STANCES, type Dataset } from '../lib/model/types';
import type { Rows } from './dataset';
import { MUST_REVIEW, regionOf } from './regions';

const REGIONS = ['Africa', 'Americas', 'Asia', 'Europe', 'Oceania', 'Other'];
/** A source line that names a repost or mirror rather than the original publisher's page. */
const MIRROR = /\b(via|republished|repost|mirror)\b/i;

const count = <T>(items: readonly T[], key: (t: T) => string) => {
	const counts = new Map<string, number>();
	for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
	return counts;
};

/**
 * What `npm run data` prints after a good build, for the editor's eye: how much of the world
 * the rows cover, where they cluster in time, and which rows deserve another look.
 */
export function coverageReport(rows: Rows, dataset: Dataset): string[] {
	const withEvents = new Set(rows.events.map((e) => e.country));
	const mustReview = [...MUST_REVIEW];
	const regionLine = (region: string) => {
		const all = mustReview.filter((id) => regionOf(id) === region).length;
		const covered = [...withEvents].filter((id) => regionOf(id) === region).length;
		return `  ${region.padEnd(9)} ${String(covered).padStart(3)} with events${all ? ` of ${all} to review` : ''}`;
	};
	const years = count(rows.events, (e) => e.date.slice(0, 4));
	const byStance = count(rows.events, (e) => e.stance);
	const all = [...rows.events, ...rows.military, ...rows.milestones];
	const mirrors = all.filter((r) => r.source_original || MIRROR.test(r.source_publisher)).length;
	const uncertain = all.filter((r) => r.certainty === 'uncertain').length;
	const reviewedOnly = rows.reviews.filter((r) => !withEvents.has(r.country)).length;
	const oldest = [...new Set(all.map((r) => r.checked))].sort().slice(0, 3);
	const since2022 = rows.events.filter((e) => e.date >= '2022-01-01').length;
	return [
		'Coverage',
		`  ${rows.events.length} events in ${withEvents.size} countries (${since2022} since 2022), ${rows.military.length} US-forces periods, ${rows.milestones.length} milestones`,
		'Countries with events, by region',
		...REGIONS.filter((r) => r !== 'Other' || [...withEvents].some((id) => regionOf(id) === r)).map(
			regionLine
		),
		'Events by year',
		`  ${[...years]
			.sort()
			.map(([y, n]) => `${y}: ${n}`)
			.join(', ')}`,
		'Events by stance',
		`  ${STANCES.map((s) => `${s}: ${byStance.get(s) ?? 0}`).join(', ')}`,
		`Rows marked uncertain: ${uncertain}`,
		`Rows citing a repost or mirror: ${mirrors}`,
		`Countries reviewed, no events: ${reviewedOnly}; not reviewed (no row, not required): ${
			dataset.countries.filter((c) => !c.home && !c.events.length && c.reviewed === null).length
		} shapes`,
		`Oldest checked dates: ${oldest.join(', ')}`
	];
}
