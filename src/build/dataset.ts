import type {
	Correction,
	CountryDetails,
	CountryRecord,
	Dataset,
	Details,
	Source,
	StanceEvent
} from '../lib/model/types';
import { alpha2, countryName } from './codes';
import { HOME, MUST_REVIEW } from './regions';
import type { EventRow, MilestoneRow, MilitaryRow, ReviewRow } from './schema';
import type { Problem, Validated } from './validate';

export interface Rows {
	events: EventRow[];
	military: MilitaryRow[];
	reviews: ReviewRow[];
	milestones: MilestoneRow[];
}

const toSource = (r: EventRow | MilitaryRow | MilestoneRow): Source => ({
	url: r.source_url,
	publisher: r.source_publisher,
	title: r.source_title,
	quote: r.source_quote,
	original: r.source_original || null
});

const toEvent = (r: EventRow): StanceEvent => ({
	date: r.date,
	precision: r.precision,
	company: r.company,
	stance: r.stance,
	uncertain: r.certainty === 'uncertain'
});

const overlaps = (a: string, b: string) => a === 'both' || b === 'both' || a === b;

/**
 * Checks that need more than one row or file: a country with no shape, rows for the vendors'
 * home, duplicate rows, two rows that set the same company's stance on the same day (which one
 * wins would be a guess), overlapping military periods, and a country that must be reviewed
 * with neither events nor a review row ("nobody looked" must never pass as "nothing found").
 */
export function crossCheck(
	files: { events: string; military: string; reviews: string },
	{ rows: events, raw: eventsRaw }: Validated<EventRow>,
	military: Validated<MilitaryRow>['rows'],
	reviews: Validated<ReviewRow>,
	shapeIds: ReadonlySet<string>,
	{ legacy = false } = {}
): Problem[] {
	const problems: Problem[] = [];
	const noShape = (file: string, line: number, country: string) =>
		!shapeIds.has(country) &&
		problems.push({ file, line, field: 'country', message: `${country} has no shape on the map` });
	events.forEach(({ line, row }, i) => {
		noShape(files.events, line, row.country);
		if (row.country === HOME)
			problems.push({
				file: files.events,
				line,
				field: 'country',
				message: `${HOME} is the vendors' home and takes no stance rows`
			});
		const earlier = events
			.slice(0, i)
			.find(
				(e) =>
					e.row.country === row.country &&
					e.row.date === row.date &&
					overlaps(e.row.company, row.company)
			);
		if (earlier) {
			const same = earlier.row.stance === row.stance && earlier.row.company === row.company;
			problems.push({
				file: files.events,
				line,
				field: 'date',
				message: same
					? `duplicates line ${earlier.line}`
					: `line ${earlier.line} already sets ${row.country}'s stance for this company on this date; merge them`
			});
		}
	});
	military.forEach(({ line, row }, i) => {
		noShape(files.military, line, row.country);
		const clash = military
			.slice(0, i)
			.find(
				(m) =>
					m.row.country === row.country &&
					m.row.from < (row.to || '9999') &&
					row.from < (m.row.to || '9999')
			);
		if (clash) {
			problems.push({
				file: files.military,
				line,
				field: 'from',
				message: `overlaps the period on line ${clash.line}`
			});
		}
	});
	// A row that failed validation is reported on its own line; it still counts as written here.
	const written = new Set([...eventsRaw, ...reviews.raw].map((r) => r.country));
	const lastLine = 2 + reviews.raw.length;
	for (const id of [...MUST_REVIEW].sort()) {
		if (written.has(id)) continue;
		problems.push({
			file: files.reviews,
			line: lastLine,
			field: 'country',
			message: `${id} (${countryName(id)}) has neither events nor a review row: search it, then add one`
		});
	}
	// A country with events records how far its sources were searched (its checked_through), so
	// readers see where our knowledge of it stops.
	// Every review row counts, valid or not (a bad one is reported on its own line).
	const reviewed = new Set(reviews.raw.map((r) => r.country));
	const firstLine = new Map<string, number>();
	for (const { line, row } of events)
		if (!firstLine.has(row.country)) firstLine.set(row.country, line);
	for (const [id, line] of firstLine) {
		if (legacy || reviewed.has(id)) continue;
		problems.push({
			file: files.events,
			line,
			field: 'country',
			message: `${id} has events but no row in ${files.reviews}: add one with checked_through, the month its sources were searched up to`
		});
	}
	return problems;
}

const byDate =
	<T>(key: (t: T) => string) =>
	(a: T, b: T) =>
		key(a).localeCompare(key(b));

/**
 * The map's data, split in two: `dataset` is what every view needs (stances by date, small enough
 * for the first HTML), `details` the words and sources a reader opens on demand. Both list a
 * country's events in the same order. Array.prototype.sort is stable, so rows on one date keep
 * the file's order.
 */
export function buildDataset(
	rows: Rows,
	shapeIds: ReadonlySet<string>,
	checked: string,
	corrections: ReadonlyMap<string, Correction[]> = new Map()
): { dataset: Dataset; details: Details } {
	const reviews = new Map(rows.reviews.map((r) => [r.country, r]));
	const countries: CountryRecord[] = [];
	const details: Details = { countries: {}, milestones: [] };
	for (const id of [...shapeIds].sort()) {
		const events = rows.events.filter((e) => e.country === id).sort(byDate((e) => e.date));
		const military = rows.military.filter((m) => m.country === id).sort(byDate((m) => m.from));
		const review = reviews.get(id);
		countries.push({
			id,
			name: countryName(id),
			a2: alpha2(id),
			home: id === HOME,
			reviewed: review?.reviewed ?? null,
			events: events.map(toEvent),
			military: military.map((m) => ({
				from: m.from,
				to: m.to || null,
				level: m.level,
				personnel: m.personnel ? Number(m.personnel) : null,
				uncertain: m.certainty === 'uncertain'
			}))
		});
		const entry: CountryDetails = {
			events: events.map((e) => ({
				id: e.id,
				corrections: corrections.get(e.id) ?? [],
				scope: e.scope,
				summary: e.summary,
				source: toSource(e),
				checked: e.checked
			})),
			military: military.map((m) => ({ note: m.note, source: toSource(m), checked: m.checked })),
			review: review
				? {
						finding: review.finding,
						searched: review.searched,
						checkedThrough: review.checked_through
					}
				: null
		};
		if (entry.events.length || entry.military.length || entry.review) details.countries[id] = entry;
	}
	const milestones = [...rows.milestones].sort(byDate((m) => m.date));
	details.milestones = milestones.map((m) => ({ summary: m.summary, source: toSource(m) }));
	return {
		dataset: {
			updated: checked,
			first: rows.events.map((e) => e.date).reduce((a, b) => (a < b ? a : b), '9999'),
			countries,
			milestones: milestones.map((m) => ({ date: m.date, precision: m.precision, title: m.title }))
		},
		details
	};
}
