import versions from '../../../static/data/versions.json' with { type: 'json' };
import type { LoggedChange } from '$lib/versions/changelog';
import type { Release } from '$lib/versions/release';

const files = import.meta.glob<{ changes: LoggedChange[] }>(
	'../../../static/data/v/*/changes.json',
	{
		eager: true,
		import: 'default'
	}
);

/** Every published version with its changes, newest first (read at build time). */
export function releases(): Release[] {
	return versions.versions
		.map((v) => ({
			id: v.id,
			date: v.date,
			previous: v.previous,
			changes: files[`../../../static/data/v/${v.id}/changes.json`]?.changes ?? []
		}))
		.reverse();
}
