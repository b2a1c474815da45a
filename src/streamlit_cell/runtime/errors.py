"""Streamlit's exception classes, with Streamlit's names and wording.

Scripts written for Streamlit catch these by name (``from streamlit.errors
import StreamlitAPIException``), and the conformance suite compares class
names, so the hierarchy mirrors ``streamlit.errors`` of Streamlit 1.67.
"""

from __future__ import annotations

import os
from typing import Any, Iterable

FORM_DOCS_INFO = (
    "\n\nFor more information, refer to the\n"
    "[documentation for forms](https://docs.streamlit.io/develop/api-reference/execution-flow/st.form)."
)


class Error(Exception):
    """Base class of every exception raised by the Streamlit emulation."""


class MarkdownFormattedException(Error):  # noqa: N818 - Streamlit's name
    """An exception whose message may contain Markdown."""


class StreamlitAPIException(MarkdownFormattedException):
    """A ``st.*`` call was used incorrectly."""

    def __init__(self, *args: Any, error_id: str | None = None) -> None:
        super().__init__(*args)
        self.error_id = error_id

    def __repr__(self) -> str:
        return f"{type(self).__name__}({', '.join(repr(a) for a in self.args)})"


class NoSessionContext(Error):  # noqa: N818 - Streamlit's name
    """A Streamlit command ran outside a script run."""


class DuplicateWidgetID(StreamlitAPIException):  # noqa: N818 - Streamlit's name
    """Base of the duplicate element id and duplicate key errors."""


class StreamlitDuplicateElementId(DuplicateWidgetID):
    def __init__(self, element_type: str) -> None:
        super().__init__(
            f"There are multiple `{element_type}` elements with the same "
            "auto-generated ID. When this element is created, it is assigned an "
            "internal ID based on the element type and provided parameters. Multiple "
            "elements with the same type and parameters will cause this error.\n\n"
            "To fix this error, please pass a unique `key` argument to the "
            f"`{element_type}` element."
        )


class StreamlitDuplicateElementKey(DuplicateWidgetID):
    def __init__(self, user_key: str, *, owner: str | None = None) -> None:
        message = (
            f"There are multiple elements with the same `key='{user_key}'`. "
            "To fix this, please make sure that the `key` argument is unique for "
            "each element you create."
        )
        if owner is not None:
            message += f" The key `{user_key}` is already used by a widget of {owner}."
        super().__init__(message)


class UnserializableSessionStateError(StreamlitAPIException):
    """A session state value could not be pickled while enforcement is on."""


class StreamlitAPIWarning(StreamlitAPIException, Warning):
    """A warning shown with ``st.exception`` rather than raised."""


class LocalizableStreamlitException(StreamlitAPIException):
    """An API exception whose message is a format string with named arguments."""

    def __init__(self, message: str, **kwargs: Any) -> None:
        error_id = kwargs.pop("error_id", None)
        super().__init__(message.format(**kwargs), error_id=error_id)
        self._exec_kwargs = kwargs

    @property
    def exec_kwargs(self) -> dict[str, Any]:
        return self._exec_kwargs


class StreamlitInvalidLayoutContextError(StreamlitAPIException):
    """An element was used in a container where it is not allowed."""


class StreamlitInvalidFormCallbackError(LocalizableStreamlitException):
    def __init__(self) -> None:
        super().__init__(
            "Within a form, callbacks can only be defined on `st.form_submit_button`. "
            "Defining callbacks on other widgets inside a form is not allowed."
        )


def _markdown_code_span(text: str) -> str:
    fence = "`"
    while fence in text:
        fence += "`"
    return f"{fence}{text}{fence}"


def _session_state_item(key: str) -> str:
    return _markdown_code_span(f"st.session_state[{key!r}]")


class StreamlitValueAssignmentNotAllowedError(LocalizableStreamlitException):
    def __init__(self, key: str) -> None:
        super().__init__(
            "{session_state_item} is read-only and cannot be "
            "assigned through session state. Use a different session state key "
            "for values you need to set.",
            session_state_item=_session_state_item(key),
            key=key,
        )


class StreamlitWidgetAlreadyInstantiatedError(LocalizableStreamlitException):
    def __init__(self, key: str) -> None:
        super().__init__(
            "{session_state_item} cannot be modified after the widget with "
            "that key is instantiated. Assign {session_state_item} before "
            "creating the widget, or update it from an `on_change` or "
            "`on_click` callback, which runs before the widget is instantiated. "
            "If this is a read-only session state key (buttons, file and media "
            "inputs, `st.data_editor`, forms, chart or `ButtonColumn` "
            "selections), store the value under a different session state key.",
            session_state_item=_session_state_item(key),
            key=key,
        )


class StreamlitMixedNumericTypesError(LocalizableStreamlitException):
    def __init__(self, value: Any, min_value: Any, max_value: Any, step: Any) -> None:
        message = "All numerical arguments must be of the same type."
        for name, arg in (("value", value), ("min_value", min_value),
                          ("max_value", max_value), ("step", step)):
            if arg is not None:
                message += f"\n`{name}` has {type(arg).__name__} type."
        super().__init__(message.replace("{", "{{").replace("}", "}}"))


