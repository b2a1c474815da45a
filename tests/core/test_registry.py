"""The kernel-wide app registry (cross-cell reactivity) and the run result it
reads: pure logic, tested with fake apps and a real ScriptRunner, no Jupyter."""

from __future__ import annotations

import ast
import inspect
import textwrap
from typing import Any

import streamlit_cell.notebook.registry as registry_module
from streamlit_cell.notebook.registry import AppRegistry
from streamlit_cell.runtime.page_tree import PAGE_ROOTS, new_root, walk
from streamlit_cell.runtime.run_result import RunResult
from streamlit_cell.runtime.script_runner import ScriptRunner
from streamlit_cell.runtime.state import SessionState


class FakeApp:
    """An app whose runs read ``reads`` and write ``writes``; it logs its runs."""

    def __init__(self, cell_id: str, log: list[str], reads: set[str] = frozenset(),
                 writes: set[str] = frozenset(), interrupt: bool = False) -> None:
        self.cell_id, self.log = cell_id, log
        self.read_keys = set(reads)
        self.writes, self.interrupt = set(writes), interrupt
        self.closed = False

    def run(self, widget_values: dict[str, Any] | None = None) -> RunResult | None:
        self.log.append(self.cell_id)
        return RunResult(main=new_root("main"), sidebar=new_root("sidebar"),
                         written_keys=set(self.writes),
                         exception=KeyboardInterrupt() if self.interrupt else None)

    def close(self) -> None:
        self.closed = True
        self.log.append(f"close {self.cell_id}")


def _result(written: set[str] = frozenset(), inputs: set[str] = frozenset()) -> RunResult:
    return RunResult(main=new_root("main"), sidebar=new_root("sidebar"),
                     written_keys=set(written), input_keys=set(inputs))


def _registry(*apps: FakeApp) -> AppRegistry:
    registry = AppRegistry(shell=None)
    for app in apps:
        registry.create(app.cell_id, lambda app=app: app)
    return registry


def test_the_registry_imports_no_jupyter_module_and_only_the_runtime():
    tree = ast.parse(inspect.getsource(registry_module))
    imported = {alias.name for node in ast.walk(tree) if isinstance(node, ast.Import)
                for alias in node.names}
    relative = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                relative.add(node.module or "")
            else:
                imported.add(node.module or "")
    assert not {name for name in imported
                if name.split(".")[0] in {"ipywidgets", "IPython", "ipykernel", "traitlets"}}
    assert relative and all(name.startswith("runtime.") for name in relative)


def test_a_write_reruns_the_readers_in_notebook_order_each_once():
    log: list[str] = []
    origin = FakeApp("a", log)
    late_reader = FakeApp("c", log, reads={"x"})
    early_reader = FakeApp("b", log, reads={"x", "y"}, writes={"y"})
    other = FakeApp("d", log, reads={"z"})
    registry = _registry(origin, early_reader, late_reader, other)
    registry.after_run(origin, _result(written={"x"}))
    assert log == ["b", "c"]  # b's write of y reruns nobody twice; d read nothing written


def test_keys_written_by_a_rerun_reach_later_apps():
    log: list[str] = []
    registry = _registry(FakeApp("a", log), FakeApp("b", log, reads={"x"}, writes={"y"}),
                         FakeApp("c", log, reads={"y"}))
    registry.after_run(registry.apps["a"], _result(written={"x"}))
    assert log == ["b", "c"]


def test_a_widget_key_set_by_a_person_counts_as_a_write():
    log: list[str] = []
    registry = _registry(FakeApp("a", log), FakeApp("b", log, reads={"slider"}))
    registry.after_run(registry.apps["a"], _result(inputs={"slider"}))
    assert log == ["b"]


def test_the_origin_never_reruns_and_an_interrupt_stops_propagation():
    log: list[str] = []
    registry = _registry(FakeApp("a", log, reads={"x"}),
                         FakeApp("b", log, reads={"x"}, interrupt=True),
                         FakeApp("c", log, reads={"x"}))
    registry.after_run(registry.apps["a"], _result(written={"x"}))
    assert log == ["b"]
    log.clear()
    interrupted = _result(written={"x"})
    interrupted.exception = KeyboardInterrupt()
    registry.after_run(registry.apps["c"], interrupted)
    registry.after_run(registry.apps["c"], None)  # merged into a run in progress
    assert log == []


def test_closed_apps_do_not_rerun_and_a_new_app_replaces_the_old():
    log: list[str] = []
    registry = _registry(FakeApp("a", log), FakeApp("b", log, reads={"x"}))
    registry.create("b", lambda: FakeApp("b", log, reads={"x"}))
    assert log == ["close b"]
    registry.apps["b"].closed = True
    registry.after_run(registry.apps["a"], _result(written={"x"}))
    assert log == ["close b"]


def test_writes_from_ordinary_cells_propagate_once_the_cell_ends():
    log: list[str] = []
    registry = _registry(FakeApp("a", log, reads={"x"}), FakeApp("b", log, reads={"y"}))
    registry.note_external_write("x")
    registry.note_external_write("x")
    assert log == []
    registry.flush_external_writes()
    registry.flush_external_writes()
    assert log == ["a"]


def test_the_run_result_says_which_fragment_ran_and_which_keys_a_person_wrote():
    source = textwrap.dedent("""
        import streamlit as st
        @st.fragment
        def part():
            st.checkbox("In", key="inner")
        part()
        st.checkbox("Out", key="outer")
    """)
    runner = ScriptRunner(source, SessionState())
    first = runner.run()
    assert first.fragment_ids == [] and first.input_keys == set()
    assert [root.type for root in first.roots] == list(PAGE_ROOTS)
    inner, outer = (e for root in first.roots for e in walk(root) if e.is_widget)
    fragment_run = runner.run({inner.id: True}, changed_widgets=[inner.id])
    assert len(fragment_run.fragment_ids) == 1 and fragment_run.input_keys == {"inner"}
    full_run = runner.run({outer.id: True, inner.id: False}, changed_widgets=[outer.id, inner.id])
    assert full_run.fragment_ids == [] and full_run.input_keys == {"inner", "outer"}
    assert full_run.changed_keys == {"inner", "outer"} | full_run.written_keys


def test_a_clear_on_submit_form_hands_back_its_widget_defaults():
    source = textwrap.dedent("""
        import streamlit as st
        with st.form("f", clear_on_submit=True):
            st.number_input("N", value=4, key="n")
            st.form_submit_button("Go")
        with st.form("g"):
            st.text_input("T", key="t")
            st.form_submit_button("Go")
    """)
    result = ScriptRunner(source, SessionState()).run()
    assert list(result.widget_defaults.values()) == [4]

