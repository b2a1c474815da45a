"""The magic's options and the extension's life cycle."""

from __future__ import annotations

import pytest
from IPython.core.error import UsageError

from support.ui import button, is_closed, text, walk
from streamlit_cell.notebook import magics as magic
from streamlit_cell.runtime.shared_session import session_state


@pytest.mark.parametrize("line, message", [
    ("--bogus", "unrecognized arguments: --bogus"),
    ("--key", "--key/-k: expected one argument"),
    ("--key a b", "unrecognized arguments: b"),
    ("--key 'unclosed", "No closing quotation"),
])
def test_bad_options_raise_usage_error_with_the_usage(shell, line, message):
    with pytest.raises(UsageError, match=message) as raised:
        shell.run_cell_magic("streamlit_cell", line, "st.write(1)")
    assert "Usage: %%streamlit_cell [--key KEY] [--no-publish]" in str(raised.value)
    assert magic.registry().apps == {}


@pytest.mark.parametrize("line", ['--key ""', "--key '   '", "-k ''"])
def test_an_empty_key_is_refused(shell, line):
    with pytest.raises(UsageError, match="--key needs a non-empty name"):
        shell.run_cell_magic("streamlit_cell", line, "st.write(1)")
    assert magic.registry().apps == {}


def test_a_quoted_key_may_contain_spaces(shell):
    shell.run_cell_magic("streamlit_cell", "--key 'sales report'", "st.write('report')")
    assert "report" in text(magic.registry().apps["sales report"])


def test_without_a_key_the_app_is_identified_by_its_source(shell):
    shell.run_cell_magic("streamlit_cell", "", "st.write('anonymous')")
    shell.run_cell_magic("streamlit_cell", "", "st.write('anonymous')")
    shell.run_cell_magic("streamlit_cell", "", "st.write('different')")
    assert len(magic.registry().apps) == 2


def test_the_magic_needs_the_extension(ipython):
    with pytest.raises(UsageError):
        magic.registry()


def test_unloading_closes_every_apps_widgets(shell, run_cell):
    first = run_cell('st.button("One")\nst.write("first")', key="first")
    second = run_cell('st.slider("Two", 0, 3)\nwith st.expander("More"):\n    st.write("x")',
                      key="second")
    widgets = [*walk(first.root), *walk(second.root), first.output, second.output]
    shell.run_line_magic("unload_ext", "streamlit_cell")
    assert all(is_closed(x) for x in widgets)
    assert first.closed and second.closed
    assert "st" not in shell.user_ns
    with pytest.raises(UsageError, match="load_ext streamlit_cell"):
        magic.registry()
    session_state["after_unload"] = 1  # no listener left to call

    shell.run_line_magic("load_ext", "streamlit_cell")
    again = run_cell('st.write("back", st.session_state.after_unload)')
    assert "back 1" in text(again)


def test_the_app_root_is_displayed_once_and_reruns_display_nothing(shell, run_cell,
                                                                     monkeypatch):
    published: list[dict] = []
    monkeypatch.setattr(shell.display_pub, "publish",
                        lambda data, *args, **kwargs: published.append(data))
    app = run_cell('st.button("Shown")')
    widget_views = [d["application/vnd.jupyter.widget-view+json"]["model_id"]
                    for d in published if "application/vnd.jupyter.widget-view+json" in d]
    assert widget_views == [app.root.model_id]
    button(app, "Shown").click()
    assert len(published) == 1


class _FrontEndKernel:
    """Stands in for ipykernel: the executing request carries the front end's cell id."""

    def __init__(self) -> None:
        self.cell_id = "cell-1"

    def get_parent(self, channel: str = "shell") -> dict:
        return {"header": {"msg_type": "execute_request"},
                "metadata": {"cellId": self.cell_id}}


def test_the_front_ends_cell_id_identifies_the_app(shell, monkeypatch):
    kernel = _FrontEndKernel()
    monkeypatch.setattr(shell, "kernel", kernel, raising=False)
    shell.run_cell_magic("streamlit_cell", "", 'st.text_input("Name", key="name")')
    first = magic.registry().apps["cell-1"]
    # Edited and re-executed (Shift-Enter): same cell, so the app is replaced,
    # and its keyed widget is not a duplicate of the old app's.
    shell.run_cell_magic("streamlit_cell", "", 'st.text_input("Name", key="name")\nst.write("v2")')
    second = magic.registry().apps["cell-1"]
    assert first.closed and list(magic.registry().apps) == ["cell-1"]
    assert "v2" in text(second) and "Duplicate" not in text(second)
    kernel.cell_id = "cell-2"
    shell.run_cell_magic("streamlit_cell", "", 'st.write("another cell")')
    assert list(magic.registry().apps) == ["cell-1", "cell-2"]
