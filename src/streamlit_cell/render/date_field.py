"""``st.date_input``, ``st.time_input`` and ``st.datetime_input`` as Streamlit shows them: the value
written in the element's ``format`` whatever the browser's locale.

Why a widget of our own: ipywidgets' DatePicker and TimePicker are the
browser's ``<input type=date/time>``, whose text follows the browser's locale
(Chromium in English: ``05/17/2024`` and ``09:30 AM``), while Streamlit writes
``2024/05/17`` (``format="YYYY/MM/DD"``, or ``DD/MM/YYYY``, ``MM/DD/YYYY``
with ``/``, ``-`` or ``.``) and ``09:30`` (``format="24h"``, or ``"12h"``).

``DateField`` is a small ES module run by anywidget (as ``data_grid``): a text
box showing the value in the format, where a date can be typed in that format;
a calendar button opening the browser's own date picker (``showPicker`` of a
hidden ``<input type=date>``, so no calendar code of ours and no CDN); for a
range two boxes with an en dash between, as Streamlit's; a clear button when
the input was made with ``value=None``. A time box offers the times at
``step`` as suggestions. Bounds are the picker's ``min``/``max``; a typed
date outside them, or text that is no date, shows the value again and sends
nothing.

On the wire a value is ISO text (``"2024-05-17"``, ``"09:30:00"``), null when
empty, a list for a range; in the kernel it is a ``date``/``time`` (a tuple
for a range), so code and tests set ``widget.value`` as on ipywidgets' pickers.
"""

from __future__ import annotations

import datetime as dt
import functools
from typing import Any

import traitlets

from .value_format_js import MOMENT_JS, compact_module

DATE, TIME, DATETIME = "date", "time", "datetime"

