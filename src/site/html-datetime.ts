// Whether a TIMEX3 value is also a valid HTML `datetime` (year, month, date, week, local time,
// or a duration in days and hours): "2022-10", "2023-08-21", "2013-W12", "PT15M". Others ("2012-SU",
// "PXW", "P2Y", "PAST_REF") are shown without one rather than with an invalid attribute.
const DATETIME = [
  /^\d{4}$/,
  /^\d{4}-(0[1-9]|1[0-2])$/,
  /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/,
  /^\d{4}-W(0[1-9]|[1-4]\d|5[0-3])$/,
  /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d)?$/,
  // HTML durations have no years or months (their length varies): days, hours, minutes, seconds.
  /^P(?=\d|T\d)(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?$/,
];

export function htmlDatetime(value: string | null): string | null {
  return value !== null && DATETIME.some((re) => re.test(value)) ? value : null;
}
