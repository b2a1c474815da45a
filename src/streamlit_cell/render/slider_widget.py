"""``st.slider`` and ``st.select_slider`` as Streamlit draws them: the value
in the primary colour above each handle, min and max under the track's ends
while the pointer is over it, two handles that cannot cross for a range.

Why a widget of our own: ipywidgets' slider (noUiSlider) gives CSS no text to
put above its handle (only ``aria-valuetext``, a number with two decimals,
or an index for a selection slider), so Streamlit's look cannot be had by
styling it. ``Slider`` is a small ES module run by anywidget (as
``data_grid``): the front end moves on a line of numbers (``min``..``max`` by
``step``) and writes each value with the element's ``format`` as Streamlit's
front end does (printf-style for numbers, moment.js for dates and times,
``value_format_js``), or shows an option's label for a select slider.

Dates and times cross the wire as Streamlit sends them: microseconds since
the epoch of the wall-clock time read as UTC (a time of day on 1970-01-01).
In the kernel the widget's ``value`` is the real value (a number, a date, a
time, a datetime, or an option's index; a pair of them for a range), so code
and tests set ``widget.value`` as they would on any ipywidgets slider.

The front end sends a value only when a drag ends (pointer up) or a key is
released, as Streamlit's slider does: a rerun per release, not per pixel.
"""

from __future__ import annotations

import datetime as dt
import functools
from typing import Any

import traitlets

from .value_format_js import FORMAT_JS, compact_module

#: The kinds of line a slider moves on.
NUMBER, DATE, TIME, DATETIME, OPTIONS = "number", "date", "time", "datetime", "options"
DATE_KINDS = (DATE, TIME, DATETIME)

_EPOCH = dt.datetime(1970, 1, 1)
_DAY_MICROS = 86_400_000_000

