import countries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };

countries.registerLocale(en);

/**
 * Kosovo has no ISO 3166-1 code; XKX is the user-assigned code the EU and IMF use, and the one
 * code this project adds to the library's list. world-atlas gives it no numeric id either.
 */
const KOSOVO = { alpha3: 'XKX', name: 'Kosovo' };

/** Names as a news reader expects them, where the standard's short name reads oddly. */
const STYLE_NAMES: Record<string, string> = {
	USA: 'United States',
	RUS: 'Russia',
	SYR: 'Syria',
	LAO: 'Laos',
	MDA: 'Moldova',
	CZE: 'Czechia',
	BRN: 'Brunei',
	FSM: 'Micronesia',
	VAT: 'Vatican City',
	COD: 'DR Congo',
	COG: 'Congo'
};

export function isKnownAlpha3(code: string): boolean {
	return code === KOSOVO.alpha3 || (/^[A-Z]{3}$/.test(code) && countries.isValid(code));
}

/** ISO alpha-2 for Intl.DisplayNames; Kosovo's user-assigned XK, which browsers know. */
export function alpha2(alpha3: string): string | null {
	if (alpha3 === KOSOVO.alpha3) return 'XK';
	return countries.alpha3ToAlpha2(alpha3) ?? null;
}

export function countryName(alpha3: string): string {
	if (alpha3 === KOSOVO.alpha3) return KOSOVO.name;
	if (STYLE_NAMES[alpha3]) return STYLE_NAMES[alpha3];
	const name = countries.getName(alpha3, 'en');
	if (!name) throw new Error(`no name for ${alpha3}`);
	const needsAlias = name.includes(',') || name.startsWith('The ') || name.startsWith('Islamic ');
	return needsAlias ? (countries.getName(alpha3, 'en', { select: 'alias' }) ?? name) : name;
}

/** world-atlas ids are ISO numeric codes; Kosovo is matched by its name since it has none. */
export function alpha3ForShape(numericId: string | undefined, shapeName: string): string | null {
	if (numericId) return countries.numericToAlpha3(numericId) ?? null;
	return shapeName === KOSOVO.name ? KOSOVO.alpha3 : null;
}
