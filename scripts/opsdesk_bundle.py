"""Entry script of the PyInstaller bundle (build.spec): the same `main` as the `opsdesk` gui-script."""

from __future__ import annotations

import sys

from ui.app import main

if __name__ == "__main__":
    sys.exit(main())
