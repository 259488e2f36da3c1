import { describe, expect, it } from 'vitest';
import { searchCountries } from '../../src/lib/model/countrySearch';

const countries = [
	['GBR', 'United Kingdom'],
	['USA', 'United States'],
	['NGA', 'Nigeria'],
	['NER', 'Niger'],
	['CIV', 'Côte d’Ivoire'],
	['NLD', 'Netherlands'],
	['MMR', 'Myanmar'],
	['COD', 'DR Congo'],
	['CZE', 'Czechia'],
	['TUR', 'Türkiye'],
	['SWZ', 'Eswatini'],
	['DEU', 'Germany']
].map(([id, english]) => ({ id, english, name: english }));
const ids = (q: string) => searchCountries(q, countries).map((c) => c.id);

describe('searchCountries', () => {
	it.each([
		['UK', 'GBR'],
		['Britain', 'GBR'],
		['great britain', 'GBR'],
		['USA', 'USA'],
		['America', 'USA'],
		['Ivory Coast', 'CIV'],
		['cote divoire', 'CIV'],
		['Holland', 'NLD'],
		['Burma', 'MMR'],
		['DRC', 'COD'],
		['Czech Republic', 'CZE'],
		['Czechia', 'CZE'],
		['Turkey', 'TUR'],
		['Türkiye', 'TUR'],
		['Swaziland', 'SWZ'],
		['deu', 'DEU'],
		['Großbritannien', 'GBR'],
		['イギリス', 'GBR']
	])('finds %s as %s first', (query, id) => {
		expect(ids(query)[0]).toBe(id);
	});

	it('ranks the exact name before a longer one that starts with it', () => {
		expect(ids('Niger')).toEqual(['NER', 'NGA']);
		expect(ids('Nigeria')).toEqual(['NGA']);
	});

	it.each(['', '   ', 'Xyz'])('finds nothing for %j', (query) => {
		expect(ids(query)).toEqual([]);
	});

	it('matches the start of a name at any length, inside a name from three letters on', () => {
		expect(ids('ge')).toEqual(['DEU']);
		expect(ids('rm')).toEqual([]);
		expect(ids('erman')).toEqual(['DEU']);
	});
});
