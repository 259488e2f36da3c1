import type { CountryRecord, IsoDate, Presence } from './types';

/** The US military presence in force at `date` (from inclusive, to exclusive), if any. */
export function militaryAt(
	country: Pick<CountryRecord, 'military'>,
	date: IsoDate
): Presence | undefined {
	return country.military.find((p) => p.from <= date && (p.to === null || date < p.to));
}
