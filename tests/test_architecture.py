"""The layers hold: import-linter contracts, and the non-GUI packages import without Qt."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_import_linter_contracts_are_kept():
    runner = "import sys; from importlinter.cli import lint_imports_command; sys.exit(lint_imports_command())"
    result = subprocess.run(
        [sys.executable, "-c", runner, "--config", str(ROOT / "pyproject.toml")],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Contracts: 3 kept, 0 broken." in result.stdout


def test_core_packages_work_with_qt_unimportable():
    """Block PySide6 entirely, then use the core: database, seed, command line."""
    code = (
        "import sys, tempfile, os\n"
        "class Block:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name.split('.')[0] in ('PySide6', 'shiboken6', 'qtawesome'):\n"
        "            raise ImportError('Qt is blocked in this test')\n"
        "sys.meta_path.insert(0, Block())\n"
        "from directory_app.cli import main\n"
        "from directory_app import directory, config\n"
        "from directory_app.tools import make_seed, build_gazetteer\n"
        "p = os.path.join(tempfile.mkdtemp(), 'x.sqlite')\n"
        "assert main(['--db', p, 'info']) == 0\n"
        "assert not any(m.startswith('PySide6') for m in sys.modules)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0, result.stderr
