"""The package's layers (see the README's "Layout of the code"): no import
cycle at import time, few imports hidden in functions, and a Jupyter-free
core.

The graph is read from the source with ``ast``, so a cycle fails here even
when the order the tests happen to import modules in would hide it; a fresh
interpreter then imports every module on its own, which is what a user's
first ``import`` does.
"""

from __future__ import annotations

import ast
import subprocess
import sys
import textwrap
from pathlib import Path

import streamlit_cell

PACKAGE_DIR = Path(streamlit_cell.__file__).resolve().parent
PACKAGE = "streamlit_cell"

#: Imports of the package's own modules made inside functions. Each one is a
#: dependency the import graph does not show, so they are kept few (the
#: issue's bound) and each must say why in a comment where it is made.
MAX_FUNCTION_LEVEL_IMPORTS = 10

#: Third-party modules the Streamlit core (AppTest) must never load: Jupyter's
#: and real Streamlit's.
JUPYTER_AND_STREAMLIT = ("ipywidgets", "IPython", "ipykernel", "comm", "traitlets",
                         "jupyter_client", "zmq", "tornado", "streamlit")


def _modules() -> dict[str, Path]:
    modules = {}
    for path in sorted(PACKAGE_DIR.rglob("*.py")):
        parts = list(path.relative_to(PACKAGE_DIR.parent).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        modules[".".join(parts)] = path
    return modules


def _is_type_checking(node: ast.AST) -> bool:
    return isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test)


def _targets(module: str, is_package: bool, node: ast.AST, modules: dict[str, Path]) -> list[str]:
    """The package modules an import statement loads (with the packages
    above them, which Python initialises first)."""
    names: list[str] = []
    if isinstance(node, ast.Import):
        names = [alias.name for alias in node.names]
    elif isinstance(node, ast.ImportFrom):
        if node.level:
            base = module.split(".") if is_package else module.split(".")[:-1]
            base = base[:len(base) - node.level + 1]
            origin = ".".join(base + ([node.module] if node.module else []))
        else:
            origin = node.module or ""
        names = [origin] + [f"{origin}.{alias.name}" for alias in node.names]
    loaded = set()
    for name in names:
        if not (name == PACKAGE or name.startswith(PACKAGE + ".")):
            continue
        parts = name.split(".")
        for end in range(1, len(parts) + 1):
            prefix = ".".join(parts[:end])
            if prefix in modules:
                loaded.add(prefix)
    # A module's own packages are initialised before it runs: not an edge.
    ancestors = {".".join(module.split(".")[:end]) for end in range(1, module.count(".") + 1)}
    return sorted(loaded - ancestors - {module})


def import_graph() -> tuple[dict[str, set[str]], list[tuple[str, str, int]]]:
    """(module -> modules it loads at import time, [(module, target, line)] of
    imports made inside functions)."""
    modules = _modules()
    graph: dict[str, set[str]] = {name: set() for name in modules}
    in_functions: list[tuple[str, str, int]] = []
    for name, path in modules.items():
        is_package = path.name == "__init__.py"

        def visit(node: ast.AST, in_function: bool, type_checking: bool) -> None:
            for child in ast.iter_child_nodes(node):
                function = in_function or isinstance(
                    child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda))
                checking = type_checking or _is_type_checking(child)
                if isinstance(child, (ast.Import, ast.ImportFrom)):
                    targets = _targets(name, is_package, child, modules)
                    if function and targets:  # one import statement, counted once
                        in_functions.append((name, max(targets, key=len), child.lineno))
                    elif not checking:
                        graph[name].update(targets)
                visit(child, function, checking)

        visit(ast.parse(path.read_text(encoding="utf-8")), False, False)
    return graph, in_functions


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def connect(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in sorted(graph.get(node, ())):
            if target not in index:
                connect(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            connect(node)
    return found


def test_no_import_cycle_among_the_package_modules():
    graph, _ = import_graph()
    assert len(graph) > 50  # the walk found the package
    assert _cycles(graph) == []


def test_the_cycle_check_finds_a_cycle():
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


def test_few_imports_of_the_package_inside_functions():
    _, in_functions = import_graph()
    listed = "\n".join(f"{module}:{line} -> {target}" for module, target, line in in_functions)
    assert len(in_functions) <= MAX_FUNCTION_LEVEL_IMPORTS, listed


def test_every_module_imports_first_in_a_fresh_interpreter():
    """Each module imported first, in one fresh interpreter with the package
    forgotten between imports: a cycle shows as a partially initialised module."""
    names = sorted(_modules())
    script = textwrap.dedent(f"""
        import importlib, sys
        failed = []
        for name in {names!r}:
            for loaded in [m for m in sys.modules if m == "{PACKAGE}" or m.startswith("{PACKAGE}.")]:
                del sys.modules[loaded]
            try:
                importlib.import_module(name)
            except Exception as error:
                failed.append(f"{{name}}: {{type(error).__name__}}: {{error}}")
        print("\\n".join(failed))
    """)
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          timeout=300)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == ""


def test_apptest_loads_no_jupyter_module_and_no_real_streamlit():
    script = textwrap.dedent("""
        import sys
        from streamlit_cell.testing import AppTest

        at = AppTest.from_string('''
            import streamlit as st
            st.title("Counter")
            st.markdown("**bold** [link](https://example.com)")
            if st.button("Add"):
                st.session_state.n = st.session_state.get("n", 0) + 1
            with st.sidebar:
                st.slider("Speed", 0, 10)
            with st.form("f"):
                st.text_input("Name")
                st.form_submit_button("Go")
            st.write(st.session_state)
        ''').run()
        at.button[0].click().run()
        assert at.session_state.n == 1
        print(" ".join(sorted({name.split(".")[0] for name in sys.modules})))
    """)
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr
    loaded = set(done.stdout.split())
    assert "streamlit_cell" in loaded
    assert sorted(loaded & set(JUPYTER_AND_STREAMLIT)) == []
