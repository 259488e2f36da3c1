import type { CountryRecord, Dataset, Presence, Source, StanceEvent } from '../lib/model/types';
import { countryName } from './codes';
import type { EventRow, MilitaryRow } from './schema';
import type { Problem, Validated } from './validate';

const toSource = (r: EventRow | MilitaryRow): Source => ({
	url: r.source_url || null,
	publisher: r.source_publisher,
	title: r.source_title
});

function toEvent(r: EventRow): StanceEvent {
	return {
		date: r.date,
		precision: r.precision,
		company: r.company,
		stance: r.stance,
		scope: r.scope,
		summary: r.summary,
		source: toSource(r),
		uncertain: r.certainty === 'uncertain'
	};
}

function toPresence(r: MilitaryRow): Presence {
	return {
		from: r.from,
		to: r.to || null,
		level: r.level,
		personnel: r.personnel ? Number(r.personnel) : null,
		note: r.note,
		source: toSource(r),
		uncertain: r.certainty === 'uncertain'
	};
}

const overlaps = (a: string, b: string) => a === 'both' || b === 'both' || a === b;

/**
 * Checks that need more than one row: a country with no shape, duplicate rows, two rows that
 * set the same company's stance on the same day (which one wins would be a guess), and
 * overlapping military periods.
 */
export function crossCheck(
	files: { events: string; military: string },
	events: Validated<EventRow>['rows'],
	military: Validated<MilitaryRow>['rows'],
	shapeIds: ReadonlySet<string>
): Problem[] {
	const problems: Problem[] = [];
	const noShape = (file: string, line: number, country: string) =>
		!shapeIds.has(country) &&
		problems.push({ file, line, field: 'country', message: `${country} has no shape on the map` });
	events.forEach(({ line, row }, i) => {
		noShape(files.events, line, row.country);
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
	return problems;
}

/** Every country that has a shape, with its events in date order and its military periods. */
export function buildDataset(
	events: EventRow[],
	military: MilitaryRow[],
	shapeIds: ReadonlySet<string>,
	checked: string
): Dataset {
	const countries: CountryRecord[] = [...shapeIds].sort().map((id) => ({
		id,
		name: countryName(id),
		// Array.prototype.sort is stable, so rows on one date keep the file's order.
		events: events
			.filter((e) => e.country === id)
			.map(toEvent)
			.sort((a, b) => a.date.localeCompare(b.date)),
		military: military
			.filter((m) => m.country === id)
			.map(toPresence)
			.sort((a, b) => a.from.localeCompare(b.from))
	}));
	return {
		updated: checked,
		first: events.map((e) => e.date).reduce((a, b) => (a < b ? a : b), '9999'),
		countries
	};
}
