import * as v from 'valibot';
import { isIsoDate, todayIso } from '../lib/model/dates';
import { STANCES } from '../lib/model/types';
import { isKnownAlpha3 } from './codes';

const FORMAT_CHARACTER = /\p{Cf}/u;
/** Names an invisible character so an editor can find it: "U+202E". */
const codePoint = (s: string) => {
	const ch = s.match(FORMAT_CHARACTER)?.[0] ?? '';
	return `U+${ch.codePointAt(0)?.toString(16).toUpperCase().padStart(4, '0')}`;
};

/**
 * Text a reader sees: never markup, never control characters, never invisible format characters
 * (a right-to-left override or a zero-width space can make a cell read other than it is).
 */
export const plainText = (min: number, max: number) =>
	v.pipe(
		v.string(),
		// A spreadsheet may save a line break inside a cell; readers see it as a space.
		v.transform((s) => s.replace(/[\t\n\r ]+/g, ' ')),
		v.minLength(min, `must be at least ${min} characters`),
		v.maxLength(max, `must be at most ${max} characters`),
		v.check((s) => !/[<>]/.test(s), 'must be plain text (no < or >, so no HTML or script)'),
		v.check((s) => !/\p{Cc}/u.test(s), 'must not contain control characters'),
		v.check(
			(s) => !FORMAT_CHARACTER.test(s),
			(issue) =>
				`must not contain invisible format characters (found ${codePoint(String(issue.input))})`
		)
	);

/** A stable id: never changes once published, so versions, diffs and links can rest on it. */
const id = (pattern: RegExp, example: string) =>
	v.pipe(v.string(), v.regex(pattern, `must be an id like ${example}`));
export const ID_PATTERNS = {
	events: /^(?:[A-Z]{3})-\d{3}$/,
	military: /^mil-[A-Z]{3}-\d{1,3}$/,
	reviews: /^rev-[A-Z]{3}$/,
	milestones: /^ms-\d{3}$/
} as const;

/** `YYYY-MM`: the month up to which a country's sources were searched. */
const pastMonth = v.pipe(
	v.string(),
	v.check(
		(m) => /^\d{4}-\d{2}$/.test(m) && isIsoDate(`${m}-01`),
		'must be a month written YYYY-MM'
	),
	v.check((m) => m >= '2012-01', 'must be 2012-01 or later'),
	v.check((m) => m <= todayIso().slice(0, 7), 'must not be in the future')
);

const country = v.pipe(
	v.string(),
	v.check(isKnownAlpha3, 'unknown country code (use ISO 3166-1 alpha-3, or XKX for Kosovo)')
);

const FIRST_DATE = '2000-01-01';
const pastDate = v.pipe(
	v.string(),
	v.check(isIsoDate, 'must be a real date written YYYY-MM-DD'),
	v.check((d) => d >= FIRST_DATE, `must be on or after ${FIRST_DATE}`),
	v.check((d) => d <= todayIso(), 'must not be in the future')
);

const httpUrl = v.pipe(
	v.string(),
	v.url('must be a full URL'),
	v.check((u) => /^https?:\/\//i.test(u), 'must start with http:// or https://')
);

/**
 * Every row cites a page a reader can open, and a sentence copied from it that proves the date
 * and the action, and says when a second reader last checked it against that page.
 */
const sourceFields = {
	source_url: httpUrl,
	source_publisher: plainText(2, 120),
	source_title: plainText(3, 300),
	source_quote: plainText(20, 300),
	source_original: v.union([v.literal(''), httpUrl], 'must be empty or an http(s) URL'),
	certainty: v.picklist(['confirmed', 'uncertain'], 'must be confirmed or uncertain'),
	checked: pastDate
};

/** A month- or year-precise date is stored as the first day of its month or year. */
function matchesPrecision(row: { date: string; precision: string }): boolean {
	if (row.precision === 'month') return row.date.endsWith('-01');
	if (row.precision === 'year') return row.date.endsWith('-01-01');
	return true;
}

const PRECISION_RULE = 'a month-precise date must be the 1st, a year-precise one 1 January';
const precision = v.picklist(['day', 'month', 'year'], 'must be day, month or year');

export const EventRow = v.pipe(
	v.object({
		id: id(ID_PATTERNS.events, 'GBR-004'),
		country,
		date: pastDate,
		precision,
		company: v.picklist(['huawei', 'zte', 'both'], 'must be huawei, zte or both'),
		stance: v.picklist(STANCES, `must be one of ${STANCES.join(', ')}`),
		scope: plainText(2, 120),
		summary: plainText(20, 800),
		...sourceFields
	}),
	v.forward(v.partialCheck([['date'], ['precision']], matchesPrecision, PRECISION_RULE), ['date'])
);
export type EventRow = v.InferOutput<typeof EventRow>;

export const MilitaryRow = v.pipe(
	v.object({
		id: id(ID_PATTERNS.military, 'mil-DEU-1'),
		country,
		from: pastDate,
		to: v.union([v.literal(''), pastDate], 'must be empty (still there) or a real past date'),
		level: v.picklist(['major', 'rotational'], 'must be major or rotational'),
		personnel: v.union(
			[v.literal(''), v.pipe(v.string(), v.regex(/^\d{1,6}$/, 'must be a whole number'))],
			'must be empty or a whole number'
		),
		note: plainText(3, 500),
		...sourceFields
	}),
	v.forward(
		v.partialCheck([['from'], ['to']], (r) => r.to === '' || r.to > r.from, 'must be after from'),
		['to']
	)
);
export type MilitaryRow = v.InferOutput<typeof MilitaryRow>;

/**
 * data/reviews.csv: a country searched, what was (not) found, and the month its sources were
 * searched up to (for countries with events too: where our knowledge of it stops).
 */
export const ReviewRow = v.pipe(
	v.object({
		id: id(ID_PATTERNS.reviews, 'rev-ISL'),
		country,
		reviewed: pastDate,
		checked_through: pastMonth,
		finding: plainText(10, 800),
		searched: plainText(5, 1500)
	}),
	// One review per country: its id is the country's, so a second one is a duplicate id.
	v.forward(
		v.partialCheck(
			[['id'], ['country']],
			(r) => r.id === `rev-${r.country}`,
			'must be rev- and the country code'
		),
		['id']
	)
);
export type ReviewRow = v.InferOutput<typeof ReviewRow>;

/** data/milestones.csv: the multilateral and US moves the timeline marks. */
export const MilestoneRow = v.pipe(
	v.object({
		id: id(ID_PATTERNS.milestones, 'ms-012'),
		date: pastDate,
		precision,
		title: plainText(3, 60),
		summary: plainText(20, 800),
		...sourceFields
	}),
	v.forward(v.partialCheck([['date'], ['precision']], matchesPrecision, PRECISION_RULE), ['date'])
);
export type MilestoneRow = v.InferOutput<typeof MilestoneRow>;

/** data/meta.json: the day an editor last checked the whole dataset ("data last updated"). */
export const Meta = v.object({ checked: pastDate });
