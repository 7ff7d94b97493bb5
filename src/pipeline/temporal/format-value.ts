// TIMEX3 value strings from luxon dates. All date arithmetic goes through luxon.
import type { DateTime } from 'luxon';

export const formatDay = (d: DateTime): string => d.toFormat('yyyy-MM-dd');
export const formatMonth = (d: DateTime): string => d.toFormat('yyyy-MM');
export const formatYear = (d: DateTime): string => d.toFormat('yyyy');
/** ISO week: "2023-W33". */
export const formatWeek = (d: DateTime): string => `${d.toFormat('kkkk')}-W${d.toFormat('WW')}`;
export const formatQuarter = (d: DateTime): string => `${d.toFormat('yyyy')}-Q${d.quarter}`;
/** "the 1990s" -> "199". */
export const formatDecade = (year: number): string => String(Math.floor(year / 10)).padStart(3, '0');
/** "the 20th century" -> "19". */
export const formatCentury = (century: number): string => String(century - 1).padStart(2, '0');
