"""AppTest nodes of ``st.pagination`` and ``st.menu_button``, with the
surface of Streamlit 1.67's ``Pagination`` and ``MenuButton`` nodes."""

from __future__ import annotations

from typing import Any, Callable

from .testing import AppTestError, Widget


class Pagination(Widget):
    """``st.pagination``: the page is an int from 1 to ``num_pages``."""

    def __init__(self, element: Any, root: Any) -> None:
        super().__init__(element, root)
        del self.label  # Streamlit's pagination has no label

    @property
    def num_pages(self) -> int:
        return self._element.props["num_pages"]

    @property
    def default(self) -> int:
        return self._element.props["default"]

    def set_value(self, v: Any) -> "Pagination":
        if isinstance(v, bool) or not isinstance(v, int) or not 1 <= v <= self.num_pages:
            key_part = f" (key={self.key!r})" if self.key else ""
            raise AppTestError(
                f"Cannot set pagination{key_part} to {v}. Page must be an int between 1 "
                f"and {self.num_pages}.")
        super().set_value(v)
        return self

    def select(self, page: int) -> "Pagination":
        return self.set_value(page)


class MenuButton(Widget):
    """``st.menu_button``: a click chooses an option for the next run only."""

    def __init__(self, element: Any, root: Any) -> None:
        super().__init__(element, root)
        self._value = None

    @property
    def options(self) -> list[str]:
        return list(self._element.props["options"])

    @property
    def format_func(self) -> Callable[[Any], str]:
        return self._element.props["format_func"]

    @property
    def value(self) -> Any:
        if self._value is not None:
            return self._value
        return self.root._trigger_values.get(self.id)

    @property
    def has_pending_value(self) -> bool:
        return self._value is not None

    def _state_value(self) -> Any:
        if self._value is None:
            return None
        try:
            return self.format_func(self._value)
        except Exception:
            return str(self._value)

    def click(self, v: Any) -> "MenuButton":
        return self.set_value(v)

    def click_index(self, index: int) -> "MenuButton":
        return self.set_value(self._element.props["option_values"][index])
