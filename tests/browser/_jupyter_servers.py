"""Private JupyterLab 4 / Notebook 7 / Voila servers for browser tests.

Each server:
- binds 127.0.0.1 on a free port, token disabled, ``--no-browser``;
- gets its own JUPYTER_CONFIG_DIR / JUPYTER_RUNTIME_DIR / JUPYTER_DATA_DIR,
  IPYTHONDIR, lab workspaces dir and lab user-settings dir (news off,
  notebook windowing off), all under one private ``home`` directory;
- has a ``python3`` kernelspec in its private data dir pointing at the
  interpreter running pytest (``sys.executable``), and
  ``JUPYTER_PREFER_ENV_PATH=0`` so that spec wins over the venv's own;
- runs in its own process group (``start_new_session=True``) and is stopped by
  signalling that group with bounded waits; kernels (which jupyter_client puts
  in their own sessions) are found by their connection-file path under the
  private runtime dir and stopped too.

Usable without pytest: ``with serve("lab", notebooks_dir, workdir) as srv: ...``
"""

from __future__ import annotations

import contextlib
import ctypes
import json
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterator

HERE = Path(__file__).resolve().parent
REPO_ROOT = HERE.parents[1]
NOTEBOOKS_DIR = HERE / "notebooks"
# The user-facing demo notebooks; conftest serves them too, under demo/.
DEMO_NOTEBOOKS_DIR = REPO_ROOT / "notebooks"
DEMO_SUBDIR = "demo"

KINDS = ("lab", "nb7", "voila")

# Settings written into each server's private lab user-settings dir.
LAB_USER_SETTINGS: dict[str, dict[str, Any]] = {
    # No "news" toast / update check on first start.
    "@jupyterlab/apputils-extension/notification.jupyterlab-settings": {
        "fetchNews": "false",
        "checkForUpdates": False,
    },
    # Keep every cell in the DOM so cell indexes map to DOM nodes.
    "@jupyterlab/notebook-extension/tracker.jupyterlab-settings": {
        "windowingMode": "none",
    },
}


class ServerStartError(RuntimeError):
    pass


def find_free_port(host: str = "127.0.0.1") -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind((host, 0))
        return s.getsockname()[1]


def running_as_root() -> bool:
    return hasattr(os, "geteuid") and os.geteuid() == 0


@dataclass
class JupyterServer:
    kind: str  # "lab" | "nb7" | "voila"
    port: int
    root_dir: Path  # the served (copied) notebooks directory
    home: Path  # private config/runtime/data/settings dirs live here
    log_path: Path
    proc: subprocess.Popen | None = None

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/"

    def url(self, path: str = "") -> str:
        return self.base_url + path.lstrip("/")

    # -- REST helpers (lab / nb7; voila has no contents/sessions API) -------
    def api(self, method: str, path: str, body: Any = None, timeout: float = 10) -> Any:
        data = None if body is None else json.dumps(body).encode()
        req = urllib.request.Request(self.url(path), data=data, method=method)
        req.add_header("Content-Type", "application/json")
        if method.upper() not in ("GET", "HEAD"):
            # Token auth is off, so jupyter_server wants tornado's double-submit
            # XSRF check: the same value as _xsrf cookie and X-XSRFToken header.
            xsrf = secrets.token_hex(16)
            req.add_header("Cookie", f"_xsrf={xsrf}")
            req.add_header("X-XSRFToken", xsrf)
        with urllib.request.urlopen(req, timeout=timeout) as resp:
            raw = resp.read()
        return json.loads(raw) if raw else None

    def shutdown_sessions(self, path: str | None = None, timeout: float = 15) -> int:
        """Delete kernel sessions (all, or those for notebook ``path``)."""
        if self.kind == "voila":
            return 0
        n = 0
        for sess in self.api("GET", "api/sessions", timeout=timeout) or []:
            if path is None or sess.get("path") == path:
                self.api("DELETE", f"api/sessions/{sess['id']}", timeout=timeout)
                n += 1
        return n

    def kernelspec_argv(self, name: str = "python3") -> list[str]:
        """argv of a kernelspec as this server resolves it (lab / nb7)."""
        specs = self.api("GET", "api/kernelspecs")
        return specs["kernelspecs"][name]["spec"]["argv"]

    def add_notebook(self, src: str | os.PathLike, name: str | None = None) -> str:
        """Copy a notebook into this server's directory; return its served path."""
        src = Path(src)
        dest = self.root_dir / (name or src.name)
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(src, dest)
        return dest.relative_to(self.root_dir).as_posix()

    def add_notebooks(self, src_dir: str | os.PathLike, subdir: str) -> list[str]:
        """Copy every ``*.ipynb`` of ``src_dir`` into ``subdir``; return their served paths."""
        return [self.add_notebook(nb, f"{subdir}/{nb.name}")
                for nb in sorted(Path(src_dir).glob("*.ipynb"))]

    def log_tail(self, nchars: int = 4000) -> str:
        try:
            return self.log_path.read_text(errors="replace")[-nchars:]
        except OSError:
            return ""

    @property
    def alive(self) -> bool:
        return self.proc is not None and self.proc.poll() is None