_FIELD_MODULE = compact_module(MOMENT_JS + r"""
const CALENDAR = '<svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true"><path fill="currentColor" d="M7 2h2v2h6V2h2v2h3a1 1 0 0 1 1 1v15a1 1 0 0 1-1 1H4a1 1 0 0 1-1-1V5a1 1 0 0 1 1-1h3V2zm12 8H5v9h14v-9zM5 6v2h14V6H5z"/></svg>';

function isoMicros(kind, iso) {
  if (kind === "datetime") {
    const [day, time] = iso.split("T");
    return isoMicros("date", day) + isoMicros("time", time);
  }
  if (kind === "date") {
    const [y, m, d] = iso.split("-").map(Number);
    return Date.UTC(y, m - 1, d) * 1000;
  }
  const [h, mi, s] = iso.split(":").map(Number);
  return ((h * 60 + mi) * 60 + (s || 0)) * 1e6;
}

function pad2(n) { return String(n).padStart(2, "0"); }

// A typed date in Streamlit's format (any of / - . between the fields), as ISO text.
function parseDate(text, format) {
  const parts = text.trim().split(/[\/\-. ]+/);
  const order = format.split(/[\/\-.]/);
  if (parts.length !== 3 || order.length !== 3) return null;
  const f = {};
  order.forEach((token, i) => { f[token] = parts[i]; });
  if (!/^\d{4}$/.test(f.YYYY || "") || !/^\d{1,2}$/.test(f.MM || "") || !/^\d{1,2}$/.test(f.DD || "")) return null;
  const y = Number(f.YYYY), m = Number(f.MM), d = Number(f.DD);
  const probe = new Date(Date.UTC(y, m - 1, d));
  if (probe.getUTCFullYear() !== y || probe.getUTCMonth() !== m - 1 || probe.getUTCDate() !== d) return null;
  return `${f.YYYY}-${pad2(m)}-${pad2(d)}`;
}

// A typed time: 9:30, 09:30:15, 9:30 pm.
function parseTime(text) {
  const m = text.trim().match(/^(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([aApP][mM])?$/);
  if (!m) return null;
  let h = Number(m[1]);
  const mi = Number(m[2]), s = Number(m[3] || 0);
  if (m[4]) {
    if (h < 1 || h > 12) return null;
    h = (h % 12) + (m[4].toLowerCase() === "pm" ? 12 : 0);
  }
  if (h > 23 || mi > 59 || s > 59) return null;
  return `${pad2(h)}:${pad2(mi)}:${pad2(s)}`;
}

export default {
  render({ model, el }) {
    const get = (name) => model.get(name);
    const make = (tag, cls) => { const n = document.createElement(tag); if (cls) n.className = cls; return n; };
    el.classList.add("stc-datefield");
    const label = make("div", "stc-datefield-label");
    const box = make("div", "stc-datefield-box");
    const list = make("datalist");
    list.id = `stc-times-${Math.random().toString(36).slice(2)}`;
    const clear = make("button", "stc-datefield-clear");
    clear.type = "button"; clear.textContent = "\u00d7"; clear.tabIndex = -1;
    const pick = make("button", "stc-datefield-pick");
    pick.type = "button"; pick.innerHTML = CALENDAR; pick.tabIndex = -1;
    el.append(label, box, list);
    let texts = [], natives = [];

    const kind = () => get("kind");
    const values = () => {
      const v = get("value");
      return v === null || v === undefined ? [] : Array.isArray(v) ? v : [v];
    };
    const displayFormat = () => {
      if (kind() === "date") return get("format");
      if (kind() === "datetime") return get("format") + " HH:mm";  // Streamlit's: 24 h, minutes
      const seconds = get("step") % 60 !== 0;
      if (get("format") === "12h") return seconds ? "hh:mm:ss A" : "hh:mm A";
      return seconds ? "HH:mm:ss" : "HH:mm";
    };
    const show = (iso) => (iso ? stcFormatMoment(isoMicros(kind(), iso), displayFormat()) : "");
    const parse = (text) => {
      if (kind() === "date") return parseDate(text, get("format"));
      if (kind() === "time") return parseTime(text);
      const cut = text.trim().lastIndexOf(" ");  // "2024/05/17 09:30"
      if (cut < 0) return null;
      const day = parseDate(text.slice(0, cut), get("format")), time = parseTime(text.slice(cut + 1));
      return day && time ? `${day}T${time}` : null;
    };
    const nativeValue = (iso) => (iso && kind() === "datetime" ? iso.slice(0, 16) : iso || "");
    const fromNative = (value) => (kind() === "datetime" && value.length === 16 ? value + ":00" : value);
    const inBounds = (iso) => {
      const low = get("min"), high = get("max");
      return (!low || iso >= low) && (!high || iso <= high);
    };

    const send = (isos) => {
      const range = get("is_range");
      const value = range ? isos : (isos.length ? isos[0] : null);
      model.set("value", value);
      model.save_changes();
    };
    // What the boxes hold, read when one is left or Enter is pressed.
    const commit = () => {
      const isos = [];
      for (const input of texts) {
        const text = input.value.trim();
        if (!text) continue;
        const iso = parse(text);
        if (!iso || !inBounds(iso)) { draw(); return; }  // no date: the value shows again
        isos.push(iso);
      }
      if (isos.length === 2 && isos[0] > isos[1]) isos.reverse();
      if (!isos.length && !get("clearable")) { draw(); return; }
      const before = values();
      if (isos.length === before.length && isos.every((v, i) => v === before[i])) { draw(); return; }
      send(isos);
    };
    const build = () => {
      box.replaceChildren();
      texts = []; natives = [];
      const count = get("is_range") ? 2 : 1;
      box.classList.toggle("stc-datefield-range", count === 2);
      for (let i = 0; i < count; i++) {
        if (i === 1) box.append(Object.assign(make("span", "stc-datefield-dash"), { textContent: "\u2013" }));
        const input = make("input", "stc-datefield-text");
        input.type = "text";
        input.autocomplete = "off";
        input.setAttribute("aria-label", get("description") + (count === 2 ? (i ? " end" : " start") : ""));
        if (count === 2 && i === 0) input.size = String(get("format")).length;  // the start as wide as its text
        if (kind() === "time") input.setAttribute("list", list.id);
        input.addEventListener("change", commit);
        input.addEventListener("keydown", (e) => { if (e.key === "Enter") commit(); });
        texts.push(input);
        box.append(input);
        if (kind() !== "time") {
          const native = make("input", "stc-datefield-native");
          native.type = kind() === "date" ? "date" : "datetime-local"; native.tabIndex = -1;
          native.setAttribute("aria-hidden", "true");
          native.addEventListener("change", () => {
            if (!native.value) return;
            texts[i].value = show(fromNative(native.value));
            if (i === 0 && natives[1] && !texts[1].value) {
              try { natives[1].showPicker(); return; } catch (e) { /* no activation left */ }
            }
            commit();
          });
          natives.push(native);
          box.append(native);
        }
      }
      box.append(clear);
      if (kind() !== "time") box.append(pick);
    };
    const draw = () => {
      const isos = values();
      texts.forEach((input, i) => {
        input.value = show(isos[i]);
        input.placeholder = kind() === "time" ? displayFormat().replace(" A", " AM")
          : kind() === "date" ? get("format") : get("format") + " HH:mm";
        input.disabled = get("disabled");
      });
      natives.forEach((native, i) => {
        native.min = nativeValue(get("min")); native.max = nativeValue(get("max"));
        if (kind() === "datetime") native.step = String(get("step"));
        native.value = nativeValue(isos[i]);
      });
      clear.style.display = !get("clearable") || !isos.length || get("disabled") ? "none" : "";
      pick.disabled = get("disabled");
      el.classList.toggle("stc-datefield-disabled", get("disabled"));
    };
    const drawTimes = () => {
      if (kind() !== "time") { list.replaceChildren(); return; }
      const step = Math.max(1, get("step")), format = displayFormat();
      const options = [];
      for (let s = 0; s < 86400 && options.length < 2000; s += step) {
        const option = make("option");
        option.value = stcFormatMoment(s * 1e6, format);
        options.push(option);
      }
      list.replaceChildren(...options);
    };
    const drawLabel = () => {
      label.innerHTML = get("label_html");  // sanitised in the kernel (inline Markdown, help icon)
    };
    clear.setAttribute("aria-label", "Clear date");
    clear.addEventListener("click", () => { texts.forEach((t) => { t.value = ""; }); send([]); });
    pick.setAttribute("aria-label", "Choose date");
    pick.addEventListener("click", () => {
      if (get("disabled") || !natives.length) return;
      try { natives[0].showPicker(); } catch (e) { natives[0].focus(); natives[0].click(); }
    });
    model.on("change:value", draw);
    for (const name of ["min", "max", "disabled", "clearable", "format"]) model.on(`change:${name}`, draw);
    model.on("change:format", drawTimes);
    model.on("change:step", () => { drawTimes(); draw(); });
    model.on("change:is_range", () => { build(); draw(); });
    model.on("change:label_html", drawLabel);
    drawLabel(); build(); drawTimes(); draw();
  },
};
""")


