import { mapClassAt } from './mapClass';
import {
	MAP_CLASSES,
	type CompanyChoice,
	type CountryRecord,
	type IsoDate,
	type MapClass
} from './types';

/** How many of the given countries are drawn in each map class at `date`. */
export function countsAt(
	countries: readonly CountryRecord[],
	date: IsoDate,
	company: CompanyChoice
): Record<MapClass, number> {
	const counts = Object.fromEntries(MAP_CLASSES.map((s) => [s, 0])) as Record<MapClass, number>;
	for (const c of countries) counts[mapClassAt(c, date, company)] += 1;
	return counts;
}
