"""Build an offline JupyterLite site of the demo notebooks into build/lite/.

    ./dev lite                          # or: python3 lite/build_site.py
    python3 -m http.server -d build/lite   # then open http://127.0.0.1:8000/

Everything the page loads is in the site: JupyterLite (pinned
jupyterlite-core / jupyterlite-pyodide-kernel from PyPI), the ipywidgets and
anywidget front ends, the Pyodide runtime (the ``pyodide`` npm package), and
every wheel the kernel and streamlit-cell import, listed in a Pyodide lock
file of their own (Pyodide's lock lists ~350 packages that only its CDN
serves; ours lists what the site has). The kernel preloads them all at start
(``loadPyodideOptions.packages``), so the notebooks run as they are, and
installing from PyPI is disabled.

Downloads are cached under build/lite-cache/ (a second build downloads
nothing). Needs python3 with venv and, on the first build, the network (npm
is used if installed; without it the tarball comes from the registry's URL).
"""

from __future__ import annotations

import base64
import email.parser
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tarfile
import urllib.request
import venv
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CACHE = ROOT / "build" / "lite-cache"
OUTPUT = ROOT / "build" / "lite"
REQUIREMENTS = ROOT / "lite" / "requirements.txt"

PYODIDE_VERSION = "314.0.6"  # what jupyterlite-pyodide-kernel 0.8.6 is built for
PYODIDE_PYTHON = "3.14"
#: `npm view pyodide@314.0.6 dist.tarball dist.integrity`
PYODIDE_TARBALL = f"https://registry.npmjs.org/pyodide/-/pyodide-{PYODIDE_VERSION}.tgz"
PYODIDE_INTEGRITY = ("sha512-BKDTJyIqFxC4BExLqeRS3f5xvXZIjOt8C3zGLN/Cc7tFxSwvKVhVkchQQ2AGLOtR4YrVOIFxb"
                     "V8poyDOOmWwxQ==")
#: (jupyter-server: the contents step reads the notebooks with it)
BUILD_TOOLS = ["jupyterlite-core==0.8.6", "jupyterlite-pyodide-kernel==0.8.6",
               "jupyter-server>=2.14,<3", "packaging>=24"]
#: Installed without dependencies, for their JupyterLab extensions only (the
#: widgets' front ends); the kernel side is in requirements.txt, same versions.
FRONTEND_EXTENSIONS = ["jupyterlab_widgets==3.0.17", "anywidget==0.11.0"]
#: The runtime's files in the npm package (no source maps, no console pages).
RUNTIME_FILES = ["pyodide.mjs", "pyodide.asm.mjs", "pyodide.asm.wasm", "python_stdlib.zip",
                 "pyodide-lock.json", "package.json"]
#: The kernel's Python packages, preloaded so that it installs nothing.
KERNEL_PACKAGES = ["piplite", "pyodide-kernel", "ipykernel", "comm", "jedi", "ipython"]
#: Pyodide's platform, for the dependencies' environment markers.
PYODIDE_MARKERS = {
    "sys_platform": "emscripten", "platform_system": "Emscripten", "os_name": "posix",
    "platform_machine": "wasm32", "implementation_name": "cpython",
    "platform_python_implementation": "CPython", "python_version": PYODIDE_PYTHON,
    "python_full_version": f"{PYODIDE_PYTHON}.2", "extra": "",
}


def run(*cmd: str | Path, **kwargs) -> None:
    print("+", " ".join(str(c) for c in cmd), flush=True)
    subprocess.run([str(c) for c in cmd], check=True, **kwargs)


def canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


# ------------------------------------------------------------- build tools
def build_venv() -> Path:
    """A venv with only the pinned build tools and the two front ends: every
    JupyterLab extension in the venv ends up in the site."""
    path = CACHE / "venv"
    stamp = path / "streamlit-cell-lite.txt"
    wanted = "\n".join([*BUILD_TOOLS, *FRONTEND_EXTENSIONS])
    if stamp.is_file() and stamp.read_text() == wanted:
        return path
    if path.exists():
        shutil.rmtree(path)
    venv.create(path, with_pip=True)
    python = path / "bin" / "python"
    run(python, "-m", "pip", "install", "--quiet", *BUILD_TOOLS)
    run(python, "-m", "pip", "install", "--quiet", "--no-deps", *FRONTEND_EXTENSIONS)
    stamp.write_text(wanted)
    return path


