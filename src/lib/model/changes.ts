import { latestEventFor, stanceAt } from './stanceAt';
import type { CompanyChoice, CountryRecord, IsoDate, Stance } from './types';

export interface StanceChange {
	id: string;
	name: string;
	from: Stance;
	to: Stance;
	/** The date of the event that holds at `to`: when the new stance began (null: no event yet). */
	when: IsoDate | null;
}

/** Countries whose stance at `to` differs from their stance at `from`, in dataset order. */
export function changesBetween(
	countries: readonly CountryRecord[],
	from: IsoDate,
	to: IsoDate,
	company: CompanyChoice
): StanceChange[] {
	const changes: StanceChange[] = [];
	for (const c of countries) {
		const before = stanceAt(c, from, company);
		const after = stanceAt(c, to, company);
		if (before !== after)
			changes.push({
				id: c.id,
				name: c.name,
				from: before,
				to: after,
				when: latestEventFor(c, to, company)?.date ?? null
			});
	}
	return changes;
}
