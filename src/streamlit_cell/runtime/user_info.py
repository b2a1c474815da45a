"""``st.user``, ``st.login`` and ``st.logout`` in a notebook.

Nobody can sign in to a notebook app: the sign-in is a browser redirect to an
identity provider and back to the app's URL, and a notebook app has no URL.
So ``st.user`` is what Streamlit gives a local app nobody signed in to:
empty, with ``is_logged_in`` False when an ``[auth]`` section exists in the
secrets (and no such attribute otherwise, as in Streamlit). ``st.login``
checks the ``[auth]`` configuration as Streamlit does (same errors), then says
that the sign-in itself needs ``streamlit run``; ``st.logout`` clears
``st.user`` as in Streamlit (nothing to clear in a notebook).
An ``AppTest`` run reads the test's ``AppTest.user`` instead, as in Streamlit's
AppTest (``tester_users``), and ``st.logout`` clears it as Streamlit's does.
"""

from __future__ import annotations

import weakref
from collections.abc import Iterator, Mapping
from typing import Any, NoReturn

from .errors import StreamlitAPIException, StreamlitAuthError, StreamlitNotSupportedInNotebookError
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


# ------------------------------------------------------------ login/logout
_NO_AUTH_CONFIG = """To use authentication features you need to configure credentials for at
            least one authentication provider in `.streamlit/secrets.toml`."""


def _validate_auth_credentials(provider: str) -> None:
    """Streamlit's checks of the ``[auth]`` secrets for ``provider``, its messages."""
    if not secrets.load_if_toml_exists():
        raise StreamlitAuthError(_NO_AUTH_CONFIG)
    auth_section = secrets.get("auth")
    if auth_section is None:
        raise StreamlitAuthError(_NO_AUTH_CONFIG)
    if "redirect_uri" not in auth_section:
        raise StreamlitAuthError(
            """Authentication credentials in `.streamlit/secrets.toml` are missing the
            "redirect_uri" key. Please check your configuration.""")
    if "cookie_secret" not in auth_section:
        raise StreamlitAuthError(
            """Authentication credentials in `.streamlit/secrets.toml` are missing the
            "cookie_secret" key. Please check your configuration.""")
    provider_section = auth_section.get(provider)
    if "_" in provider:
        raise StreamlitAuthError(
            f'Auth provider name "{provider}" contains an underscore. '
            f"Please use a provider name without underscores.")
    if provider_section is None and provider == "default":
        # The top-level settings of [auth] are the default provider's.
        provider_section = {key: auth_section.get(key) for key in (
            "client_id", "client_secret", "server_metadata_url", "client_kwargs",
            "expose_tokens") if auth_section.get(key)}
    if provider_section is None:
        if provider == "default":
            raise StreamlitAuthError(
                """Authentication credentials in `.streamlit/secrets.toml` are missing for
                the default authentication provider. Please check your configuration.""")
        raise StreamlitAuthError(
            f"Authentication credentials in `.streamlit/secrets.toml` are missing for "
            f'the authentication provider "{provider}". Please check your configuration.')
    if not isinstance(provider_section, Mapping):
        raise StreamlitAuthError(
            f"Authentication credentials in `.streamlit/secrets.toml` for the "
            f'authentication provider "{provider}" must be valid TOML. Please check '
            f"your configuration.")
    missing_keys = [key for key in ("client_id", "client_secret", "server_metadata_url")
                    if key not in provider_section]
    if missing_keys:
        if provider == "default":
            raise StreamlitAuthError(
                "Authentication credentials in `.streamlit/secrets.toml` for the "
                f"default authentication provider are missing the following keys: "
                f"{missing_keys}. Please check your configuration.")
        raise StreamlitAuthError(
            "Authentication credentials in `.streamlit/secrets.toml` for the "
            f'authentication provider "{provider}" are missing the following keys: '
            f"{missing_keys}. Please check your configuration.")


#: What ``st.login`` says once the configuration is right.
LOGIN_INSTEAD = (
    "Signing in is a browser redirect to your identity provider and back to the app's own "
    "URL, which a notebook app does not have: here `st.user` is always the signed-out "
    "user. Run the app with `streamlit run` to try the signed-in part, or test it with "
    "`AppTest` and `at.user = {'is_logged_in': True, ...}`.")


def login(provider: str | None = None) -> None:
    """Start signing in with the ``[auth]`` provider ``provider`` (the
    default one if None). Outside a run it does nothing, as in Streamlit.
    In a run the configuration is checked as Streamlit checks it (the same
    ``StreamlitAuthError``); a valid one then raises
    ``StreamlitNotSupportedInNotebookError``: the sign-in needs a browser
    page with its own URL (see the module docstring)."""
    if provider is None:
        provider = "default"
    if get_run_context() is None:
        return
    _validate_auth_credentials(provider)
    raise StreamlitNotSupportedInNotebookError(
        f"`st.login({provider!r})` (signing in with an identity provider)", LOGIN_INSTEAD)


def logout() -> None:
    """Sign the user out: ``st.user`` is cleared for the rest of the run and
    later runs (an AppTest's ``user`` becomes ``{"is_logged_in": False}`` if
    it said whether someone was signed in, else ``{}``, as in Streamlit). A
    notebook's user is always signed out, so there it changes nothing."""
    ctx = get_run_context()
    if ctx is None:
        return
    seeded = tester_users.get(ctx.session)
    if seeded is not None:
        had_login_flag = "is_logged_in" in seeded
        seeded.clear()
        if had_login_flag:
            seeded["is_logged_in"] = False
