import { baseLocale, isLocale, type Locale } from '$lib/paraglide/runtime';

/**
 * The language to show: `?lang=` when it names one we have; else, on the full page, the first
 * of the reader's languages we have; else English (the embed's default: the host decides).
 * Pure, and apart from the language state: the map page's first script (before the app) asks it
 * too.
 */
export function pickLocale(
	param: string | null,
	preferred: readonly string[],
	usePreferred: boolean
): Locale {
	if (param && isLocale(param)) return param;
	if (usePreferred) {
		for (const tag of preferred) {
			const base = tag.toLowerCase().split('-')[0];
			if (isLocale(base)) return base;
		}
	}
	return baseLocale;
}
