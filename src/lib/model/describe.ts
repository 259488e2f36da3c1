import type { StanceChange } from './changes';
import { formatMonth, monthsBetween } from './dates';
import { STANCE_VERBS } from './palette';
import { severity } from './severity';
import { latestEventFor } from './stanceAt';
import type { CompanyChoice, CountryRecord, EventCompany, IsoDate, Milestone } from './types';

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

export interface Step {
	from: IsoDate;
	to: IsoDate;
}

/**
 * One line that says what a step of the slider changed, dated honestly. A step within one month
 * whose changes all fall in one month reads "July 2020: United Kingdom banned Huawei." A longer
 * step names its span and gives each change its own month: "Since August 2020: Canada banned
 * Huawei (May 2022)…" It never dates a change to where the slider landed. The most severe come
 * first; more than `limit` end in "and N more". Milestones the step crossed are named last.
 */
export function describeChanges(
	changes: readonly StanceChange[],
	byId: ReadonlyMap<string, CountryRecord>,
	step: Step,
	company: CompanyChoice,
	milestones: readonly Milestone[] = [],
	limit = 2
): string {
	const forward = step.to > step.from;
	const [early, late] = forward ? [step.from, step.to] : [step.to, step.from];
	const crossed = milestones.filter((m) => m.date > early && m.date <= late);
	if (changes.length === 0 && crossed.length === 0) return '';
	const months = new Set([...changes, ...crossed].map((c) => ('when' in c ? c.when : c.date)));
	const monthsOf = new Set([...months].map((d) => (d ? formatMonth(d) : '')));
	const oneMonth = forward && monthsBetween(step.from, step.to) <= 1 && monthsOf.size === 1;
	const own = (date: IsoDate | null) => (oneMonth || !date ? '' : ` (${formatMonth(date)})`);

	const parts = [...changes]
		.sort((a, b) => severity(b.to) - severity(a.to) || a.name.localeCompare(b.name))
		.slice(0, limit)
		.map(
			(c) =>
				`${c.name} ${STANCE_VERBS[c.to]} ${companyName(byId.get(c.id)!, step.to, company)}${own(c.when)}`
		);
	const rest = changes.length - limit;
	const countries = parts.length
		? `${parts.join('; ')}${rest > 0 ? `, and ${rest} more` : ''}.`
		: '';
	const marks = crossed.map((m) => `${m.title}${own(m.date)}.`).join(' ');
	const prefix = oneMonth
		? [...monthsOf][0]
		: forward
			? `Since ${formatMonth(step.from)}`
			: `Back to ${formatMonth(step.to)}`;
	return `${prefix}: ${[countries, marks].filter(Boolean).join(' ')}`;
}
