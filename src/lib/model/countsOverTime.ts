import { tally } from './counts';
import { mapClassAt } from './mapClass';
import type { CompanyChoice, CountryRecord, IsoDate, MapClass } from './types';

/**
 * The counts of countries in each class at each of `dates` (ascending), for the stance chart. The
 * chart samples month starts, the slider's positions, so its steps line up with it.
 *
 * Equal to `countsAt` at every date, but a country's class can only change on the date of one of
 * its events, so it is worked out once per stretch between events rather than once per month:
 * the chart is drawn as the page starts, when every millisecond delays the reader.
 */
export function countsOverTime(
	countries: readonly CountryRecord[],
	dates: readonly IsoDate[],
	company: CompanyChoice
): { date: IsoDate; counts: Record<MapClass, number> }[] {
	const rows = dates.map((date) => ({ date, counts: tally([]) }));
	for (const country of countries) {
		let cls: MapClass | null = null;
		let seen = -1;
		let next = 0;
		dates.forEach((date, i) => {
			while (next < country.events.length && country.events[next].date <= date) next++;
			if (next !== seen) {
				cls = mapClassAt(country, date, company);
				seen = next;
			}
			rows[i].counts[cls!] += 1;
		});
	}
	return rows;
}
