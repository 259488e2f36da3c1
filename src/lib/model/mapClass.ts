import { stanceAt } from './stanceAt';
import type { CompanyChoice, CountryRecord, IsoDate, MapClass } from './types';

/**
 * How a country is drawn at a date: China as the vendors' home, a place nobody has searched as
 * unreviewed, every other country by its stance (`none` then means searched, nothing found).
 */
export function mapClassAt(
	country: Pick<CountryRecord, 'events' | 'home' | 'reviewed'>,
	date: IsoDate,
	company: CompanyChoice
): MapClass {
	if (country.home) return 'home';
	if (country.events.length === 0 && country.reviewed === null) return 'unreviewed';
	return stanceAt(country, date, company);
}
