import { stanceAt } from './stanceAt';
import {
	STANCES,
	type CompanyChoice,
	type CountryRecord,
	type IsoDate,
	type Stance
} from './types';

/** How many of the given countries hold each stance at `date`. */
export function countsAt(
	countries: readonly CountryRecord[],
	date: IsoDate,
	company: CompanyChoice
): Record<Stance, number> {
	const counts = Object.fromEntries(STANCES.map((s) => [s, 0])) as Record<Stance, number>;
	for (const c of countries) counts[stanceAt(c, date, company)] += 1;
	return counts;
}