class StreamlitJSNumberBoundsError(LocalizableStreamlitException):
    """A number a front end (JavaScript) cannot represent exactly."""

    def __init__(self, message: str) -> None:
        super().__init__(message.replace("{", "{{").replace("}", "}}"))


class StreamlitInvalidNumberFormatError(LocalizableStreamlitException):
    def __init__(self, format: str) -> None:
        super().__init__(
            "Format string for `st.number_input` contains invalid characters: {format}",
            format=format,
        )


class StreamlitValueBelowMinError(LocalizableStreamlitException):
    def __init__(self, value: Any, min_value: Any) -> None:
        super().__init__(
            "The `value` {value} is less than the `min_value` {min_value}.",
            value=value,
            min_value=min_value,
        )


class StreamlitValueAboveMaxError(LocalizableStreamlitException):
    def __init__(self, value: Any, max_value: Any) -> None:
        super().__init__(
            "The `value` {value} is greater than the `max_value` {max_value}.",
            value=value,
            max_value=max_value,
        )


class StreamlitInvalidMinMaxError(LocalizableStreamlitException):
    def __init__(self, min_value: object, max_value: object) -> None:
        if min_value == max_value:
            message = ("The `min_value` and `max_value` parameters are both set to "
                       "{min_value}. They must not be equal.")
        else:
            message = ("The `min_value`, set to {min_value}, cannot be greater than "
                       "the `max_value`, set to {max_value}.")
        super().__init__(message, min_value=min_value, max_value=max_value)


class StreamlitValueOutOfRangeError(LocalizableStreamlitException):
    def __init__(self, parameter: str, value: object, min_value: object,
                 max_value: object, *, detail: str | None = None) -> None:
        message = ("The `{parameter}` parameter, set to {value}, is outside the "
                   "required range [{min_value}, {max_value}].")
        if detail:
            message += " {detail}"
        super().__init__(message, parameter=parameter, value=value,
                         min_value=min_value, max_value=max_value, detail=detail)


class StreamlitMissingRequiredParameterError(LocalizableStreamlitException):
    def __init__(self, parameter: str, *, detail: str | None = None) -> None:
        message = "The `{parameter}` parameter is required."
        if detail:
            message += " {detail}"
        super().__init__(message, parameter=parameter, detail=detail)


class StreamlitValueError(LocalizableStreamlitException):
    """A parameter got a value outside the values it supports."""

    def __init__(self, parameter: str, valid_values: Iterable[str], *,
                 detail: str | None = None) -> None:
        message = "Invalid `{parameter}` value. Supported values: {valid_values}."
        if detail:
            message += " {detail}"
        super().__init__(message, parameter=parameter,
                         valid_values=", ".join(valid_values), detail=detail)


class StreamlitInvalidParameterTypeError(LocalizableStreamlitException):
    """A parameter got a value of a type it does not accept."""

    def __init__(self, parameter: str, provided_type: str, expected_types: list[str],
                 *, detail: str | None = None) -> None:
        message = ("Invalid `{parameter}` type. Expected one of: {expected_types}. "
                   "Provided type: {provided_type}.")
        if detail:
            message += " {detail}"
        super().__init__(message, parameter=parameter,
                         expected_types=", ".join(expected_types),
                         provided_type=provided_type, detail=detail)


class StreamlitSelectionCountExceedsMaxError(LocalizableStreamlitException):
    def __init__(self, current_selections_count: int, max_selections_count: int) -> None:
        super().__init__(
            "Multiselect has {current} {noun} selected but `max_selections` is set to "
            "{maximum}. This happened because you either gave too many options to "
            "`default` or you manipulated the widget's state through "
            "`st.session_state`. Note that the latter can happen before the line "
            "indicated in the traceback. Please select at most {maximum} {options_noun}.",
            current=current_selections_count,
            noun="option" if current_selections_count == 1 else "options",
            maximum=max_selections_count,
            options_noun="option" if max_selections_count == 1 else "options",
        )


class StreamlitDefaultNotInOptionsError(LocalizableStreamlitException):
    def __init__(self, value: Any) -> None:
        super().__init__(
            "The default value '{value}' is not part of the options. "
            "Please make sure that every default value also exists in the options.",
            value=value,
        )


class StreamlitInvalidColumnSpecError(LocalizableStreamlitException):
    def __init__(self) -> None:
        super().__init__(
            "The `spec` argument to `st.columns` must be either a positive integer "
            "(number of columns) or a list of positive numbers (width ratios of the "
            "columns). See [documentation](https://docs.streamlit.io/develop/"
            "api-reference/layout/st.columns) for more information."
        )


