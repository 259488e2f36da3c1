import { countsAt } from './counts';
import type { CompanyChoice, CountryRecord, IsoDate, MapClass } from './types';

/**
 * The counts of countries in each class at each of `dates` (for the stance chart): one countsAt
 * per date. The chart samples month starts, the slider's positions, so its steps line up with it.
 */
export function countsOverTime(
	countries: readonly CountryRecord[],
	dates: readonly IsoDate[],
	company: CompanyChoice
): { date: IsoDate; counts: Record<MapClass, number> }[] {
	return dates.map((date) => ({ date, counts: countsAt(countries, date, company) }));
}