_SLIDER_MODULE = compact_module(FORMAT_JS + r"""
const THUMB = 12;           // Streamlit's sizes.sliderThumb (0.75rem)
const LABEL_GAP = 16;       // room kept between the two values of a range

function decimals(step) {
  const text = String(step);
  const e = text.toLowerCase().indexOf("e-");
  if (e > 0) return Number(text.slice(e + 2)) + Math.max(0, e - 2);
  const dot = text.indexOf(".");
  return dot < 0 ? 0 : text.length - dot - 1;
}

export default {
  render({ model, el }) {
    el.classList.add("stc-slider");
    const make = (tag, cls) => { const n = document.createElement(tag); n.className = cls; return n; };
    const label = make("div", "stc-slider-label");
    const area = make("div", "stc-slider-area");
    const rail = make("div", "stc-slider-rail");
    const track = make("div", "stc-slider-track");
    const ticks = make("div", "stc-slider-ticks");
    const minText = make("span", "stc-slider-min");
    const maxText = make("span", "stc-slider-max");
    ticks.append(minText, maxText);
    rail.append(track);
    area.append(rail, ticks);
    el.append(label, area);
    let thumbs = [], texts = [];
    let local = null;      // the values while a drag or a key press goes on
    let moving = -1;       // which handle the pointer moves

    const get = (name) => model.get(name);
    const values = () => {
      const v = get("value");
      return (Array.isArray(v) ? v : [v]).map(Number);
    };
    const shown = () => local || values();
    const text = (v) => {
      const kind = get("kind");
      if (kind === "options") return get("labels")[Math.round(v)] ?? "";
      if (kind === "number") return stcPrintf(get("format"), v);
      return stcFormatMoment(v, get("format"));
    };
    const fraction = (v) => {
      const low = get("min"), high = get("max");
      return high > low ? Math.min(1, Math.max(0, (v - low) / (high - low))) : 0;
    };
    const snap = (v) => {
      const low = get("min"), high = get("max"), step = get("step");
      let n = low + Math.round((v - low) / step) * step;
      const places = decimals(step);
      if (places > 0) n = Number(n.toFixed(Math.min(places, 20)));
      return Math.min(high, Math.max(low, n));
    };
    const ensureThumbs = (count) => {
      if (thumbs.length === count) return;
      thumbs.forEach((t) => t.remove());
      texts.forEach((t) => t.remove());
      thumbs = []; texts = [];
      for (let i = 0; i < count; i++) {
        const thumb = make("div", "stc-slider-thumb");
        thumb.setAttribute("role", "slider");
        thumb.addEventListener("keydown", (e) => onKey(e, i));
        thumb.addEventListener("keyup", onKeyUp);
        const value = make("div", "stc-slider-value");
        rail.append(thumb, value);
        thumbs.push(thumb); texts.push(value);
      }
    };
    // Each value above its handle, kept inside the slider's box and apart
    // from the other handle's (as Streamlit aligns them).
    const placeTexts = () => {
      const width = rail.clientWidth;
      const room = (el.clientWidth - width) / 2;
      const spans = texts.map((node, i) => {
        const w = node.offsetWidth;
        const centre = fraction(shown()[i]) * width;
        const left = Math.min(width + room - w, Math.max(-room, centre - w / 2));
        return [left, w];
      });
      if (spans.length === 2 && spans[0][0] + spans[0][1] + LABEL_GAP > spans[1][0]) {
        const needed = spans[0][0] + spans[0][1] + LABEL_GAP - spans[1][0];
        if (spans[1][0] + spans[1][1] + needed <= width + room) spans[1][0] += needed;
        else spans[0][0] = Math.max(-room, spans[0][0] - needed);
      }
      spans.forEach(([left], i) => { texts[i].style.left = `${left}px`; });
    };
    const draw = () => {
      const now = shown();
      ensureThumbs(now.length);
      const disabled = get("disabled");
      el.classList.toggle("stc-slider-disabled", disabled);
      const start = now.length === 2 ? fraction(now[0]) : 0;
      const end = fraction(now[now.length - 1]);
      track.style.setProperty("--stc-fill-start", `${start * 100}%`);
      track.style.setProperty("--stc-fill-end", `${end * 100}%`);
      now.forEach((v, i) => {
        const thumb = thumbs[i];
        thumb.style.left = `${fraction(v) * 100}%`;
        thumb.tabIndex = disabled ? -1 : 0;
        thumb.setAttribute("aria-valuemin", String(get("min")));
        thumb.setAttribute("aria-valuemax", String(get("max")));
        thumb.setAttribute("aria-valuenow", String(v));
        thumb.setAttribute("aria-valuetext", text(v));
        thumb.setAttribute("aria-label", get("description"));
        if (disabled) thumb.setAttribute("aria-disabled", "true"); else thumb.removeAttribute("aria-disabled");
        texts[i].textContent = text(v);
      });
      minText.textContent = text(get("min"));
      maxText.textContent = text(get("max"));
      placeTexts();
    };
    const drawLabel = () => {
      label.innerHTML = get("label_html");  // sanitised in the kernel (inline Markdown, help icon)
    };

    // Moving handle i to v, never past the other handle of a range.
    const moveTo = (i, v) => {
      const now = shown().slice();
      v = snap(v);
      if (now.length === 2) v = i === 0 ? Math.min(v, now[1]) : Math.max(v, now[0]);
      now[i] = v;
      local = now;
      draw();
    };
    const commit = () => {
      if (!local) return;
      const before = values(), after = local;
      local = null;
      if (after.every((v, i) => v === before[i])) { draw(); return; }
      model.set("value", after.length === 2 ? after : after[0]);
      model.save_changes();
      draw();
    };
    const valueAt = (clientX) => {
      const box = rail.getBoundingClientRect();
      const f = box.width > 0 ? (clientX - box.left) / box.width : 0;
      return get("min") + Math.min(1, Math.max(0, f)) * (get("max") - get("min"));
    };
    const onDown = (e) => {
      if (get("disabled") || e.button !== 0) return;
      const v = valueAt(e.clientX), now = shown();
      moving = 0;
      if (now.length === 2) {
        const d0 = Math.abs(v - now[0]), d1 = Math.abs(v - now[1]);
        moving = d1 < d0 || (d0 === d1 && v > now[1]) ? 1 : 0;
      }
      area.setPointerCapture(e.pointerId);
      thumbs[moving].focus({ preventScroll: true });
      moveTo(moving, v);
      e.preventDefault();
    };
    const onMove = (e) => { if (moving >= 0) moveTo(moving, valueAt(e.clientX)); };
    const onUp = (e) => {
      if (moving < 0) return;
      moving = -1;
      if (area.hasPointerCapture(e.pointerId)) area.releasePointerCapture(e.pointerId);
      commit();
    };
    const onKey = (e, i) => {
      if (get("disabled")) return;
      const step = get("step"), v = shown()[i];
      const moves = { ArrowLeft: -step, ArrowDown: -step, ArrowRight: step, ArrowUp: step,
                      PageDown: -10 * step, PageUp: 10 * step };
      if (e.key in moves) moveTo(i, v + moves[e.key]);
      else if (e.key === "Home") moveTo(i, get("min"));
      else if (e.key === "End") moveTo(i, get("max"));
      else return;
      e.preventDefault();
    };
    const onKeyUp = () => commit();

    area.addEventListener("pointerdown", onDown);
    area.addEventListener("pointermove", onMove);
    area.addEventListener("pointerup", onUp);
    area.addEventListener("pointercancel", onUp);
    const resize = new ResizeObserver(() => placeTexts());
    resize.observe(el);
    model.on("change:value", () => { if (moving < 0) { local = null; draw(); } });
    for (const name of ["min", "max", "step", "format", "labels", "kind", "disabled", "description"]) {
      model.on(`change:${name}`, draw);
    }
    model.on("change:label_html", drawLabel);
    drawLabel(); draw();
    return () => {
      resize.disconnect();
      area.removeEventListener("pointerdown", onDown);
      area.removeEventListener("pointermove", onMove);
      area.removeEventListener("pointerup", onUp);
      area.removeEventListener("pointercancel", onUp);
    };
  },
};
""")


