import { error } from '@sveltejs/kit';
import { loadCountryPage } from '$lib/app/countryPage';
import { baseLocale, type Locale } from '$lib/paraglide/runtime';

export async function load({ fetch, params }) {
	const page = await loadCountryPage(fetch, params.id);
	if (!page) error(404, 'No page for that country');
	return {
		...page,
		lang: (params.lang ?? baseLocale) as Locale,
		milestones: page.dataset.milestones,
		updated: page.dataset.updated
	};
}