# ------------------------------------------------------------ what is served
def pyodide_runtime() -> Path:
    """The runtime from the npm registry, unpacked once: ``npm pack`` if npm
    is installed, else the registry's tarball URL; either way checked against
    the registry's pinned integrity hash."""
    dest = CACHE / f"pyodide-{PYODIDE_VERSION}"
    if all((dest / name).is_file() for name in RUNTIME_FILES):
        return dest
    CACHE.mkdir(parents=True, exist_ok=True)
    archive = CACHE / f"pyodide-{PYODIDE_VERSION}.tgz"
    npm = shutil.which("npm")
    if npm is not None:
        run(npm, "pack", f"pyodide@{PYODIDE_VERSION}", "--silent", cwd=CACHE)
    else:
        print(f"+ GET {PYODIDE_TARBALL}", flush=True)
        with urllib.request.urlopen(PYODIDE_TARBALL, timeout=120) as response:
            archive.write_bytes(response.read())
    digest = "sha512-" + base64.b64encode(hashlib.sha512(archive.read_bytes()).digest()).decode()
    if digest != PYODIDE_INTEGRITY:
        archive.unlink()
        sys.exit(f"pyodide {PYODIDE_VERSION} from the npm registry: integrity {digest}, "
                 f"expected {PYODIDE_INTEGRITY}")
    dest.mkdir(exist_ok=True)
    with tarfile.open(archive) as tar:
        for name in RUNTIME_FILES:
            member = tar.extractfile(f"package/{name}")
            if member is None:
                sys.exit(f"the pyodide {PYODIDE_VERSION} npm package has no {name}")
            (dest / name).write_bytes(member.read())
    archive.unlink()
    return dest


def pinned_wheels() -> list[Path]:
    """The wheels of requirements.txt, downloaded once (pure Python: any
    platform, Pyodide's Python)."""
    dest = CACHE / "wheels"
    pins = [line.split("#")[0].strip() for line in REQUIREMENTS.read_text().splitlines()]
    pins = [pin for pin in pins if pin]

    def found(pin: str) -> Path | None:
        name, version = pin.split("==")
        stem = f"{canonical(name).replace('-', '_')}-{version}-"
        return next((w for w in dest.glob("*.whl") if w.name.lower().startswith(stem)), None)

    if any(found(pin) is None for pin in pins):
        run(sys.executable, "-m", "pip", "download", "--quiet", "--no-deps",
            "--only-binary=:all:", "--platform", "any", "--implementation", "py",
            "--python-version", PYODIDE_PYTHON, "--abi", "none", "-d", dest, *pins)
    wheels = [found(pin) for pin in pins]
    missing = [pin for pin, wheel in zip(pins, wheels) if wheel is None]
    if missing:
        sys.exit(f"no pure-Python wheel downloaded for {missing}")
    return [w for w in wheels if w is not None]


def kernel_wheels(tools: Path) -> list[Path]:
    """The Pyodide kernel's own wheels, shipped in its JupyterLab extension:
    ipykernel 6.9.2 and widgetsnbextension 4 (shims), piplite, pyodide-kernel."""
    pypi = next(tools.glob("share/jupyter/labextensions/@jupyterlite/pyodide-kernel-extension/"
                           "static/pypi"))
    return [w for w in sorted(pypi.glob("*.whl")) if not w.name.startswith("widgetsnbextension-3")]


def our_wheel(tools: Path) -> Path:
    dest = CACHE / "ours"
    shutil.rmtree(dest, ignore_errors=True)
    run(tools / "bin" / "python", "-m", "pip", "wheel", "--quiet", "--no-deps", "-w", dest, ROOT)
    (wheel,) = dest.glob("streamlit_cell-*.whl")
    return wheel


# ---------------------------------------------------------------- lock file
def lock_entry(wheel: Path) -> tuple[str, dict, list[str]]:
    """Pyodide's lock entry for a wheel, and its requirements (raw)."""
    with zipfile.ZipFile(wheel) as archive:
        (metadata_name,) = [n for n in archive.namelist()
                            if n.count("/") == 1 and n.endswith(".dist-info/METADATA")]
        metadata = email.parser.Parser().parsestr(archive.read(metadata_name).decode())
        tops = {n.split("/")[0].removesuffix(".py") for n in archive.namelist()
                if not n.split("/")[0].endswith((".dist-info", ".data"))}
    name = canonical(metadata["Name"])
    entry = {
        "name": name, "version": metadata["Version"], "file_name": wheel.name,
        "install_dir": "site", "package_type": "package",
        "sha256": hashlib.sha256(wheel.read_bytes()).hexdigest(),
        "imports": sorted(t for t in tops if t.isidentifier()),
        "depends": [], "unvendored_tests": False,
    }
    return name, entry, metadata.get_all("Requires-Dist") or []


