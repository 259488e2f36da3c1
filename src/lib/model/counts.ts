import { mapClassAt } from './mapClass';
import {
	MAP_CLASSES,
	type CompanyChoice,
	type CountryRecord,
	type IsoDate,
	type MapClass
} from './types';

/** How many of the given classes are of each map class (every class present, 0 for none). */
export function tally(classes: Iterable<MapClass>): Record<MapClass, number> {
	const counts = Object.fromEntries(MAP_CLASSES.map((s) => [s, 0])) as Record<MapClass, number>;
	for (const cls of classes) counts[cls] += 1;
	return counts;
}

/** How many of the given countries are drawn in each map class at `date`. */
export const countsAt = (
	countries: readonly CountryRecord[],
	date: IsoDate,
	company: CompanyChoice
): Record<MapClass, number> => tally(countries.map((c) => mapClassAt(c, date, company)));
