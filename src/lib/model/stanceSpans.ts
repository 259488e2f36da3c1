import { stanceAt } from './stanceAt';
import type { CompanyChoice, CountryRecord, IsoDate, Stance } from './types';

export interface StanceSpan {
	from: IsoDate;
	/** The day the next span begins (or the end of the strip). */
	to: IsoDate;
	stance: Stance;
}

/**
 * A country's stance over a stretch of time as spans, one per stretch of the same stance: what
 * the country page's strip draws. Each event that changes the stance starts a span.
 */
export function stanceSpans(
	country: Pick<CountryRecord, 'events'>,
	start: IsoDate,
	end: IsoDate,
	company: CompanyChoice
): StanceSpan[] {
	const starts = [start, ...country.events.map((e) => e.date).filter((d) => d > start && d <= end)];
	const spans: StanceSpan[] = [];
	for (const from of [...new Set(starts)]) {
		const stance = stanceAt(country, from, company);
		if (spans.at(-1)?.stance === stance) continue;
		if (spans.length) spans[spans.length - 1].to = from;
		spans.push({ from, to: end, stance });
	}
	return spans;
}
