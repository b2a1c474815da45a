"""Hypothesis strategies for small Streamlit apps and for what a tester does to them.

An :class:`App` is data (widgets, callbacks, forms, state writes, guarded
``st.rerun``/``st.stop``), rendered to a script by :meth:`App.script`; a
:class:`Step` is data too (set a value, click, submit a form, write or delete
a state key from the tester, plain rerun), turned into a callable for
``support.differential.run_backend`` by :meth:`Step.action`. Both being data, a
failing case shrinks to a small script and prints as one.

Every value a step sets is valid for the widget it targets (an option of a
selectbox, a date within a date input's bounds...): what an invalid value does
is up to each AppTest's tester code, not to the app, and the two testers
disagree there by design (see tests/core/conftest.py).

Scripts never depend on the clock: date and time inputs always get a value.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from hypothesis import strategies as st

# ------------------------------------------------------------------ widgets
#: User keys (not widgets) the scripts and the tester write.
USER_KEYS = ("u0", "u1")
#: A state flag guarding conditionally rendered widgets (`.get("show", True)`).
SHOW = "show"
#: A state flag: when true, the script clears it and calls st.rerun().
RERUN = "do_rerun"
#: A state flag: when true, the script calls st.stop() there.
STOP = "stop_here"


@dataclass(frozen=True)
class Variant:
    """One way of calling a widget kind: its arguments after the label, and
    the values a person (or the tester's state writes) may give it."""

    kind: str
    args: str
    values: tuple[Any, ...]


def _dates(*days: int) -> tuple[dt.date, ...]:
    return tuple(dt.date(2024, 1, d) for d in days)


VARIANTS: tuple[Variant, ...] = (
    Variant("checkbox", "", (True, False)),
    Variant("checkbox", "value=True", (True, False)),
    Variant("toggle", "", (True, False)),
    Variant("toggle", "value=True", (True, False)),
    Variant("number_input", "min_value=0, max_value=10, value=3, step=1", (0, 1, 3, 7, 10)),
    Variant("number_input", "value=1.5, step=0.5", (0.0, 1.5, 2.5, -4.0, 100.5)),
    Variant("number_input", "min_value=-5, max_value=5", (-5, -1, 0, 2, 5)),
    Variant("number_input", "value=None, min_value=0, max_value=9", (0, 4, 9)),
    Variant("text_input", "", ("", "x", "hello", "ab c")),
    Variant("text_input", "value='ab'", ("", "ab", "zz")),
    Variant("text_input", "value=None", ("q", "")),
    Variant("text_area", "", ("", "line\nnext", "ab")),
    Variant("text_area", "value='start'", ("start", "other")),
    Variant("slider", "0, 10, 3", (0, 3, 5, 10)),
    Variant("slider", "min_value=-3, max_value=3", (-3, 0, 2)),
    Variant("slider", "0, 10, (2, 5)", ((0, 10), (2, 5), (4, 4), (1, 9))),
    Variant("slider", "0.0, 1.0, 0.5, 0.25", (0.0, 0.25, 0.5, 1.0)),
    Variant("select_slider", "['a', 'b', 'c', 'd'], value='b'", ("a", "b", "c", "d")),
    Variant("select_slider", "['a', 'b', 'c', 'd'], value=('a', 'c')",
            (("a", "c"), ("b", "d"), ("c", "c"))),
    Variant("select_slider", "[1, 2, 3]", (1, 2, 3)),
    Variant("selectbox", "['x', 'y', 'z']", ("x", "y", "z")),
    Variant("selectbox", "['x', 'y', 'z'], index=2", ("x", "z")),
    Variant("selectbox", "['x', 'y', 'z'], index=None", ("y", "z")),
    Variant("selectbox", "[10, 20, 30]", (10, 20, 30)),
    Variant("radio", "['x', 'y', 'z']", ("x", "y", "z")),
    Variant("radio", "['x', 'y'], index=1", ("x", "y")),
    Variant("radio", "['x', 'y', 'z'], index=None", ("x", "z")),
    Variant("multiselect", "['p', 'q', 'r']", ([], ["p"], ["r", "p"], ["p", "q", "r"])),
    Variant("multiselect", "['p', 'q', 'r'], default=['q']", ([], ["q"], ["p", "r"])),
    Variant("multiselect", "['p', 'q', 'r'], max_selections=2", (["p"], ["q", "r"])),
    Variant("date_input", "datetime.date(2024, 1, 10)", _dates(1, 10, 31)),
    Variant("date_input", "datetime.date(2024, 1, 10), min_value=datetime.date(2024, 1, 5), "
            "max_value=datetime.date(2024, 1, 20)", _dates(5, 12, 20)),
    Variant("date_input", "(datetime.date(2024, 1, 2), datetime.date(2024, 1, 9))",
            ((dt.date(2024, 1, 3), dt.date(2024, 1, 4)), (dt.date(2024, 1, 1),
                                                          dt.date(2024, 1, 31)))),
    Variant("date_input", "None", _dates(7)),
    Variant("time_input", "datetime.time(8, 45)", (dt.time(8, 45), dt.time(0, 0), dt.time(23, 15))),
    Variant("time_input", "None", (dt.time(12, 30),)),
    Variant("color_picker", "", ("#000000", "#12ab9f", "#FFFFFF")),
    Variant("color_picker", "'#aabbcc'", ("#aabbcc", "#010203")),
)

BUTTON = Variant("button", "", (True,))

#: Kinds whose call takes on_change (buttons take on_click).
CALLBACK_PARAM = {"button": "on_click", "form_submit_button": "on_click"}


@dataclass(frozen=True)
class Widget:
    number: int
    variant: Variant
    label: str
    key: str | None
    #: index into App.callbacks, or None
    callback: int | None = None
    #: the callback's arguments: "" or "args=(n,)" or "kwargs={'n': n}"
    cb_args: str = ""
    #: rendered only while st.session_state.get(SHOW, True)
    conditional: bool = False

    @property
    def kind(self) -> str:
        return self.variant.kind

    def call(self) -> str:
        parts = [repr(self.label)]
        if self.variant.args:
            parts.append(self.variant.args)
        if self.key is not None:
            parts.append(f"key={self.key!r}")
        if self.callback is not None:
            parts.append(f"{CALLBACK_PARAM.get(self.kind, 'on_change')}=cb{self.callback}")
            if self.cb_args:
                parts.append(self.cb_args)
        return f"st.{self.kind}({', '.join(parts)})"


# ---------------------------------------------------------------- callbacks
@dataclass(frozen=True)
class Callback:
    """``def cbN(*args, **kwargs)``: log the call, then do ``effect``."""

    effect: str

    def source(self, number: int) -> str:
        body = [f"st.session_state.log.append('cb{number}' + repr(args) + repr(sorted(kwargs.items())))"]
        if self.effect:
            body.append(self.effect)
        inner = "\n    ".join(body)
        return f"def cb{number}(*args, **kwargs):\n    {inner}\n"


# -------------------------------------------------------------- page items
@dataclass(frozen=True)
class StateWrite:
    """``st.session_state[key] = value`` in the body (before or after the
    widget of that key, if any), optionally only when u0 is even."""

    key: str
    value: Any
    guarded: bool = False

    def source(self) -> str:
        line = f"st.session_state[{self.key!r}] = {self.value!r}"
        if self.guarded:
            return f"if st.session_state.get('u0', 0) % 2 == 0:\n    {line}\n"
        return line + "\n"


@dataclass(frozen=True)
class Control:
    """A guarded ``st.rerun()`` or ``st.stop()``."""

    what: str  # "rerun" | "stop"

    def source(self) -> str:
        if self.what == "rerun":
            return (f"if st.session_state.get({RERUN!r}):\n"
                    f"    st.session_state[{RERUN!r}] = False\n"
                    "    st.session_state['reruns'] = st.session_state.get('reruns', 0) + 1\n"
                    "    st.rerun()\n")
        return f"if st.session_state.get({STOP!r}):\n    st.text('stopped')\n    st.stop()\n"


@dataclass(frozen=True)
class Form:
    number: int
    widgets: tuple[Widget, ...]
    clear_on_submit: bool = False
    #: callback index of the submit button, or None
    callback: int | None = None
    #: a widget of the form given an on_change (Streamlit refuses: an error to compare)
    bad_callback: bool = False

    @property
    def submit_label(self) -> str:
        return f"Submit {self.number}"


Item = Any  # Widget | StateWrite | Control | Form


def _indent(text: str, prefix: str = "    ") -> str:
    return "".join(prefix + line if line.strip() else line
                   for line in text.splitlines(keepends=True))


def _widget_source(widget: Widget) -> str:
    lines = f"v{widget.number} = {widget.call()}\nst.text({widget.label + ' -> '!r} + repr(v{widget.number}))\n"
    if widget.conditional:
        return f"if st.session_state.get({SHOW!r}, True):\n" + _indent(lines)
    return lines


@dataclass(frozen=True)
class App:
    callbacks: tuple[Callback, ...]
    items: tuple[Item, ...]
    #: st.write of these state keys at the end
    shown_keys: tuple[str, ...] = ()

    def widgets(self) -> list[Widget]:
        found: list[Widget] = []
        for item in self.items:
            if isinstance(item, Widget):
                found.append(item)
            elif isinstance(item, Form):
                found.extend(item.widgets)
        return found

    def forms(self) -> list[Form]:
        return [item for item in self.items if isinstance(item, Form)]

    def script(self) -> str:
        out = ["import datetime\nimport streamlit as st\n\n",
               "if 'log' not in st.session_state:\n    st.session_state.log = []\n"]
        out.extend(cb.source(n) for n, cb in enumerate(self.callbacks))
        for item in self.items:
            if isinstance(item, Widget):
                out.append(_widget_source(item))
            elif isinstance(item, (StateWrite, Control)):
                out.append(item.source())
            elif isinstance(item, Form):
                body = "".join(_widget_source(w) for w in item.widgets)
                if item.bad_callback:
                    body += f"st.checkbox('In form {item.number}', on_change=cb0)\n"
                submit = f"st.form_submit_button({item.submit_label!r}"
                if item.callback is not None:
                    submit += f", on_click=cb{item.callback}"
                body += f"sub{item.number} = {submit})\nst.text('submitted {item.number}: ' + repr(sub{item.number}))\n"
                clear = ", clear_on_submit=True" if item.clear_on_submit else ""
                out.append(f"with st.form('form{item.number}'{clear}):\n" + _indent(body))
        out.append("st.write(st.session_state.log)\n")
        for key in self.shown_keys:
            out.append(f"st.write({key + ':'!r}, st.session_state.get({key!r}))\n")
        return "".join(out)


# -------------------------------------------------------------------- steps
@dataclass(frozen=True)
class Step:
    """One tester action (several ``sets`` go with the same run)."""

    what: str  # "set" | "click" | "submit" | "set_state" | "del_state" | "rerun"
    sets: tuple[tuple[str, str, str | None, Any], ...] = ()  # (kind, label, key, value)
    target: tuple[str, str | None] | None = None  # click: (label, key); state: (key, None)
    value: Any = None

    def action(self) -> Any:
        def act(at: Any) -> None:
            # Find every target first: a step whose widget is not shown then
            # stages nothing. (Streamlit's tester shows a staged date as a
            # tuple until the next run: KNOWN_DIFFERENCES 2.)
            targets = [(_locate(at, kind, label, key), value)
                       for kind, label, key, value in self.sets]
            button = _locate(at, "button", *self.target) \
                if self.what in ("click", "submit") else None
            for widget, value in targets:
                widget.set_value(value)
            if button is not None:
                button.click()
            elif self.what == "set_state":
                at.session_state[self.target[0]] = self.value
            elif self.what == "del_state":
                del at.session_state[self.target[0]]
        act.__name__ = repr(self)
        return act


class NotShown(LookupError):
    """The step's widget is not on the page (both backends raise this)."""


def _locate(at: Any, kind: str, label: str, key: str | None) -> Any:
    widgets = getattr(at, kind)
    if key is not None:
        return widgets(key=key)  # KeyError if absent: the same on both sides
    for widget in widgets:
        if widget.label == label:
            return widget
    raise NotShown(f"no {kind} labelled {label!r}")


# --------------------------------------------------------------- strategies
_LABELS = ("Alpha", "Beta", "Gamma", "Delta", "Eps", "Zeta", "Eta", "Theta")


@st.composite
def widgets(draw: Any, number: int, *, in_form: bool, keys: list[str], n_callbacks: int) -> Widget:
    variant = draw(st.sampled_from(VARIANTS if in_form else VARIANTS + (BUTTON,) * 3))
    # Mostly distinct labels; now and then the same one (identity collisions).
    label = draw(st.sampled_from(("Same",))) if draw(st.integers(0, 11)) == 0 \
        else f"{_LABELS[number % len(_LABELS)]}{number}"
    key = None
    roll = draw(st.integers(0, 9))
    if roll < 6:
        key = f"k{number}"
    elif roll == 6 and keys:
        key = draw(st.sampled_from(keys))  # a duplicate key
    elif roll == 7:
        key = draw(st.sampled_from((SHOW, "u0")))  # a key the script also uses as a flag
    callback = None
    cb_args = ""
    if n_callbacks and not in_form and draw(st.booleans()):
        callback = draw(st.integers(0, n_callbacks - 1))
        cb_args = draw(st.sampled_from(("", f"args=({number},)", f"kwargs={{'n': {number}}}")))
    conditional = draw(st.integers(0, 4)) == 0
    return Widget(number, variant, label, key, callback, cb_args, conditional)


def _effects(widget_keys: list[tuple[str, Variant]]) -> st.SearchStrategy[str]:
    simple = st.sampled_from((
        "",
        "st.session_state['u0'] = st.session_state.get('u0', 0) + 1",
        f"st.session_state[{SHOW!r}] = not st.session_state.get({SHOW!r}, True)",
        f"st.session_state[{RERUN!r}] = True",
        "st.session_state['u1'] = kwargs.get('n', args[0] if args else None)",
        "raise ValueError('callback failed')",
        "st.rerun()",
    ))
    if not widget_keys:
        return simple

    @st.composite
    def write_widget(draw: Any) -> str:
        key, variant = draw(st.sampled_from(widget_keys))
        value = draw(st.sampled_from(variant.values))
        if draw(st.booleans()):
            return f"st.session_state[{key!r}] = {value!r}"
        return f"st.session_state.log.append(repr(st.session_state.get({key!r})))"

    return st.one_of(simple, write_widget())


@st.composite
def apps(draw: Any) -> App:
    n_callbacks = draw(st.integers(0, 3))
    n_items = draw(st.integers(1, 6))
    items: list[Item] = []
    keys: list[str] = []
    number = 0
    forms = 0
    for _ in range(n_items):
        roll = draw(st.integers(0, 9))
        if roll < 7:
            widget = draw(widgets(number, in_form=False, keys=keys, n_callbacks=n_callbacks))
            number += 1
            items.append(widget)
        elif roll == 7 and forms < 2:
            form_widgets = []
            for _ in range(draw(st.integers(1, 3))):
                form_widgets.append(draw(widgets(number, in_form=True, keys=keys,
                                                 n_callbacks=n_callbacks)))
                number += 1
            items.append(Form(forms, tuple(form_widgets), draw(st.booleans()),
                              draw(st.none() | st.integers(0, max(n_callbacks - 1, 0)))
                              if n_callbacks else None,
                              bad_callback=n_callbacks > 0 and draw(st.integers(0, 9)) == 0))
            forms += 1
        elif roll == 8:
            items.append(Control(draw(st.sampled_from(("rerun", "rerun", "stop")))))
        else:
            items.append(None)  # a state write, filled in once the widgets are known
        for w in (items[-1].widgets if isinstance(items[-1], Form) else [items[-1]]):
            if isinstance(w, Widget) and w.key is not None:
                keys.append(w.key)
    app_widgets = [w for item in items if item is not None
                   for w in (item.widgets if isinstance(item, Form) else
                             [item] if isinstance(item, Widget) else [])]
    writable = [(w.key, w.variant) for w in app_widgets
                if w.key is not None and w.kind != "button"]
    # State writes: a user key, or a widget key (before or after its widget).
    for index, item in enumerate(items):
        if item is not None:
            continue
        if writable and draw(st.booleans()):
            key, variant = draw(st.sampled_from(writable))
            value = draw(st.sampled_from(variant.values))
        else:
            key, value = draw(st.sampled_from(USER_KEYS)), draw(st.integers(-2, 5))
        items[index] = StateWrite(key, value, guarded=draw(st.booleans()))
    callbacks = tuple(Callback(draw(_effects(writable))) for _ in range(n_callbacks))
    shown = tuple(draw(st.lists(st.sampled_from(("u0", "u1", SHOW, "reruns")),
                                unique=True, max_size=3)))
    return App(callbacks, tuple(items), shown)


@st.composite
def steps_for(draw: Any, app: App, max_steps: int = 6) -> list[Step]:
    widgets = [w for w in app.widgets() if w.kind != "button"]
    buttons = [w for w in app.widgets() if w.kind == "button"]
    forms = app.forms()
    state_keys = [*USER_KEYS, SHOW, RERUN, STOP]
    keyed = [w for w in widgets if w.key is not None]
    kinds = ["rerun", "set_state", "del_state"]
    kinds += ["set"] * 4 if widgets else []
    kinds += ["click"] * 2 if buttons else []
    kinds += ["submit"] * 2 if forms else []
    result = []
    for _ in range(draw(st.integers(1, max_steps))):
        what = draw(st.sampled_from(kinds))
        if what == "set":
            chosen = draw(st.lists(st.sampled_from(widgets), min_size=1, max_size=3,
                                   unique_by=lambda w: w.number))
            sets = tuple((w.kind, w.label, w.key, draw(st.sampled_from(w.variant.values)))
                         for w in chosen)
            if buttons and draw(st.integers(0, 3)) == 0:
                b = draw(st.sampled_from(buttons))
                result.append(Step("click", sets, (b.label, b.key)))
            else:
                result.append(Step("set", sets))
        elif what == "click":
            b = draw(st.sampled_from(buttons))
            result.append(Step("click", (), (b.label, b.key)))
        elif what == "submit":
            form = draw(st.sampled_from(forms))
            chosen = draw(st.lists(st.sampled_from(form.widgets), max_size=3,
                                   unique_by=lambda w: w.number))
            sets = tuple((w.kind, w.label, w.key, draw(st.sampled_from(w.variant.values)))
                         for w in chosen if w.kind != "button")
            result.append(Step("submit", sets, (form.submit_label, None)))
        elif what == "set_state":
            if keyed and draw(st.booleans()):
                w = draw(st.sampled_from(keyed))
                result.append(Step("set_state", target=(w.key, None),
                                   value=draw(st.sampled_from(w.variant.values))))
            else:
                key = draw(st.sampled_from(state_keys))
                value = draw(st.booleans()) if key in (SHOW, RERUN, STOP) else draw(st.integers(0, 3))
                result.append(Step("set_state", target=(key, None), value=value))
        elif what == "del_state":
            result.append(Step("del_state", target=(draw(st.sampled_from(USER_KEYS)), None)))
        else:
            result.append(Step("rerun"))
    return result


@st.composite
def cases(draw: Any, max_steps: int = 6) -> tuple[App, list[Step]]:
    app = draw(apps())
    return app, draw(steps_for(app, max_steps))
