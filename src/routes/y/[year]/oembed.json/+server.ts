import { error } from '@sveltejs/kit';
import { m } from '$lib/i18n';
import { previewDate, previewYears } from '$lib/model/preview';
import { dataset } from '$lib/server/dataset';
import { oembedResponse } from '$lib/server/oembed';

export const prerender = true;
export const trailingSlash = 'never';
export const entries = () => previewYears(dataset.updated).map((year) => ({ year: String(year) }));

export const GET = ({ params, url }) => {
	const year = Number(params.year);
	if (!previewYears(dataset.updated).includes(year)) error(404, 'No map for that year');
	return oembedResponse(
		previewDate(year, dataset.updated),
		`${m.title()} (${year}) · Stance Map`,
		url
	);
};
