"""``st.user`` in a notebook: always the signed-out user.

Nobody can sign in to a notebook app (``st.login`` is not available, see
``elements/not_in_notebooks``), so ``st.user`` is what Streamlit gives a local app nobody
signed in to: empty, with ``is_logged_in`` False when an ``[auth]`` section
exists in the secrets (and no such attribute otherwise, as in Streamlit).
An ``AppTest`` run reads the test's ``AppTest.user`` instead, as in Streamlit's
AppTest (``tester_users``).
"""

from __future__ import annotations

import weakref
from collections.abc import Iterator, Mapping
from typing import Any, NoReturn

from .errors import StreamlitAPIException
from .run_context import get_run_context
from .secrets import secrets
from .state import SessionState

#: The user an AppTest gives its session (``AppTest.user``), which its runs
#: read as ``st.user``, as Streamlit's AppTest seeds one.
tester_users: "weakref.WeakKeyDictionary[SessionState, dict[str, Any]]" = \
    weakref.WeakKeyDictionary()


def _user_info() -> dict[str, Any]:
    if tester_users:
        ctx = get_run_context()
        seeded = tester_users.get(ctx.session) if ctx is not None else None
        if seeded is not None:
            return seeded
    # Streamlit adds is_logged_in=False when auth is configured but nobody
    # signed in; `"auth" in secrets` is its `get_secrets_auth_section()`.
    has_auth_section = secrets.load_if_toml_exists() and "auth" in secrets
    return {"is_logged_in": False} if has_auth_section else {}


class TokensProxy(Mapping[str, str]):
    """``st.user.tokens``: the identity provider's tokens (none here)."""

    def __init__(self, tokens: Mapping[str, str]) -> None:
        object.__setattr__(self, "_tokens", dict(tokens))

    def __getitem__(self, key: str) -> str:
        return self._tokens[key]

    def __getattr__(self, key: str) -> str:
        try:
            return self._tokens[key]
        except KeyError:
            raise AttributeError(f'Token "{key}" is not exposed or does not exist.') from None

    def __iter__(self) -> Iterator[str]:
        return iter(self._tokens)

    def __len__(self) -> int:
        return len(self._tokens)

    def to_dict(self) -> dict[str, str]:
        return dict(self._tokens)

    def __setattr__(self, name: str, value: Any) -> NoReturn:
        raise StreamlitAPIException("st.user.tokens cannot be modified",
                                    error_id="user-tokens-cannot-be-modified")

    def __setitem__(self, name: str, value: Any) -> NoReturn:
        raise StreamlitAPIException("st.user.tokens cannot be modified",
                                    error_id="user-tokens-cannot-be-modified")


class UserInfoProxy(Mapping[str, Any]):
    """``st.user``: a read-only mapping with attribute access, as Streamlit's."""

    def __getitem__(self, key: str) -> Any:
        if key == "tokens":
            return self.tokens
        try:
            return _user_info()[key]
        except KeyError:
            raise KeyError(f'st.user has no key "{key}".') from None

    def __getattr__(self, key: str) -> Any:
        try:
            return _user_info()[key]
        except KeyError:
            raise AttributeError(f'st.user has no attribute "{key}".') from None

    def __setattr__(self, name: str, value: Any) -> NoReturn:
        raise StreamlitAPIException("st.user cannot be modified",
                                    error_id="user-cannot-be-modified")

    def __setitem__(self, name: str, value: Any) -> NoReturn:
        raise StreamlitAPIException("st.user cannot be modified",
                                    error_id="user-cannot-be-modified")

    def __iter__(self) -> Iterator[str]:
        return iter(_user_info())

    def __len__(self) -> int:
        return len(_user_info())

    def to_dict(self) -> dict[str, Any]:
        return _user_info()

    @property
    def tokens(self) -> TokensProxy:
        return TokensProxy(_user_info().get("tokens") or {})


#: ``st.user``.
user = UserInfoProxy()
