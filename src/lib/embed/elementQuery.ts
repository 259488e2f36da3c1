/**
 * The attributes of `<stance-map>`: the embed's URL parameters under the same names
 * (src/lib/state/viewState.ts), so `<stance-map date="2020-07-14" country="GBR">` is
 * `embed/?date=2020-07-14&country=GBR`. The embed page checks every value, as it does its URL's.
 */
export const ELEMENT_PARAMS = [
	'date',
	'country',
	'company',
	'military',
	'region',
	'view',
	'lang',
	'v',
	'theme',
	'controls',
	'title',
	'play',
	'renderer'
] as const;

/** Longer than any valid value: an attribute cannot make the URL grow without bound. */
const MAX_VALUE = 40;

/** The embed's query for an element's attributes (absent ones left out), in a fixed order. */
export function elementQuery(attribute: (name: string) => string | null): string {
	const params = new URLSearchParams();
	for (const name of ELEMENT_PARAMS) {
		const value = attribute(name);
		if (value !== null) params.set(name, value.trim().slice(0, MAX_VALUE));
	}
	const query = params.toString();
	return query ? `?${query}` : '';
}
