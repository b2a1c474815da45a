"""Security properties of the package in a kernel's process:

- it opens no network listener (unlike ``streamlit run``, there is no server:
  the front end talks to the kernel over Jupyter's own channels) -- checked
  on the process's sockets before and after loading the extension, running
  apps of many element kinds and interacting with them;
- uploaded files stay in memory: no file is written while an upload is
  handled (an audit hook watches every ``open`` for writing and every
  temporary file), and the script gets a ``BytesIO``.
"""

from __future__ import annotations

import io
import sys
import threading

import ipywidgets as w
import pytest

from support.ui import Slider, button, find_all, front_end_clicks, front_end_sets, session_state, text

pytestmark = pytest.mark.reliability

psutil = pytest.importorskip("psutil")

MANY_ELEMENTS = """
import datetime
import numpy as np
import pandas as pd
df = pd.DataFrame({"a": [1, 2, 3], "b": [3.0, 1.0, 2.0]})
calls = [
    lambda: st.title("t"), lambda: st.markdown("**m**"), lambda: st.code("x = 1"),
    lambda: st.json({"a": 1}), lambda: st.dataframe(df), lambda: st.table(df),
    lambda: st.line_chart(df), lambda: st.bar_chart(df), lambda: st.metric("m", 1, 2),
    lambda: st.image(np.zeros((4, 4, 3), dtype=np.uint8)),
    lambda: st.audio(np.sin(np.arange(800.0)), sample_rate=8000),
    lambda: st.download_button("d", b"data", file_name="d.bin"),
    lambda: st.file_uploader("u", key="u"), lambda: st.progress(10),
    lambda: st.date_input("d", datetime.date(2024, 1, 1)), lambda: st.slider("s", 0, 5),
    lambda: st.chat_input("say", key="chat"), lambda: st.data_editor(df, key="ed"),
]
failed = []
for call in calls:
    try:
        call()
    except Exception as error:
        failed.append(f"{type(error).__name__}: {error}")
st.session_state.setdefault("clicks", 0)
if st.button("Click"):
    st.session_state.clicks += 1
st.write("clicks", st.session_state.clicks)
st.text("failed: " + repr(failed))
"""


def _listening() -> set[tuple]:
    """Sockets of this process that accept connections (TCP LISTEN) or
    packets (bound UDP), as (type, address)."""
    process = psutil.Process()
    connections = (process.net_connections(kind="inet") if hasattr(process, "net_connections")
                   else process.connections(kind="inet"))
    found = set()
    for c in connections:
        if c.type == 1 and c.status == psutil.CONN_LISTEN:  # SOCK_STREAM
            found.add(("tcp", c.laddr))
        elif c.type == 2 and c.laddr:  # SOCK_DGRAM, bound
            found.add(("udp", c.laddr))
    return found


def test_no_network_listener_is_opened(ipython, run_cell, shell):
    # `shell` has loaded the extension already; measure from before that too.
    ipython.run_line_magic("unload_ext", "streamlit_cell")
    before = _listening()
    threads_before = {t.ident for t in threading.enumerate()}
    ipython.run_line_magic("load_ext", "streamlit_cell")
    app = run_cell(MANY_ELEMENTS, key="many")
    for _ in range(3):
        button(app, "Click").click()
    assert "clicks 3" in text(app) and "failed: []" in text(app), text(app)
    front_end_sets(find_all(app, Slider)[0], value=4)
    assert _listening() - before == set()
    # (The check does see a listener when there is one.)
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        probe.listen()
        assert ("tcp", probe.getsockname()) in {(k, tuple(a)) for k, a in _listening() - before}
    # Nor a thread left running that could serve anything later.
    assert {t.ident for t in threading.enumerate() if t.is_alive()} - threads_before == set()


class _WriteWatch:
    """Records, while on, every file opened for writing and every temporary
    file made (sys audit events: open, tempfile.mkstemp, tempfile.mkdtemp)."""

    def __init__(self) -> None:
        self.on = False
        self.seen: list[tuple] = []
        sys.addaudithook(self)  # audit hooks cannot be removed: it just turns off

    def __call__(self, event: str, args: tuple) -> None:
        if not self.on:
            return
        if event == "open":
            path, mode = args[0], args[1]
            flags = args[2] if len(args) > 2 else 0
            writing = (isinstance(mode, str) and any(c in mode for c in "wax+")) or (
                mode is None and isinstance(flags, int) and flags & 0o3)  # O_WRONLY|O_RDWR
            if writing:
                self.seen.append((event, path, mode))
        elif event in ("tempfile.mkstemp", "tempfile.mkdtemp", "os.mkdir"):
            self.seen.append((event, *args))


_WATCH: _WriteWatch | None = None


def test_uploaded_files_stay_in_memory(run_cell, tmp_path):
    global _WATCH
    from streamlit_cell import api

    if "file_uploader" not in api.__all__:
        pytest.skip("st.file_uploader is not written yet")
    app = run_cell("""
up = st.file_uploader("Upload", key="up", accept_multiple_files=True)
st.write("files", [(f.name, f.size) for f in up])
""")
    upload = find_all(app, w.FileUpload)[0]
    content = b"secret,data\n" * 10_000
    _WATCH = _WATCH or _WriteWatch()
    _WATCH.on = True
    (tmp_path / "probe").write_bytes(b"x")  # the watch sees writes...
    assert _WATCH.seen, "the audit hook sees no write"
    _WATCH.seen.clear()
    try:
        front_end_sets(upload, value=[{"name": "s.csv", "type": "text/csv", "size": len(content),
                                       "content": memoryview(content),
                                       "last_modified": 1_700_000_000_000}])
        files = session_state()["up"]
        assert [(f.name, f.size) for f in files] == [("s.csv", 120_000)]
        assert "s.csv" in text(app)
        remove = [b for b in find_all(app, w.Button) if (b.tooltip or "").startswith("Remove")]
        front_end_clicks(remove[0])
    finally:
        _WATCH.on = False
    assert _WATCH.seen == [], "an upload was written to disk"
    assert isinstance(files[0], io.BytesIO) and files[0].getvalue() == content
    assert session_state()["up"] == []