class StreamlitInvalidColorError(LocalizableStreamlitException):
    def __init__(self, color: Any) -> None:
        super().__init__(
            "This does not look like a valid color: {color}.\n\n"
            "Colors must be in one of the following formats:\n\n"
            "* Hex string with 3, 4, 6, or 8 digits. Example: `'#00ff00'`\n"
            "* List or tuple with 3 or 4 components. Example: `[1.0, 0.5, 0, 0.2]`",
            color=repr(color),
        )


class StreamlitAuthError(StreamlitAPIException):
    """Authentication is not configured right (``st.login``)."""


class StreamlitNotSupportedInNotebookError(StreamlitAPIException):
    """A Streamlit feature that has no meaning inside a Jupyter notebook."""

    def __init__(self, feature: str, instead: str) -> None:
        super().__init__(
            f"{feature} is not supported in a notebook (streamlit-cell). {instead}"
        )


class StreamlitSetPageConfigMustBeFirstCommandError(StreamlitAPIException):
    """Kept for scripts that catch it by name."""


class StreamlitInvalidWidthError(LocalizableStreamlitException):
    def __init__(self, width: Any, allow_content: bool = False) -> None:
        valid_values = "a positive integer (pixels) or 'stretch'"
        if allow_content:
            valid_values = "a positive integer (pixels), 'stretch', or 'content'"
        super().__init__(
            "Invalid width value: {width}. Width must be either {valid_values}.",
            width=repr(width), valid_values=valid_values,
        )


class StreamlitInvalidHeightError(LocalizableStreamlitException):
    def __init__(self, height: Any, allow_content: bool = False) -> None:
        valid_values = "a positive integer (pixels) or 'stretch'"
        if allow_content:
            valid_values = "a positive integer (pixels), 'stretch', or 'content'"
        super().__init__(
            "Invalid height value: {height}. Height must be either {valid_values}.",
            height=repr(height), valid_values=valid_values,
        )


class StreamlitIncompatibleParametersError(LocalizableStreamlitException):
    """Two or more arguments that cannot be used together."""

    def __init__(self, first_use: str, second_use: str, *other_uses: str,
                 explanation: str | None = None) -> None:
        quoted = [f"`{use}`" for use in (first_use, second_use, *other_uses)]
        uses_text = (f"{quoted[0]} and {quoted[1]}" if len(quoted) == 2
                     else ", ".join(quoted[:-1]) + f", and {quoted[-1]}")
        message = "{uses_text} cannot be used together."
        if explanation:
            message += " {explanation}"
        super().__init__(message, uses_text=uses_text, explanation=explanation)


# Notebook replacements of Streamlit's runtime objects (secrets, query params,
# page config): Streamlit's classes, so scripts can catch them by name.
class StreamlitSecretNotFoundError(LocalizableStreamlitException, FileNotFoundError):
    """No secrets file was found, or one could not be parsed."""


class StreamlitQueryParamDictValueError(LocalizableStreamlitException):
    def __init__(self, key: str) -> None:
        super().__init__(
            "Query param value for `{key}` cannot be set to a dictionary. "
            "Provide a string or iterable of strings instead.",
            key=key,
        )


class StreamlitInvalidURLError(LocalizableStreamlitException):
    """A URL is malformed or uses an unsupported protocol."""

    def __init__(self, url: str, protocols: Iterable[str] = ("http", "https", "mailto")) -> None:
        # mailto: has no authority part, so it is written "mailto:", not "mailto://".
        prefixes = [f'"{p}:"' if p == "mailto" else f'"{p}://"' for p in protocols]
        protocols_text = (" or ".join(prefixes) if len(prefixes) <= 2
                          else f"{', '.join(prefixes[:-1])}, or {prefixes[-1]}")
        super().__init__(
            '"{url}" is not a valid URL. '
            "You must use a fully qualified domain beginning with {protocols}.",
            url=url,
            protocols=protocols_text,
        )


class StreamlitDataframeConversionError(StreamlitAPIException):
    """A value cannot be converted to a DataFrame (e.g. for ``st.data_editor``)."""


class StreamlitPageNotFoundError(LocalizableStreamlitException):
    """A page given to ``st.Page``, ``st.switch_page`` or ``st.page_link`` is
    not a file / not a page of the app (Streamlit's wording)."""

    def __init__(self, page: str, main_script_directory: str | None = None,
                 uses_pages_directory: bool = False) -> None:
        if main_script_directory is None:
            super().__init__("Unable to create Page. The file `{page}` could not be found.",
                             page=page)
            return
        if uses_pages_directory:
            message = ("Could not find page: `{page}`. You must provide a file path "
                       "relative to the entrypoint file (from the directory `{directory}`). "
                       "Only the entrypoint file and files in the `pages/` directory are "
                       "supported.")
        else:
            message = ("Could not find page: `{page}`. You must provide a `Page` "
                       "object or file path relative to the entrypoint file. Only pages "
                       "previously defined by `st.Page` and passed to `st.navigation` are "
                       "allowed.")
        super().__init__(message, page=page,
                         directory=os.path.basename(main_script_directory))
