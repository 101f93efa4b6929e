import { sameName } from './names.js';

/**
 * The 46 police forces the NSPCC asked (43 in England and Wales, the Police
 * Service of Northern Ireland and the two Channel Islands forces), by region,
 * named as the figures files name them. Names only, no figures: it lets a
 * ranking say which forces have no published figure instead of leaving them
 * out silently.
 */
export const FORCES_BY_REGION: Readonly<Record<string, readonly string[]>> = {
  'North East': ['Cleveland', 'Durham', 'Northumbria'],
  'North West': ['Cheshire', 'Cumbria', 'Greater Manchester', 'Lancashire', 'Merseyside'],
  'Yorkshire and the Humber': ['Humberside', 'North Yorkshire', 'South Yorkshire', 'West Yorkshire'],
  'West Midlands': ['Staffordshire', 'Warwickshire', 'West Mercia', 'West Midlands'],
  'East Midlands': ['Derbyshire', 'Leicestershire', 'Lincolnshire', 'Northamptonshire', 'Nottinghamshire'],
  'East of England': ['Bedfordshire', 'Cambridgeshire', 'Essex', 'Hertfordshire', 'Norfolk', 'Suffolk'],
  London: ['City of London', 'Metropolitan Police'],
  'South East': ['Hampshire', 'Kent', 'Surrey', 'Sussex', 'Thames Valley'],
  'South West': ['Avon and Somerset', 'Devon and Cornwall', 'Dorset', 'Gloucestershire', 'Wiltshire'],
  Wales: ['Dyfed-Powys', 'Gwent', 'North Wales', 'South Wales'],
  'Northern Ireland': ['Police Service of Northern Ireland'],
  'Channel Islands': ['States of Jersey', 'Guernsey'],
};


/** The region's forces, or every force when no region is given; undefined for a region we do not know. */
export function knownForces(region?: string): readonly string[] | undefined {
  if (!region) return Object.values(FORCES_BY_REGION).flat();
  const key = Object.keys(FORCES_BY_REGION).find((name) => sameName(name, region));
  return key ? FORCES_BY_REGION[key] : undefined;
}

/**
 * The scope's forces, only when the data names its forces the way this list
 * does: if any area in the data is not on the list (another naming, or not
 * police forces), undefined, and nothing is claimed about the scope.
 */
export function forcesInScope(areas: readonly string[], region?: string): readonly string[] | undefined {
  const forces = knownForces(region);
  return forces && areas.length && areas.every((area) => forces.some((force) => sameName(force, area))) ? forces : undefined;
}

/** Forces in the scope with no row at all (none claimed when the data names forces another way). */
export function missingForces(areas: readonly string[], region?: string): string[] {
  return forcesInScope(areas, region)?.filter((force) => !areas.some((area) => sameName(force, area))) ?? [];
}
