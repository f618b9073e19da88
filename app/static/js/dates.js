// EDTF-ish dates as the API serves them: 2019-12-04, 2019-12, 2019, 2019-10-14/2019-10-20,
// XXXX-10-02 (no year), or null. Only dates with a year can be placed on a time axis.

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
                "September", "October", "November", "December"];

function utc(year, month = 1, day = 1) {
  return new Date(Date.UTC(year, month - 1, day));
}

function lastDayOf(year, month) {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

// {start, end, precision} for one EDTF value, or null when it cannot be placed.
export function spanOf(value) {
  if (!value) return null;
  if (value.includes("/")) {
    const [a, b] = value.split("/").map(spanOf);
    return a && b ? { start: a.start, end: b.end, precision: "interval" } : null;
  }
  const parts = value.split("-");
  if (!/^\d{4}$/.test(parts[0])) return null;
  const [year, month, day] = parts.map(Number);
  if (day) return { start: utc(year, month, day), end: utc(year, month, day), precision: "day" };
  if (month) return { start: utc(year, month), end: utc(year, month, lastDayOf(year, month)),
                      precision: "month" };
  return { start: utc(year), end: utc(year, 12, 31), precision: "year" };
}

// What a reader should see: the date at the precision it is known, never more.
export function dateLabel(value, precision) {
  if (!value) return "undated";
  if (value.startsWith("XXXX-")) {
    const [, month, day] = value.split("-").map(Number);
    return `${day ? `${day} ` : ""}${MONTHS[month - 1] || "?"}, year unknown`;
  }
  const span = spanOf(value);
  if (!span) return value;
  const shown = precision && precision !== span.precision ? precision : span.precision;
  if (span.precision === "interval") return `${value.replace("/", " – ")} (interval)`;
  if (span.precision === "month") return `${MONTHS[span.start.getUTCMonth()]} ${span.start.getUTCFullYear()} (month)`;
  if (span.precision === "year") return `${span.start.getUTCFullYear()} (year)`;
  return shown === "day" ? value : `${value} (${shown})`;
}

export function isoDay(date) {
  return date.toISOString().slice(0, 10);
}
