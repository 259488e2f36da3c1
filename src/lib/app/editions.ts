import { base } from '$app/paths';
import { LOCALES, type Locale } from '$lib/i18n';
import { languageName } from '$lib/i18n/words';

/** One language's edition of a page, for its language links and its hreflang alternates. */
export interface Edition {
	lang: Locale;
	/** The language's name in itself. */
	label: string;
	href: string;
	/** The edition's full address, or '' when the build was not given the site's (SITE_URL). */
	absolute: string;
	current: boolean;
}

/** An address on the site as a full URL, or '' without SITE_URL (links then stay relative). */
export const absoluteUrl = (path: string) => (__SITE_URL__ ? new URL(path, __SITE_URL__).href : '');

/** A page's editions, given where it lives in each language ($lib/site/pages). */
export function editions(pathOf: (lang: Locale) => string, current: Locale): Edition[] {
	return LOCALES.map((lang) => ({
		lang,
		label: languageName(lang),
		href: `${base}/${pathOf(lang)}`,
		absolute: absoluteUrl(pathOf(lang)),
		current: lang === current
	}));
}
