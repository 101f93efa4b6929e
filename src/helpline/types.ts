/** Who a service speaks to; it decides the panel's wording. */
export type Audience = 'adults' | 'children' | 'all';

export interface HelplineService {
  id?: string;
  name: string;
  audience: Audience;
  /** Who the service is for, in the service's own words. */
  for?: string;
  phone?: string;
  email?: string;
  url?: string;
  cost?: string;
  hours?: string;
  /** The year the hours were published; hours change. */
  hoursAsOf?: string | null;
  other?: string;
  /** Where the details were checked. */
  source?: string;
  /** A line of the publisher's own, e.g. "Worried about a child?". */
  message?: string;
}
