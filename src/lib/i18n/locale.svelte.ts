import {
	baseLocale,
	isLocale,
	locales,
	overwriteGetLocale,
	type Locale
} from '$lib/paraglide/runtime';

export type { Locale };
export const LOCALES = locales;

/**
 * The reader's language as Svelte state. Paraglide's message functions ask getLocale() each
 * time they run; pointing it at this state makes every message in a template re-render when
 * the language changes, with no reload and no {#key} block.
 */
const state = $state<{ current: Locale }>({ current: baseLocale });
overwriteGetLocale(() => state.current);

export const currentLocale = (): Locale => state.current;

export function setLanguage(locale: Locale) {
	state.current = locale;
	if (typeof document !== 'undefined') document.documentElement.lang = locale;
}

/**
 * The language to show: `?lang=` when it names one we have; else, on the full page, the first
 * of the reader's languages we have; else English (the embed's default: the host decides).
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