# ---------------------------------------------------------------------------
# environment
# ---------------------------------------------------------------------------
def install_kernelspec(data_dir: Path, python: str = sys.executable, name: str = "python3") -> Path:
    kdir = data_dir / "kernels" / name
    kdir.mkdir(parents=True, exist_ok=True)
    spec = {
        "argv": [python, "-m", "ipykernel_launcher", "-f", "{connection_file}"],
        "display_name": "Python 3 (ipykernel)",
        "language": "python",
        "metadata": {"debugger": True},
    }
    (kdir / "kernel.json").write_text(json.dumps(spec, indent=1))
    return kdir


def prepare_home(home: Path, python: str = sys.executable) -> dict[str, str]:
    """Create the private dirs under ``home``; return the server's environment."""
    dirs = {
        name: home / name
        for name in ("config", "runtime", "data", "workspaces", "user-settings", "ipython")
    }
    for d in dirs.values():
        d.mkdir(parents=True, exist_ok=True)
    install_kernelspec(dirs["data"], python)
    for rel, content in LAB_USER_SETTINGS.items():
        f = dirs["user-settings"] / rel
        f.parent.mkdir(parents=True, exist_ok=True)
        f.write_text(json.dumps(content, indent=1))

    env = dict(os.environ)
    # Anything that could put another kernelspec / config in front of ours.
    for var in ("JUPYTER_PATH", "JUPYTER_CONFIG_PATH", "JUPYTER_TOKEN", "JUPYTER_PLATFORM_DIRS"):
        env.pop(var, None)
    env.update(
        JUPYTER_CONFIG_DIR=str(dirs["config"]),
        JUPYTER_RUNTIME_DIR=str(dirs["runtime"]),
        JUPYTER_DATA_DIR=str(dirs["data"]),
        JUPYTER_PREFER_ENV_PATH="0",  # private data dir before the venv's share/jupyter
        JUPYTERLAB_SETTINGS_DIR=str(dirs["user-settings"]),
        JUPYTERLAB_WORKSPACES_DIR=str(dirs["workspaces"]),
        IPYTHONDIR=str(dirs["ipython"]),
        PYTHONUNBUFFERED="1",
    )
    return env


def server_command(kind: str, port: int, root_dir: Path, home: Path,
                   python: str = sys.executable) -> list[str]:
    if kind == "voila":
        return [
            python, "-m", "voila", str(root_dir),
            "--no-browser",
            "--Voila.ip=127.0.0.1",
            f"--Voila.port={port}",
            "--Voila.port_retries=0",
            "--Voila.token=",  # voila's IdentityProvider token: disabled
            "--VoilaConfiguration.show_tracebacks=True",
        ]
    app, module = {"lab": ("LabApp", "jupyterlab"), "nb7": ("JupyterNotebookApp", "notebook")}[kind]
    cmd = [
        python, "-m", module,
        "--no-browser",
        "--ServerApp.ip=127.0.0.1",
        f"--ServerApp.port={port}",
        "--ServerApp.port_retries=0",
        "--IdentityProvider.token=",
        "--ServerApp.password=",
        f"--ServerApp.root_dir={root_dir}",
        f"--{app}.expose_app_in_browser=True",
        f"--{app}.user_settings_dir={home / 'user-settings'}",
        f"--{app}.workspaces_dir={home / 'workspaces'}",
    ]
    if running_as_root():
        cmd.append("--allow-root")
    return cmd


def _die_with_parent() -> None:  # runs in the child before exec
    try:  # Linux: SIGTERM the server if pytest dies without teardown
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
    except Exception:
        pass


