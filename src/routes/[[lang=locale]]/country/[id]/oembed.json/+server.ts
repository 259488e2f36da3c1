import { error } from '@sveltejs/kit';
import { m } from '$lib/i18n';
import { countryName } from '$lib/i18n/words';
import { baseLocale, isLocale } from '$lib/paraglide/runtime';
import { oembedResponse } from '$lib/server/oembed';
import { countryPageEntries, pageCountries } from '$lib/server/countryPages';
import { dataset } from '$lib/server/dataset';

/** Each country page's oEmbed file: the embed opens on that country, in the page's language. */
export const prerender = true;
export const trailingSlash = 'never';
export const entries = countryPageEntries;

export const GET = ({ params, url }) => {
	const country = pageCountries.find((c) => c.id === params.id);
	if (!country) error(404, 'No page for that country');
	const lang = params.lang && isLocale(params.lang) ? params.lang : baseLocale;
	const title = `${m.country_page_title({ country: countryName(country, lang) }, { locale: lang })} · Stance Map`;
	return oembedResponse(dataset.updated, title, url, {
		id: country.id,
		lang: lang === baseLocale ? null : lang
	});
};
