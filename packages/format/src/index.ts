export { formatMoney, type FormatMoneyOptions } from "./format-money";
export {
  formatDate,
  formatDateTime,
  formatMinuteOfDay,
  formatTime,
  formatTimeZoneName,
  localDay,
  type FormatDateTimeOptions,
  type FormatTimeOptions,
} from "./format-date-time";
export { slugify } from "./slugify";
export { isTimeZone, timeZoneChoices, US_TIME_ZONES } from "./time-zones";
