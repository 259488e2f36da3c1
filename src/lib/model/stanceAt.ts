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
