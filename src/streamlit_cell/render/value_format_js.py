"""How Streamlit's front end writes a value it shows, in JavaScript, for the
ES modules of our own widgets (``slider_widget``, ``date_field``).

Streamlit formats numbers with sprintf-js (printf-style, ``"%0.2f"``, plus a
``,`` flag for thousands and named formats such as ``"percent"``) and dates
and times with moment.js format strings (``"YYYY-MM-DD"``, ``"HH:mm"``,
``"MMM Do"``), reading a date as a count of microseconds since the epoch in
UTC. These functions follow those rules, written here so that no library is
fetched from a CDN: ``MOMENT_JS`` (dates) and ``PRINTF_JS`` (numbers) are
prepended to the modules that need them (``FORMAT_JS`` is both).
"""

from __future__ import annotations

MOMENT_JS = r"""
const STC_MONTHS = ["January", "February", "March", "April", "May", "June", "July",
  "August", "September", "October", "November", "December"];
const STC_DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

function stcPad(number, width) {
  let text = String(Math.abs(Math.trunc(number)));
  while (text.length < width) text = "0" + text;
  return (number < 0 ? "-" : "") + text;
}

function stcOrdinal(n) {
  const tens = n % 100, ones = n % 10;
  if (tens >= 11 && tens <= 13) return n + "th";
  return n + (ones === 1 ? "st" : ones === 2 ? "nd" : ones === 3 ? "rd" : "th");
}

const STC_MOMENT_TOKENS = /\[([^\]]*)\]|YYYY|YY|MMMM|MMM|MM|M|Do|DD|D|dddd|ddd|dd|d|HH|H|hh|h|mm|m|ss|s|SSS|A|a|X|x/g;

// A moment.js format of a UTC instant given in microseconds (as Streamlit's slider).
function stcFormatMoment(micros, format) {
  const d = new Date(micros / 1000);
  if (format === "iso8601") return d.toISOString();
  if (format === "localized" || format === "calendar") return d.toLocaleString(undefined, { timeZone: "UTC" });
  if (format === "distance") {  // "2 hours ago", as moment's fromNow
    const seconds = (d.getTime() - Date.now()) / 1000;
    const units = [["year", 31536000], ["month", 2592000], ["day", 86400], ["hour", 3600],
                   ["minute", 60], ["second", 1]];
    const [unit, size] = units.find(([, size]) => Math.abs(seconds) >= size) || units[5];
    return new Intl.RelativeTimeFormat(undefined, { numeric: "auto" }).format(Math.round(seconds / size), unit);
  }
  const hours = d.getUTCHours();
  return String(format).replace(STC_MOMENT_TOKENS, (token, literal) => {
    if (literal !== undefined) return literal;
    switch (token) {
      case "YYYY": return stcPad(d.getUTCFullYear(), 4);
      case "YY": return stcPad(d.getUTCFullYear() % 100, 2);
      case "MMMM": return STC_MONTHS[d.getUTCMonth()];
      case "MMM": return STC_MONTHS[d.getUTCMonth()].slice(0, 3);
      case "MM": return stcPad(d.getUTCMonth() + 1, 2);
      case "M": return String(d.getUTCMonth() + 1);
      case "Do": return stcOrdinal(d.getUTCDate());
      case "DD": return stcPad(d.getUTCDate(), 2);
      case "D": return String(d.getUTCDate());
      case "dddd": return STC_DAYS[d.getUTCDay()];
      case "ddd": return STC_DAYS[d.getUTCDay()].slice(0, 3);
      case "dd": return STC_DAYS[d.getUTCDay()].slice(0, 2);
      case "d": return String(d.getUTCDay());
      case "HH": return stcPad(hours, 2);
      case "H": return String(hours);
      case "hh": return stcPad(hours % 12 || 12, 2);
      case "h": return String(hours % 12 || 12);
      case "mm": return stcPad(d.getUTCMinutes(), 2);
      case "m": return String(d.getUTCMinutes());
      case "ss": return stcPad(d.getUTCSeconds(), 2);
      case "s": return String(d.getUTCSeconds());
      case "SSS": return stcPad(d.getUTCMilliseconds(), 3);
      case "A": return hours < 12 ? "AM" : "PM";
      case "a": return hours < 12 ? "am" : "pm";
      case "X": return String(Math.floor(micros / 1e6));
      case "x": return String(Math.floor(micros / 1e3));
    }
    return token;
  });
}

"""

