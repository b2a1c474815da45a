"""How the browser tier launches Chromium: Debian's build, never Playwright's
own download, with the flags that keep it quiet and offline-friendly.

A module of its own (not conftest) so test files import it by a name no other
tier's conftest shadows when pytest runs several tiers in one session."""

CHROMIUM_PATH = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
