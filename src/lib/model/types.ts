/** Shared shapes of the dataset as the app loads it (written by `npm run data`). */

export const STANCES = ['banned', 'restricted', 'pressured', 'briefed', 'allowed', 'none'] as const;
export type Stance = (typeof STANCES)[number];

export const COMPANIES = ['huawei', 'zte'] as const;
export type Company = (typeof COMPANIES)[number];
/** `any` reads the more severe of the two companies' stances. */
export type CompanyChoice = Company | 'any';
export type EventCompany = Company | 'both';

export type Precision = 'day' | 'month' | 'year';
/** An ISO calendar date, YYYY-MM-DD. Plain strings compare in date order. */
export type IsoDate = string;

/**
 * What a country looks like on the map: a stance, or one of two states that are not stances.
 * `home`: China, where both vendors are based. `unreviewed`: nobody has searched this place yet,
 * unlike `none`, which means searched and nothing found (or every measure lifted).
 */
export const MAP_CLASSES = [...STANCES, 'home', 'unreviewed'] as const;
export type MapClass = (typeof MAP_CLASSES)[number];

/**
 * How a country moved between two dates, in the compare view (transition.ts says how each is
 * decided): more severe, less severe, a first record, the same, or nothing on record.
 */
export const MOVES = ['tightened', 'loosened', 'new', 'unchanged', 'norecord'] as const;
export type Move = (typeof MOVES)[number];

/** Everything a map can be painted with: a map class, or in the compare view a move. */
export const PAINT_CLASSES = [...MAP_CLASSES, ...MOVES] as const;
export type PaintClass = (typeof PAINT_CLASSES)[number];
export const isMove = (cls: PaintClass): cls is Move => (MOVES as readonly string[]).includes(cls);

export interface Source {
	url: string;
	publisher: string;
	title: string;
	/** A verbatim sentence from the page, in its language, proving the date and the action. */
	quote: string;
	/** The original's URL when `url` is a repost or mirror. */
	original: string | null;
}

/** The part of an event every view needs: small enough to ship in the first HTML. */
export interface StanceEvent {
	date: IsoDate;
	precision: Precision;
	company: EventCompany;
	stance: Stance;
	uncertain: boolean;
}

/** The words behind an event, loaded on demand (details/ID.json), in the same order as `events`. */
/** A published row's correction, as a release recorded it: which fields, what they were, why. */
export interface Correction {
	/** The version that made it (its id is its date: `2026-12-06`). */
	version: string;
	fields: { field: string; old: string; new: string }[];
	reason: string;
}

export interface EventDetail {
	/** The row's permanent id (data/events.csv), for corrections and reports. */
	id: string;
	/** Earlier values of this row that a release corrected, oldest first. */
	corrections: Correction[];
	scope: string;
	summary: string;
	source: Source;
	/** The day a second reader last checked the row against its source. */
	checked: IsoDate;
}

export interface Presence {
	from: IsoDate;
	/** null: still there. */
	to: IsoDate | null;
	level: 'major' | 'rotational';
	personnel: number | null;
	uncertain: boolean;
}

export interface PresenceDetail {
	note: string;
	source: Source;
	checked: IsoDate;
}

export interface CountryRecord {
	id: string;
	/** The English name, in this project's style ("United States", "DR Congo"). */
	name: string;
	/** ISO alpha-2 (XK for Kosovo), for the platform's names in other languages; null if none. */
	a2: string | null;
	/** Home of both vendors (China): drawn apart, never given a stance. */
	home: boolean;
	/** The day the country was last searched, when it has a review row (data/reviews.csv). */
	reviewed: IsoDate | null;
	/** Sorted by date; rows on one date keep the file's order. */
	events: StanceEvent[];
	military: Presence[];
}

/** A multilateral or US move that frames the story, marked on the timeline. */
export interface Milestone {
	date: IsoDate;
	precision: Precision;
	title: string;
}

export interface Dataset {
	/** The day an editor last checked the dataset (data/meta.json): "data last updated". */
	updated: IsoDate;
	first: IsoDate;
	countries: CountryRecord[];
	milestones: Milestone[];
}

export interface CountryDetails {
	events: EventDetail[];
	military: PresenceDetail[];
	/** The country's search record; `checkedThrough` (YYYY-MM) is how far its sources were searched. */
	review: { finding: string; searched: string; checkedThrough: string } | null;
}

export interface MilestoneDetail {
	summary: string;
	source: Source;
}

/** Everything a reader opens on demand: the words and sources behind the map. */
export interface Details {
	countries: Record<string, CountryDetails>;
	milestones: MilestoneDetail[];
}