PRINTF_JS = r"""
function stcThousands(digits) {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

function stcBytes(value) {
  const units = ["B", "KB", "MB", "GB", "TB", "PB"];
  let n = Math.abs(value), i = 0;
  while (n >= 1000 && i < units.length - 1) { n /= 1000; i++; }
  return (value < 0 ? "-" : "") + (i === 0 ? String(n) : n.toFixed(1)) + units[i];
}

// Streamlit's named number formats.
function stcNamedNumber(value, name) {
  const intl = (options) => new Intl.NumberFormat(undefined, options).format(value);
  switch (name) {
    case "plain": return String(value);
    case "localized": return intl({ maximumFractionDigits: 20 });
    case "percent": return intl({ style: "percent", maximumFractionDigits: 2 });
    case "dollar": return intl({ style: "currency", currency: "USD" });
    case "euro": return intl({ style: "currency", currency: "EUR" });
    case "yen": return intl({ style: "currency", currency: "JPY" });
    case "compact": return intl({ notation: "compact" });
    case "scientific": return intl({ notation: "scientific", maximumFractionDigits: 3 });
    case "engineering": return intl({ notation: "engineering", maximumFractionDigits: 3 });
    case "accounting": return intl({ style: "currency", currency: "USD", currencySign: "accounting" });
    case "bytes": return stcBytes(value);
  }
  return null;
}

const STC_PRINTF = /%(?:(\d+)\$)?([-+ ,#]*)(0|'.)?(-)?(\d+)?(?:\.(\d+))?([bcdeEfgGiosuxX%])/g;

// sprintf-js's rules for one value: flags + , 0 'c -, width, .precision.
function stcPrintf(format, value) {
  const named = stcNamedNumber(value, format);
  if (named !== null) return named;
  return String(format).replace(STC_PRINTF, (whole, position, flags, padWith, left, width, precision, type) => {
    if (type === "%") return "%";
    let sign = "", text;
    const number = Number(value);
    switch (type) {
      case "d": case "i": text = String(Math.trunc(number)); break;
      case "u": text = String(Math.trunc(number) >>> 0); break;
      case "f": text = precision !== undefined ? number.toFixed(Number(precision)) : String(number); break;
      case "e": case "E":
        text = precision !== undefined ? number.toExponential(Number(precision)) : number.toExponential();
        if (type === "E") text = text.toUpperCase();
        break;
      case "g": case "G":
        text = precision !== undefined ? String(Number(number.toPrecision(Number(precision)))) : String(number);
        if (type === "G") text = text.toUpperCase();
        break;
      case "x": text = (Math.trunc(number) >>> 0).toString(16); break;
      case "X": text = (Math.trunc(number) >>> 0).toString(16).toUpperCase(); break;
      case "o": text = (Math.trunc(number) >>> 0).toString(8); break;
      case "b": text = (Math.trunc(number) >>> 0).toString(2); break;
      case "c": text = String.fromCharCode(Math.trunc(number)); break;
      default:
        text = String(value);
        if (precision !== undefined) text = text.slice(0, Number(precision));
    }
    if ("dieEfgGu".includes(type)) {
      if (text.startsWith("-")) { sign = "-"; text = text.slice(1); }
      else if (flags.includes("+")) sign = "+";
      if (flags.includes(",")) {
        const dot = text.indexOf(".");
        text = dot < 0 ? stcThousands(text) : stcThousands(text.slice(0, dot)) + text.slice(dot);
      }
    }
    const fill = padWith === "0" ? "0" : padWith ? padWith.charAt(1) : " ";
    const room = Number(width || 0) - sign.length - text.length;
    if (room > 0) {
      const padding = fill.repeat(room);
      if (left || flags.includes("-")) return sign + text + (fill === "0" ? " ".repeat(room) : padding);
      return fill === "0" ? sign + padding + text : padding + sign + text;
    }
    return sign + text;
  });
}
"""


#: Both: what a slider needs.
FORMAT_JS = MOMENT_JS + PRINTF_JS


def compact_module(source: str) -> str:
    """An ES module's source without indentation, blank lines and whole-line
    comments: anywidget sends a widget's module with each widget's state, so
    every byte is paid once per slider or date box on the page. (Newlines stay,
    so JavaScript's automatic semicolons read the code as written.)"""
    lines = (line.strip() for line in source.splitlines())
    return "\n".join(line for line in lines if line and not line.startswith("//"))
