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

export interface Source {
	url: string | null;
	publisher: string;
	title: string;
}

export interface StanceEvent {
	date: IsoDate;
	precision: Precision;
	company: EventCompany;
	stance: Stance;
	scope: string;
	summary: string;
	source: Source;
	uncertain: boolean;
}

export interface Presence {
	from: IsoDate;
	/** null: still there. */
	to: IsoDate | null;
	level: 'major' | 'rotational';
	personnel: number | null;
	note: string;
	source: Source;
	uncertain: boolean;
}

export interface CountryRecord {
	id: string;
	name: string;
	/** Sorted by date; rows on one date keep the file's order. */
	events: StanceEvent[];
	military: Presence[];
}

export interface Dataset {
	/** The day an editor last checked the dataset (data/meta.json): "data last updated". */
	updated: IsoDate;
	first: IsoDate;
	countries: CountryRecord[];
}