# ---------------------------------------------------------------------------
# start / readiness / stop
# ---------------------------------------------------------------------------
def wait_until_ready(server: JupyterServer, timeout: float = 60.0) -> None:
    path = "" if server.kind == "voila" else "api/status"
    deadline = time.monotonic() + timeout
    last_err: Exception | None = None
    while time.monotonic() < deadline:
        if not server.alive:
            raise ServerStartError(
                f"{server.kind} server exited with code {server.proc.returncode} "
                f"before it was ready. Log tail:\n{server.log_tail()}"
            )
        try:
            with urllib.request.urlopen(server.url(path), timeout=2) as resp:
                if resp.status == 200:
                    return
        except (urllib.error.URLError, OSError) as e:
            last_err = e
        time.sleep(0.2)
    raise ServerStartError(
        f"{server.kind} server not ready on {server.url(path)} after {timeout:.0f}s "
        f"({last_err!r}). Log tail:\n{server.log_tail()}"
    )


def start_server(kind: str, root_dir: Path, home: Path, *, timeout: float = 60.0,
                 python: str = sys.executable, attempts: int = 3) -> JupyterServer:
    """Start a server of ``kind`` serving ``root_dir``; block until it answers HTTP."""
    if kind not in KINDS:
        raise ValueError(f"kind must be one of {KINDS}, not {kind!r}")
    home.mkdir(parents=True, exist_ok=True)
    env = prepare_home(home, python)
    last: Exception | None = None
    for attempt in range(attempts):
        port = find_free_port()
        server = JupyterServer(kind, port, Path(root_dir), home,
                               home / f"server-{kind}-{attempt}.log")
        with open(server.log_path, "wb") as log:
            server.proc = subprocess.Popen(
                server_command(kind, port, root_dir, home, python),
                cwd=str(root_dir), env=env, stdin=subprocess.DEVNULL,
                stdout=log, stderr=subprocess.STDOUT,
                start_new_session=True, preexec_fn=_die_with_parent,
            )
        try:
            wait_until_ready(server, timeout)
            return server
        except ServerStartError as e:
            last = e
            stop_server(server)
            # Retry only if it died early (e.g. the port was taken meanwhile).
            if server.proc.returncode is None or "already in use" not in server.log_tail():
                break
    raise last  # type: ignore[misc]


def _pids_mentioning(text: str) -> list[int]:
    """PIDs (other than ours) whose command line contains ``text``."""
    me = os.getpid()
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit() or int(entry.name) == me:
            continue
        try:
            cmdline = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
        except OSError:
            continue
        if text in cmdline:
            found.append(int(entry.name))
    return found


def _wait_gone(pids: list[int], timeout: float) -> list[int]:
    deadline = time.monotonic() + timeout
    while pids and time.monotonic() < deadline:
        pids = [p for p in pids if _alive(p)]
        if pids:
            time.sleep(0.1)
    return [p for p in pids if _alive(p)]


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    try:  # zombie?
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
        return state != "Z"
    except (OSError, IndexError):
        return False


def stop_server(server: JupyterServer, timeout: float = 10.0) -> None:
    """Stop the server's process group and any kernels it left; bounded waits."""
    proc = server.proc
    if proc is not None and proc.poll() is None:
        if server.kind != "voila":
            with contextlib.suppress(Exception):
                server.shutdown_sessions(timeout=min(5.0, timeout))
        pgid = proc.pid  # start_new_session: pgid == pid
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(pgid, signal.SIGTERM)
        try:
            proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            pass
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(pgid, signal.SIGKILL)  # whatever is left of the group
        with contextlib.suppress(subprocess.TimeoutExpired):
            proc.wait(timeout=5)
    # Kernels run in their own sessions; their argv names a connection file in
    # our private runtime dir, which no other process on the machine mentions.
    marker = str(server.home / "runtime")
    leftovers = _pids_mentioning(marker)
    for pid in leftovers:
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.kill(pid, signal.SIGTERM)
    leftovers = _wait_gone(leftovers, 5)
    for pid in leftovers:
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.kill(pid, signal.SIGKILL)
    _wait_gone(leftovers, 5)


@contextlib.contextmanager
def serve(kind: str, notebooks_src: Path, workdir: Path, *, timeout: float = 60.0,
          python: str = sys.executable) -> Iterator[JupyterServer]:
    """Copy ``notebooks_src`` to ``workdir/notebooks`` and serve it; always stop."""
    workdir = Path(workdir)
    root = workdir / "notebooks"
    if root.exists():
        shutil.rmtree(root)
    shutil.copytree(notebooks_src, root)
    server = start_server(kind, root, workdir / "home", timeout=timeout, python=python)
    try:
        yield server
    finally:
        stop_server(server)
