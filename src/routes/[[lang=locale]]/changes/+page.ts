import { loadStanceData } from '$lib/app/load';
import { baseLocale, type Locale } from '$lib/paraglide/runtime';

/** The latest dataset too: country names in the page's language, and their map links. */
export const load = async ({ data, fetch, params }) => ({
	...data,
	...(await loadStanceData(fetch)),
	lang: (params.lang ?? baseLocale) as Locale
});
