import type { StanceChange } from './changes';
import { monthsBetween } from './dates';
import { severity } from './severity';
import { latestEventFor } from './stanceAt';
import type {
	CompanyChoice,
	CountryRecord,
	EventCompany,
	IsoDate,
	Milestone,
	Stance
} from './types';

/** The change line's phrasing in one language (src/lib/i18n/words.ts builds it from messages). */
export interface ChangeWords {
	/** "United Kingdom banned Huawei" */
	change(stance: Stance, countryId: string, company: EventCompany | 'any'): string;
	/** "and 3 more" */
	more(count: number): string;
	since(month: string): string;
	back(month: string): string;
	month(date: IsoDate): string;
	/** Between two changes ("; "), before "and N more" (", "), and at the end of a sentence. */
	separator: string;
	beforeMore: string;
	end: string;
	/** After the line's date ("July 2020: …"); Japanese writes a full-width colon. */
	colon: string;
	/** A change's own month after it: " (May 2022)", 「（2022年5月）」. */
	aside(text: string): string;
	/** Between the countries' sentence and the milestones' (none in Japanese). */
	space: string;
}

export interface Step {
	from: IsoDate;
	to: IsoDate;
}

/** Who a change is about: the chosen company, or with `any` the company the latest event named. */
function companyOf(country: CountryRecord, date: IsoDate, company: CompanyChoice) {
	if (company !== 'any') return company;
	return latestEventFor(country, date, 'any')?.company ?? 'any';
}

/**
 * One line that says what a step of the slider changed, dated honestly. A step within one month
 * whose changes all fall in one month reads "July 2020: United Kingdom banned Huawei." A longer
 * step names its span and gives each change its own month: "Since August 2020: Canada banned
 * Huawei (May 2022)…" It never dates a change to where the slider landed. The most severe come
 * first; more than `limit` end in "and N more". Milestones a step forward crossed are named last
 * (the first, then "and N more"); a step back names none, since they lie after the date shown.
 */
export function describeChanges(
	changes: readonly StanceChange[],
	byId: ReadonlyMap<string, CountryRecord>,
	step: Step,
	company: CompanyChoice,
	words: ChangeWords,
	milestones: readonly Milestone[] = [],
	limit = 2
): string {
	const forward = step.to > step.from;
	const [early, late] = forward ? [step.from, step.to] : [step.to, step.from];
	const crossed = forward ? milestones.filter((m) => m.date > early && m.date <= late) : [];
	if (changes.length === 0 && crossed.length === 0) return '';
	const dates = [...changes.map((c) => c.when), ...crossed.map((m) => m.date)];
	const months = new Set(dates.map((d) => (d ? words.month(d) : '')));
	const oneMonth = forward && monthsBetween(step.from, step.to) <= 1 && months.size === 1;
	const own = (date: IsoDate | null) => (oneMonth || !date ? '' : words.aside(words.month(date)));

	const parts = [...changes]
		.sort((a, b) => severity(b.to) - severity(a.to) || a.name.localeCompare(b.name))
		.slice(0, limit)
		.map(
			(c) => words.change(c.to, c.id, companyOf(byId.get(c.id)!, step.to, company)) + own(c.when)
		);
	const rest = changes.length - limit;
	const countries = parts.length
		? `${parts.join(words.separator)}${rest > 0 ? words.beforeMore + words.more(rest) : ''}${words.end}`
		: '';
	const [firstMark] = crossed;
	const marks = firstMark
		? `${firstMark.title}${own(firstMark.date)}${crossed.length > 1 ? words.beforeMore + words.more(crossed.length - 1) : ''}${words.end}`
		: '';
	const prefix = oneMonth
		? [...months][0]
		: forward
			? words.since(words.month(step.from))
			: words.back(words.month(step.to));
	const body = [countries, marks].filter(Boolean).join(words.space);
	return body ? `${prefix}${words.colon}${body}` : '';
}
