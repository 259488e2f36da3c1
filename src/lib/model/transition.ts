import { mapClassAt } from './mapClass';
import { severity } from './severity';
import { latestEventFor, stanceAt } from './stanceAt';
import type { CompanyChoice, CountryRecord, IsoDate, MapClass, Move } from './types';

/**
 * How a country moved between two dates, for the compare view. The order is the stance
 * severity the map already uses (banned most severe, none least):
 * - `tightened`: more severe at `to` than at `from`;
 * - `loosened`: less severe;
 * - `new`: no recorded event at `from`, one by `to` (a first record, whatever its stance);
 * - `unchanged`: recorded at both dates, same stance;
 * - `norecord`: nothing recorded by `to` (searched and nothing found, or never searched).
 * China, the vendors' home, is drawn apart as on the map.
 *
 * A first record is kept apart from a tightening on purpose: "no record" at `from` means nobody
 * found an act, not that the country had none, so the record cannot say it moved.
 */
export type CompareClass = Move | 'home';

export interface Transition {
	from: MapClass;
	to: MapClass;
	move: CompareClass;
}

export function transitionOf(
	country: Pick<CountryRecord, 'events' | 'home' | 'reviewed'>,
	from: IsoDate,
	to: IsoDate,
	company: CompanyChoice
): Transition {
	const a = mapClassAt(country, from, company);
	const b = mapClassAt(country, to, company);
	if (country.home) return { from: a, to: b, move: 'home' };
	const recordedBefore = latestEventFor(country, from, company) !== undefined;
	const recordedAfter = latestEventFor(country, to, company) !== undefined;
	let move: Move;
	if (!recordedAfter) move = 'norecord';
	else if (!recordedBefore) move = 'new';
	else if (a === b) move = 'unchanged';
	else
		move =
			severity(stanceAt(country, to, company)) > severity(stanceAt(country, from, company))
				? 'tightened'
				: 'loosened';
	return { from: a, to: b, move };
}

/**
 * The events that moved a country between the two dates: those after `from` up to `to` that
 * concern the company shown (in date order).
 */
export function movingEvents<E extends { date: IsoDate; company: string }>(
	events: readonly E[],
	from: IsoDate,
	to: IsoDate,
	company: CompanyChoice
): { event: E; index: number }[] {
	return events
		.map((event, index) => ({ event, index }))
		.filter(
			({ event }) =>
				event.date > from &&
				event.date <= to &&
				(company === 'any' || event.company === company || event.company === 'both')
		);
}
