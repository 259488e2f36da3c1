import { loadStanceData } from '$lib/app/load';

export const load = ({ fetch }) => loadStanceData(fetch);
