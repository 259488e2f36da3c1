import { isIsoDate } from '../model/dates';
import type { CompanyChoice, IsoDate } from '../model/types';
import { REGIONS, type Region } from '../map/regions';
import { locales as LOCALES, type Locale } from '../paraglide/runtime';

/** Everything a reader can set, as it appears in the URL: any view can be shared. */
export interface ViewState {
	date: IsoDate;
	country: string | null;
	company: CompanyChoice;
	/** Show the US military overlay. */
	military: boolean;
	/** `compare`: how countries moved from `from` to `date` (the URL calls that date `to`). */
	view: 'map' | 'table' | 'compare';
	/** The part of the world the map shows. */
	region: Region;
	/** The compare view's earlier date. */
	from: IsoDate;
}

/** The compare view starts at the WSJ report of US briefings to allies (22 November 2018). */
export const BRIEFINGS = '2018-11-22';

/** Options a host sets once (the embed's, and `renderer` on the page too). */
export interface EmbedOptions {
	controls: boolean;
	/** The embed's title line (title=0 hides it from sight; screen readers keep it). */
	title: boolean;
	theme: 'light' | 'dark' | 'auto';
	play: boolean;
	/** `webgl` loads the zoom engine up front instead of on the reader's first zoom. */
	renderer: 'svg' | 'webgl';
	/** The language asked for with `lang=` (null: the page follows the reader, the embed English). */
	lang: Locale | null;
	/**
	 * `v=2026-11-29`: the published data version an embed is pinned to, as asked (checked against
	 * the published versions when loaded); null, or `v=latest`: the latest data.
	 */
	version: string | null;
}

export interface ViewContext {
	min: IsoDate;
	max: IsoDate;
	countryIds: ReadonlySet<string>;
}

const COMPANIES: readonly CompanyChoice[] = ['huawei', 'zte', 'any'];
const THEMES: readonly EmbedOptions['theme'][] = ['light', 'dark', 'auto'];

export const defaultView = (ctx: ViewContext): ViewState => ({
	date: ctx.max,
	country: null,
	company: 'huawei',
	military: true,
	view: 'map',
	region: 'world',
	from: BRIEFINGS
});

function oneOf<T extends string>(value: string | null, allowed: readonly T[], fallback: T): T {
	return allowed.includes(value as T) ? (value as T) : fallback;
}

/** Reads a view from URL parameters; anything invalid falls back to its default, never an error. */
export function parseView(
	params: URLSearchParams,
	ctx: ViewContext,
	fallbackDate: IsoDate = ctx.max
): ViewState {
	const defaults = { ...defaultView(ctx), date: fallbackDate };
	const view = oneOf(params.get('view'), ['map', 'table', 'compare'], defaults.view);
	const within = (d: string | null, fallback: IsoDate) =>
		d && isIsoDate(d) ? (d < ctx.min ? ctx.min : d > ctx.max ? ctx.max : d) : fallback;
	// A compare link names its later date `to`; `date` still works for it.
	const date = (view === 'compare' && params.get('to')) || params.get('date');
	const country = params.get('country')?.toUpperCase() ?? null;
	return {
		date: within(date, defaults.date),
		country: country && ctx.countryIds.has(country) ? country : null,
		company: oneOf(params.get('company'), COMPANIES, defaults.company),
		military: params.get('military') !== '0',
		view,
		region: oneOf(params.get('region'), REGIONS, defaults.region),
		from: within(params.get('from'), defaults.from)
	};
}

export function parseEmbedOptions(params: URLSearchParams): EmbedOptions {
	const version = params.get('v');
	return {
		controls: params.get('controls') !== '0',
		title: params.get('title') !== '0',
		theme: oneOf(params.get('theme'), THEMES, 'auto'),
		play: params.get('play') === '1',
		renderer: oneOf(params.get('renderer'), ['svg', 'webgl'], 'svg'),
		lang: oneOf<Locale | ''>(params.get('lang'), LOCALES, '') || null,
		version: version && version !== 'latest' ? version.slice(0, 40) : null
	};
}

/** The URL query for a view; values at their default are left out, except the date. */
export function serializeView(view: ViewState, extra: Record<string, string> = {}): string {
	const params = new URLSearchParams(
		view.view === 'compare' ? { from: view.from, to: view.date } : { date: view.date }
	);
	if (view.country) params.set('country', view.country);
	if (view.company !== 'huawei') params.set('company', view.company);
	if (!view.military) params.set('military', '0');
	if (view.view !== 'map') params.set('view', view.view);
	if (view.region !== 'world') params.set('region', view.region);
	for (const [k, v] of Object.entries(extra)) params.set(k, v);
	return `?${params}`;
}
