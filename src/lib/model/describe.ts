import type { StanceChange } from './changes';
import { formatMonth } from './dates';
import { STANCE_VERBS } from './palette';
import { severity } from './severity';
import { latestEventFor } from './stanceAt';
import type { CompanyChoice, CountryRecord, EventCompany, IsoDate } from './types';

const COMPANY_NAMES: Record<EventCompany, string> = {
	huawei: 'Huawei',
	zte: 'ZTE',
	both: 'Huawei and ZTE'
};

/** Who a change is about: the chosen company, or with `any` the company the latest event named. */
function companyName(country: CountryRecord, date: IsoDate, company: CompanyChoice): string {
	if (company !== 'any') return COMPANY_NAMES[company];
	const latest = latestEventFor(country, date, 'any');
	return latest ? COMPANY_NAMES[latest.company] : 'Huawei or ZTE';
}

/**
 * One line that says what a step forward changed: "July 2020: United Kingdom banned Huawei".
 * The most severe come first; more than `limit` changes end in "and N more".
 */
export function describeChanges(
	changes: readonly StanceChange[],
	byId: ReadonlyMap<string, CountryRecord>,
	date: IsoDate,
	company: CompanyChoice,
	limit = 2
): string {
	if (changes.length === 0) return '';
	const parts = [...changes]
		.sort((a, b) => severity(b.to) - severity(a.to) || a.name.localeCompare(b.name))
		.slice(0, limit)
		.map((c) => `${c.name} ${STANCE_VERBS[c.to]} ${companyName(byId.get(c.id)!, date, company)}`);
	const rest = changes.length - limit;
	const tail = rest > 0 ? `, and ${rest} more` : '';
	return `${formatMonth(date)}: ${parts.join('; ')}${tail}.`;
}