def trimmed_lock(runtime: Path, wheels: list[Path]) -> dict:
    """Pyodide's lock with only the packages the site serves; every
    dependency (for Pyodide's platform) of each must be one of them."""
    from packaging.requirements import Requirement

    info = json.loads((runtime / "pyodide-lock.json").read_text())["info"]
    packages: dict[str, dict] = {}
    requirements: dict[str, list[str]] = {}
    for wheel in wheels:
        name, entry, requires = lock_entry(wheel)
        packages[name], requirements[name] = entry, requires
    missing = []
    for name, requires in requirements.items():
        for text in requires:
            requirement = Requirement(text)
            if requirement.marker is not None and not requirement.marker.evaluate(PYODIDE_MARKERS):
                continue
            dependency = canonical(requirement.name)
            if dependency in packages:
                packages[name]["depends"].append(dependency)
            else:
                missing.append(f"{name} needs {text}")
    if missing:
        sys.exit("lite/requirements.txt lacks dependencies:\n  " + "\n  ".join(missing))
    return {"info": info, "packages": dict(sorted(packages.items()))}


# -------------------------------------------------------------------- site
def lite_dir(runtime: Path, wheels: list[Path]) -> Path:
    """The JupyterLite source folder: settings, notebooks and static/pyodide
    (which ``jupyter lite build`` copies as the site's Pyodide)."""
    source = CACHE / "lite-dir"
    shutil.rmtree(source, ignore_errors=True)
    pyodide = source / "static" / "pyodide"
    pyodide.mkdir(parents=True)
    for name in RUNTIME_FILES:
        if name != "pyodide-lock.json":
            shutil.copy2(runtime / name, pyodide / name)
    for wheel in wheels:
        shutil.copy2(wheel, pyodide / wheel.name)
    lock = trimmed_lock(runtime, wheels)
    (pyodide / "pyodide-lock.json").write_text(json.dumps(lock, indent=1))
    contents = source / "files"
    contents.mkdir()
    for notebook in sorted((ROOT / "notebooks").glob("*.ipynb")):
        shutil.copy2(notebook, contents / notebook.name)
    settings = {
        "disablePyPIFallback": True,
        "loadPyodideOptions": {"packages": [*KERNEL_PACKAGES, "streamlit-cell"]},
    }
    config = {"jupyter-lite-schema-version": 0, "jupyter-config-data": {
        "appName": "streamlit-cell",
        # window.jupyterapp: the browser test drives the notebook through it.
        "exposeAppInBrowser": True,
        "litePluginSettings": {"@jupyterlite/pyodide-kernel-extension:kernel": settings},
    }}
    (source / "jupyter-lite.json").write_text(json.dumps(config, indent=2))
    return source


def build() -> None:
    tools = build_venv()
    if Path(sys.prefix).resolve() != tools.resolve():
        # The lock step parses requirements with `packaging`, from the tools' venv.
        os.execv(tools / "bin" / "python", [str(tools / "bin" / "python"), __file__, *sys.argv[1:]])
    runtime = pyodide_runtime()
    wheels = [*kernel_wheels(tools), *pinned_wheels(), our_wheel(tools)]
    source = lite_dir(runtime, wheels)
    shutil.rmtree(OUTPUT, ignore_errors=True)
    run(tools / "bin" / "jupyter", "lite", "build", "--lite-dir", source,
        "--contents", source / "files", "--output-dir", OUTPUT, "--no-sourcemaps",
        "--no-unused-shared-packages", cwd=source)
    size = sum(p.stat().st_size for p in OUTPUT.rglob("*") if p.is_file())
    print(f"built {OUTPUT.relative_to(ROOT)}: {size / 2**20:.1f} MiB; "
          f"serve it with: python3 -m http.server -d {OUTPUT.relative_to(ROOT)}")


if __name__ == "__main__":
    build()
