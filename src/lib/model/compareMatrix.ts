import {
	MAP_CLASSES,
	type CompanyChoice,
	type CountryRecord,
	type IsoDate,
	type MapClass
} from './types';
import { tally } from './counts';
import { transitionOf, type Transition } from './transition';

export interface Mover extends Transition {
	id: string;
}

/**
 * The compare view's table: how many countries went from each class at `from` (rows) to each
 * class at `to` (columns). Every country is in exactly one cell, so the cells sum to the count.
 */
export function compareMatrix(
	countries: readonly CountryRecord[],
	from: IsoDate,
	to: IsoDate,
	company: CompanyChoice
): { cells: Record<MapClass, Record<MapClass, number>>; transitions: Mover[] } {
	const transitions = countries.map((c) => ({ id: c.id, ...transitionOf(c, from, to, company) }));
	const cells = Object.fromEntries(
		MAP_CLASSES.map((a) => [a, tally(transitions.filter((t) => t.from === a).map((t) => t.to))])
	) as Record<MapClass, Record<MapClass, number>>;
	return { cells, transitions };
}

const ORDER = { tightened: 0, loosened: 1, new: 2 } as const;

/**
 * The movers, in the order a reader scans them: tightened first, then loosened, then first
 * records; within each, by the stance reached (most severe first), then by name.
 */
export function moversOf(
	transitions: readonly Mover[],
	name: (id: string) => string,
	/** Keep the countries that did not move too (a chosen cell of the matrix lists them all). */
	everyone = false
): Mover[] {
	const rank = (cls: MapClass) => MAP_CLASSES.indexOf(cls);
	const order = (t: Mover) => (t.move in ORDER ? ORDER[t.move as keyof typeof ORDER] : 3);
	return transitions
		.filter((t) => everyone || t.move in ORDER)
		.sort(
			(a, b) =>
				order(a) - order(b) || rank(a.to) - rank(b.to) || name(a.id).localeCompare(name(b.id))
		);
}
