import { baseLocale, locales, overwriteGetLocale, type Locale } from '$lib/paraglide/runtime';

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