def to_micros(value: Any, kind: str) -> int:
    """A date, time or datetime as Streamlit's slider sends it: microseconds
    since the epoch of its wall-clock time read as UTC."""
    if kind == TIME:
        if not isinstance(value, dt.time):
            raise TypeError(f"a time slider shows times, not {type(value).__name__}")
        return ((value.hour * 60 + value.minute) * 60 + value.second) * 1_000_000 + value.microsecond
    if isinstance(value, dt.datetime):
        moment = value.replace(tzinfo=None)
    elif isinstance(value, dt.date):
        moment = dt.datetime.combine(value, dt.time())
    else:
        raise TypeError(f"a {kind} slider shows dates, not {type(value).__name__}")
    return (moment - _EPOCH) // dt.timedelta(microseconds=1)


def from_micros(micros: int | float, kind: str, tzinfo: dt.tzinfo | None = None) -> Any:
    """The value of ``kind`` a count of microseconds stands for (``to_micros``'s inverse)."""
    if isinstance(micros, bool) or not isinstance(micros, (int, float)):
        raise TypeError(f"a {kind} slider sends microseconds, got {type(micros).__name__}")
    micros = round(micros)
    if kind == TIME:
        if not 0 <= micros < _DAY_MICROS:
            raise ValueError(f"{micros} microseconds is not a time of day")
        return (_EPOCH + dt.timedelta(microseconds=micros)).time()
    moment = _EPOCH + dt.timedelta(microseconds=micros)
    if kind == DATE:
        return moment.date()
    return moment.replace(tzinfo=tzinfo)


def _one_to_json(value: Any, kind: str) -> Any:
    if kind in DATE_KINDS:
        return to_micros(value, kind)
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise TypeError(f"a {kind} slider holds numbers, not {type(value).__name__}")
    return value


def _value_to_json(value: Any, widget: Any) -> Any:
    if value is None:
        return None  # a widget not yet given its value
    if isinstance(value, (tuple, list)):
        return [_one_to_json(v, widget.kind) for v in value]
    return _one_to_json(value, widget.kind)


def _value_from_json(value: Any, widget: Any) -> Any:
    """The front end's value in the kernel's terms. What is no value of this
    slider's kind (a string, a date out of range) raises: the message guard
    drops it before the trait changes, as ipywidgets' own sliders refuse a
    wrong type; a value of the right kind goes on to the view's checks
    (``runtime/widget_values``: bounds, order of a range)."""
    def one(v: Any) -> Any:
        if widget.kind in DATE_KINDS:
            return from_micros(v, widget.kind, widget.tzinfo)
        return _one_to_json(v, widget.kind)  # a number, or TypeError
    if isinstance(value, list):
        return tuple(one(v) for v in value)
    return one(value)


@functools.cache
def slider_class() -> type:
    """The ``Slider`` widget class, made on first use (importing anywidget
    costs ~0.1 s that an app without a slider should not pay)."""
    import anywidget

    class Slider(anywidget.AnyWidget):
        """One slider: its line (``min``..``max`` by ``step``), its value(s), how they show."""

        _esm = _SLIDER_MODULE
        #: The label as plain text (the handles' ``aria-label``; tests find sliders by it).
        description = traitlets.Unicode("").tag(sync=True)
        #: The label as shown: inline Markdown made HTML and sanitised in the
        #: kernel, with the help icon whose title is ``help``.
        label_html = traitlets.Unicode("").tag(sync=True)
        #: ``number``, ``date``, ``time``, ``datetime`` or ``options``.
        kind = traitlets.Unicode(NUMBER).tag(sync=True)
        min = traitlets.Float(0.0).tag(sync=True)
        max = traitlets.Float(100.0).tag(sync=True)
        step = traitlets.Float(1.0).tag(sync=True)
        #: printf-style (numbers) or moment.js (dates and times), as Streamlit's.
        format = traitlets.Unicode("%d").tag(sync=True)
        #: A select slider's option labels (its value is an index).
        labels = traitlets.List(traitlets.Unicode()).tag(sync=True)
        value = traitlets.Any(None, allow_none=True).tag(sync=True, to_json=_value_to_json, from_json=_value_from_json)
        disabled = traitlets.Bool(False).tag(sync=True)
        #: The time zone of a datetime slider's values (the wire has wall-clock times).
        tzinfo = traitlets.Any(None)

    return Slider


def is_slider(widget: Any) -> bool:
    """Whether ``widget`` is one of our sliders."""
    return type(widget).__name__ == "Slider" and hasattr(widget, "labels")
