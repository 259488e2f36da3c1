import { latestEvent, stanceAt } from './stanceAt';
import type { CompanyChoice, CountryRecord, IsoDate } from './types';

/**
 * Whether the stance a country shows at a date rests on a row marked uncertain: the latest row
 * for the company, or, for either company, the row behind the more severe stance shown.
 */
export function uncertainAt(
	country: Pick<CountryRecord, 'events'>,
	date: IsoDate,
	company: CompanyChoice
): boolean {
	if (company !== 'any') return latestEvent(country, date, company)?.uncertain ?? false;
	const shown = stanceAt(country, date, 'any');
	return (['huawei', 'zte'] as const).some((c) => {
		const event = latestEvent(country, date, c);
		return event !== undefined && event.stance === shown && event.uncertain;
	});
}
