import { loadStanceData } from '$lib/app/load';

/** The latest dataset too: country names in the reader's language, and their map links. */
export const load = async ({ data, fetch }) => ({ ...data, ...(await loadStanceData(fetch)) });
