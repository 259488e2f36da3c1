import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Correction } from '../lib/model/types';
import type { LoggedChange, Tables } from '../lib/versions/changelog';
import type { Problem } from './validate';

export interface VersionEntry {
	id: string;
	/** The day it was released. */
	date: string;
	previous: string | null;
	counts: { added: number; changed: number; removed: number };
}

/**
 * sha256 of each file of each version, by version id: a published version is never rewritten.
 * Kept in data/ (not shipped to readers), written by `npm run release` only.
 */
export const HASHES_FILE = 'data/published.sha256.json';
export function readHashes(root: string): Record<string, Record<string, string>> {
	const file = join(root, HASHES_FILE);
	return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')).versions : {};
}

export const VERSIONS_FILE = 'static/data/versions.json';
export const versionDir = (root: string, id: string) => join(root, 'static/data/v', id);
export const sha256 = (body: string | Uint8Array) =>
	createHash('sha256').update(body).digest('hex');

export function readVersions(root: string): VersionEntry[] {
	const file = join(root, VERSIONS_FILE);
	return existsSync(file)
		? (JSON.parse(readFileSync(file, 'utf8')).versions as VersionEntry[])
		: [];
}

/** The tables a released version holds, from its dataset.json. */
export function releasedTables(root: string, id: string): Tables {
	const data = JSON.parse(readFileSync(join(versionDir(root, id), 'dataset.json'), 'utf8'));
	return { events: data.events, military: data.military, milestones: data.milestones };
}

/** Every published version's files still hash as they did when released. */
export function checkVersions(root: string): Problem[] {
	const hashes = readHashes(root);
	return readVersions(root).flatMap((version) =>
		Object.entries(hashes[version.id] ?? { 'dataset.json': 'no hash recorded' }).flatMap(
			([name, hash]): Problem[] => {
				const file = join(versionDir(root, version.id), name);
				const found = existsSync(file) ? sha256(readFileSync(file)) : null;
				if (found === hash) return [];
				const what = found ? 'was rewritten' : 'is missing';
				return [
					{
						file: `static/data/v/${version.id}/${name}`,
						line: 1,
						field: 'version',
						message: `published version ${version.id} ${what}; a published version is never changed (restore it with git checkout)`
					}
				];
			}
		)
	);
}

/** The changes each published version made, newest last. */
export function releasedChanges(root: string): { version: string; changes: LoggedChange[] }[] {
	return readVersions(root).map((v) => ({
		version: v.id,
		changes: JSON.parse(readFileSync(join(versionDir(root, v.id), 'changes.json'), 'utf8')).changes
	}));
}

/** Corrections of events that releases made (fields changed), by event id, oldest first. */
export function correctionsFrom(root: string): Map<string, Correction[]> {
	const byId = new Map<string, Correction[]>();
	for (const { version, changes } of releasedChanges(root))
		for (const c of changes)
			if (c.table === 'events' && c.change === 'changed')
				byId.set(c.id, [
					...(byId.get(c.id) ?? []),
					{ version, fields: c.fields, reason: c.reason ?? '' }
				]);
	return byId;
}
