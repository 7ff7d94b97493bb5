// Every URL the site links to, in one place. All site-absolute; templates add the path prefix.
export const briefingUrl = (slug: string): string => `/briefings/${slug}/`;
export const sentenceUrl = (slug: string, n: number): string => `/briefings/${slug}/#s${n}`;
export const briefingPeopleUrl = (slug: string): string => `/briefings/${slug}/people/`;
export const briefingQuotesUrl = (slug: string): string => `/briefings/${slug}/quotes/`;
export const briefingChronologyUrl = (slug: string): string => `/briefings/${slug}/chronology/`;
export const personUrl = (id: string): string => `/people/${id}/`;
