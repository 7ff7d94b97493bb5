// TIMEX3 value strings from luxon dates. All date arithmetic goes through luxon; formatting uses
// its ISO output (toFormat re-parses its pattern on every call, which shows on long texts).
import type { DateTime } from 'luxon';

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

export const formatDay = (d: DateTime): string => `${pad(d.year, 4)}-${pad(d.month, 2)}-${pad(d.day, 2)}`;
export const formatMonth = (d: DateTime): string => `${pad(d.year, 4)}-${pad(d.month, 2)}`;
/** 2023 -> "2023". */
export const formatYear = (year: number): string => pad(year, 4);
/** ISO week: "2023-W33". */
export const formatWeek = (d: DateTime): string => `${pad(d.weekYear, 4)}-W${pad(d.weekNumber, 2)}`;
export const formatQuarter = (d: DateTime): string => `${pad(d.year, 4)}-Q${d.quarter}`;
/** "the 1990s" -> "199". */
export const formatDecade = (year: number): string => String(Math.floor(year / 10)).padStart(3, '0');
/** "the 20th century" -> "19". */
export const formatCentury = (century: number): string => String(century - 1).padStart(2, '0');
