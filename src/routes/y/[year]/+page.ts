import { error } from '@sveltejs/kit';
import { loadStanceData } from '$lib/app/load';
import { previewDate, previewYears } from '$lib/model/preview';

export async function load({ fetch, params }) {
	const data = await loadStanceData(fetch);
	const year = Number(params.year);
	if (!previewYears(data.dataset.updated).includes(year)) error(404, 'No map for that year');
	return { ...data, initialDate: previewDate(year, data.dataset.updated) };
}
