"""One HTML sanitiser, two implementations: ``nh3`` (Rust, ammonia) where it
installs, ``justhtml`` (pure Python, an HTML5 parser with an allow-list
sanitiser) under Pyodide, where ``nh3`` has no wheel.

A :class:`HtmlPolicy` says what to keep; :func:`cleaner` turns it into a
callable ``str -> str``. The backend is chosen once per process
(:data:`BACKEND`); :func:`use_backend` switches it (the tests run the same
XSS payloads through both).

What differs in the pure-Python backend: ``data-*``/``aria-*`` attributes
are dropped (justhtml has no attribute-prefix rule), and inline styles keep
only the properties in :data:`PURE_PYTHON_STYLE_PROPERTIES` (nh3 keeps every
property when the policy does not filter them). Both keep no script, no event
handler and no URL outside the policy's schemes.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

Clean = Callable[[str], str]

BACKENDS = ("nh3", "justhtml")
#: nh3 wherever it is installed (every platform with a wheel); justhtml
#: otherwise (Pyodide: the package's dependencies select it by platform).
BACKEND: str = "nh3" if importlib.util.find_spec("nh3") is not None else "justhtml"

#: Attributes whose value is a URL: their scheme is checked against the policy.
_URL_ATTRIBUTES = frozenset({"href", "src", "cite", "action", "formaction", "poster",
                             "background", "longdesc", "srcset", "xlink:href"})

#: ammonia's default allow-lists (what ``nh3.ALLOWED_TAGS``/``ALLOWED_ATTRIBUTES``
#: hold), spelt out so that policies need no nh3 import.
DEFAULT_TAGS = frozenset({
    "a", "abbr", "acronym", "area", "article", "aside", "b", "bdi", "bdo", "blockquote", "br",
    "caption", "center", "cite", "code", "col", "colgroup", "data", "dd", "del", "details",
    "dfn", "div", "dl", "dt", "em", "figcaption", "figure", "footer", "h1", "h2", "h3", "h4",
    "h5", "h6", "header", "hgroup", "hr", "i", "img", "ins", "kbd", "li", "map", "mark", "nav",
    "ol", "p", "pre", "q", "rp", "rt", "rtc", "ruby", "s", "samp", "small", "span", "strike",
    "strong", "sub", "summary", "sup", "table", "tbody", "td", "th", "thead", "time", "tr",
    "tt", "u", "ul", "var", "wbr"})
_TABLE_CELL = frozenset({"align", "char", "charoff"})
DEFAULT_ATTRIBUTES: Mapping[str, frozenset[str]] = {
    "a": frozenset({"href", "hreflang"}), "bdo": frozenset({"dir"}),
    "blockquote": frozenset({"cite"}), "col": _TABLE_CELL | {"span"},
    "colgroup": _TABLE_CELL | {"span"}, "del": frozenset({"cite", "datetime"}),
    "hr": frozenset({"align", "size", "width"}),
    "img": frozenset({"align", "alt", "height", "src", "width"}),
    "ins": frozenset({"cite", "datetime"}), "ol": frozenset({"start"}), "q": frozenset({"cite"}),
    "table": _TABLE_CELL | {"summary"}, "tbody": _TABLE_CELL,
    "td": _TABLE_CELL | {"colspan", "headers", "rowspan"}, "tfoot": _TABLE_CELL,
    "th": _TABLE_CELL | {"colspan", "headers", "rowspan", "scope"}, "thead": _TABLE_CELL,
    "tr": _TABLE_CELL,
}

#: What inline ``style`` keeps under justhtml when the policy does not name
#: properties: typography, colour, box and simple layout. justhtml still
#: refuses values that load resources (``url(...)``) or run expressions.
PURE_PYTHON_STYLE_PROPERTIES = frozenset({
    "color", "background-color", "opacity",
    "font", "font-family", "font-size", "font-style", "font-weight", "font-variant",
    "letter-spacing", "line-height", "text-align", "text-decoration", "text-transform",
    "text-indent", "text-shadow", "white-space", "word-break", "word-spacing", "word-wrap",
    "vertical-align", "display", "visibility", "float", "clear", "overflow",
    "width", "height", "min-width", "min-height", "max-width", "max-height",
    "margin", "margin-top", "margin-right", "margin-bottom", "margin-left",
    "padding", "padding-top", "padding-right", "padding-bottom", "padding-left",
    "border", "border-top", "border-right", "border-bottom", "border-left",
    "border-color", "border-style", "border-width", "border-radius", "border-collapse",
    "box-shadow", "box-sizing", "gap", "flex", "flex-direction", "flex-wrap",
    "align-items", "justify-content", "list-style", "list-style-type",
})


@dataclass(frozen=True)
class HtmlPolicy:
    """What a sanitised fragment may keep (names lower-case)."""

    tags: frozenset[str]
    #: tag -> attributes; ``"*"`` applies to every tag
    attributes: Mapping[str, frozenset[str]]
    url_schemes: frozenset[str]
    #: tags dropped with their content (the others are unwrapped)
    drop_content_tags: frozenset[str] = frozenset({"script", "style"})
    #: attributes kept on any tag if their name starts with one of these
    attribute_prefixes: frozenset[str] = frozenset()
    #: inline-style properties kept; None keeps every property (nh3) or
    #: PURE_PYTHON_STYLE_PROPERTIES (justhtml)
    style_properties: frozenset[str] | None = None
    #: ``rel`` tokens forced onto every link
    link_rel: frozenset[str] = frozenset()
    #: tag -> attribute -> value set on every such element
    set_attributes: Mapping[str, Mapping[str, str]] = field(default_factory=dict)
    #: ``(tag, attribute, value) -> value or None`` (None drops the attribute),
    #: applied to every attribute that the lists keep
    attribute_filter: Callable[[str, str, str], str | None] | None = None


def _nh3_cleaner(policy: HtmlPolicy) -> Clean:
    import nh3  # noqa: PLC0415 -- absent under Pyodide

    options: dict = {}
    if policy.style_properties is not None:
        options["filter_style_properties"] = set(policy.style_properties)
    if policy.attribute_prefixes:
        options["generic_attribute_prefixes"] = set(policy.attribute_prefixes)
    if policy.set_attributes:
        options["set_tag_attribute_values"] = {
            tag: dict(values) for tag, values in policy.set_attributes.items()}
    # Built once: nh3 converts the allow-lists to Rust on every ``nh3.clean``
    # call (34 us for a short fragment); a reused Cleaner takes 5 us.
    if policy.attribute_filter is not None:
        options["attribute_filter"] = policy.attribute_filter
    return nh3.Cleaner(
        tags=set(policy.tags),
        clean_content_tags=set(policy.drop_content_tags),
        attributes={tag: set(attrs) for tag, attrs in policy.attributes.items()},
        url_schemes=set(policy.url_schemes),
        link_rel=" ".join(sorted(policy.link_rel)) or None,
        **options,
    ).clean


def _justhtml_cleaner(policy: HtmlPolicy) -> Clean:
    from justhtml import (  # noqa: PLC0415
        EditAttrs, JustHTML, SanitizationPolicy, SetAttrs, UrlPolicy, UrlRule)

    url_rules = {
        (tag, attr): UrlRule(allowed_schemes=set(policy.url_schemes), handling="allow")
        for tag, attrs in policy.attributes.items() if tag != "*"
        for attr in attrs & _URL_ATTRIBUTES
    }
    styles = (PURE_PYTHON_STYLE_PROPERTIES if policy.style_properties is None
              else policy.style_properties)
    attributes = {tag: set(attrs) for tag, attrs in policy.attributes.items()}
    for tag, values in policy.set_attributes.items():
        attributes.setdefault(tag, set()).update(values)
    sanitisation = SanitizationPolicy(
        allowed_tags=set(policy.tags),
        allowed_attributes=attributes,
        url_policy=UrlPolicy(default_handling="strip", allow_rules=url_rules),
        drop_content_tags=set(policy.drop_content_tags),
        allowed_css_properties=set(styles),
        force_link_rel=set(policy.link_rel),
    )
    transforms: list = [SetAttrs(tag, attributes=dict(values))
                        for tag, values in policy.set_attributes.items()]
    attribute_filter = policy.attribute_filter
    if attribute_filter is not None:
        def filtered(node: Any) -> dict[str, Any] | None:
            attrs = dict(node.attrs)
            kept = {}
            for name, value in attrs.items():
                new = attribute_filter(node.name, name, "" if value is None else value)
                if new is not None:
                    kept[name] = new
            return None if kept == attrs else kept

        transforms.append(EditAttrs("*", filtered))

    def clean(fragment: str) -> str:
        document = JustHTML(fragment, fragment=True, policy=sanitisation,
                            transforms=transforms or None)
        return document.to_html(pretty=False)

    return clean


_FACTORIES: dict[str, Callable[[HtmlPolicy], Clean]] = {
    "nh3": _nh3_cleaner, "justhtml": _justhtml_cleaner}


class Cleaner:
    """A policy's sanitiser on the current backend (built on first use)."""

    def __init__(self, policy: HtmlPolicy) -> None:
        self.policy = policy
        self._built: dict[str, Clean] = {}

    def clean(self, fragment: str) -> str:
        built = self._built.get(BACKEND)
        if built is None:
            built = self._built[BACKEND] = _FACTORIES[BACKEND](self.policy)
        return built(fragment)


def use_backend(name: str) -> str:
    """Make ``name`` the backend of every :class:`Cleaner`; return the previous one.
    Callers that cache sanitised text must drop their caches."""
    global BACKEND
    if name not in BACKENDS:
        raise ValueError(f"unknown HTML sanitiser backend {name!r}; expected one of {BACKENDS}")
    previous, BACKEND = BACKEND, name
    return previous
