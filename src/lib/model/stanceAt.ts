import { moreSevere } from './severity';
import type { Company, CompanyChoice, CountryRecord, IsoDate, Stance, StanceEvent } from './types';

function appliesTo(event: StanceEvent, company: Company): boolean {
	return event.company === company || event.company === 'both';
}

/** The latest event for one company on or before `date`: it sets the stance until the next. */
export function latestEvent(
	country: Pick<CountryRecord, 'events'>,
	date: IsoDate,
	company: Company
): StanceEvent | undefined {
	let latest: StanceEvent | undefined;
	for (const event of country.events) {
		if (event.date > date) break;
		if (appliesTo(event, company)) latest = event;
	}
	return latest;
}

/** The latest event on or before `date` for a company, or with `any` for either of them. */
export function latestEventFor(
	country: Pick<CountryRecord, 'events'>,
	date: IsoDate,
	company: CompanyChoice
): StanceEvent | undefined {
	if (company !== 'any') return latestEvent(country, date, company);
	const h = latestEvent(country, date, 'huawei');
	const z = latestEvent(country, date, 'zte');
	return !z || (h && h.date >= z.date) ? h : z;
}

/** A country's stance at a date; `any` is the more severe of Huawei's and ZTE's. */
export function stanceAt(
	country: Pick<CountryRecord, 'events'>,
	date: IsoDate,
	company: CompanyChoice
): Stance {
	if (company === 'any') {
		return moreSevere(stanceAt(country, date, 'huawei'), stanceAt(country, date, 'zte'));
	}
	return latestEvent(country, date, company)?.stance ?? 'none';
}