def _iso(value: Any, kind: str) -> str:
    if kind == DATETIME:
        if not isinstance(value, dt.datetime):
            raise TypeError(f"a datetime field shows datetimes, not {type(value).__name__}")
        return value.replace(microsecond=0, tzinfo=None).isoformat()
    if kind == TIME:
        if not isinstance(value, dt.time):
            raise TypeError(f"a time field shows times, not {type(value).__name__}")
        return value.replace(microsecond=0, tzinfo=None).isoformat()
    if isinstance(value, dt.datetime):
        value = value.date()
    if not isinstance(value, dt.date):
        raise TypeError(f"a date field shows dates, not {type(value).__name__}")
    return value.isoformat()


def _parse(text: Any, kind: str) -> Any:
    if not isinstance(text, str) or len(text) > 30:
        raise TypeError(f"a {kind} field sends ISO text, got {type(text).__name__}")
    if kind == DATETIME:
        return dt.datetime.fromisoformat(text)
    return dt.time.fromisoformat(text) if kind == TIME else dt.date.fromisoformat(text)


def _value_to_json(value: Any, widget: Any) -> Any:
    if value is None:
        return None
    if isinstance(value, (tuple, list)):
        return [_iso(v, widget.kind) for v in value]
    return _iso(value, widget.kind)


def _value_from_json(value: Any, widget: Any) -> Any:
    """ISO text from the front end as dates or times; anything else raises,
    so the message guard drops it before the trait changes."""
    if value is None:
        return None
    if isinstance(value, list):
        if len(value) > 2:
            raise ValueError(f"a range has at most two ends, got {len(value)}")
        return tuple(_parse(v, widget.kind) for v in value)
    return _parse(value, widget.kind)


def date_bound(value: Any, kind: str = DATE) -> str | None:
    """A bound of a date (or datetime) field as ISO text (None: no bound)."""
    if value is None:
        return None
    return _iso(value, kind)


@functools.cache
def date_field_class() -> type:
    """The ``DateField`` widget class, made on first use (importing anywidget
    costs ~0.1 s that an app without a date should not pay)."""
    import anywidget

    class DateField(anywidget.AnyWidget):
        """A date or time box showing its value in Streamlit's format."""

        _esm = _FIELD_MODULE
        #: The label as plain text (the box's ``aria-label``; tests find fields by it).
        description = traitlets.Unicode("").tag(sync=True)
        #: The label as shown: inline Markdown made HTML and sanitised in the
        #: kernel, with the help icon whose title is ``help``.
        label_html = traitlets.Unicode("").tag(sync=True)
        #: ``date``, ``time`` or ``datetime``.
        kind = traitlets.Unicode(DATE).tag(sync=True)
        #: A date's Streamlit format (``YYYY/MM/DD``...), a time's ``24h`` or ``12h``.
        format = traitlets.Unicode("YYYY/MM/DD").tag(sync=True)
        is_range = traitlets.Bool(False).tag(sync=True)
        #: The bounds of a date or datetime, ISO text.
        min = traitlets.Unicode(None, allow_none=True).tag(sync=True)
        max = traitlets.Unicode(None, allow_none=True).tag(sync=True)
        #: A time's step in seconds (the times offered; a datetime picker's step).
        step = traitlets.Int(900).tag(sync=True)
        #: Whether the box may be emptied (made with ``value=None``).
        clearable = traitlets.Bool(False).tag(sync=True)
        value = traitlets.Any(None, allow_none=True).tag(
            sync=True, to_json=_value_to_json, from_json=_value_from_json)
        disabled = traitlets.Bool(False).tag(sync=True)

    return DateField
