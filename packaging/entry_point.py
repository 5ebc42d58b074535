"""PyInstaller's entry script: the same main() as ``python -m launcher``."""

from __future__ import annotations

import multiprocessing
import sys

from launcher.__main__ import main

if __name__ == "__main__":
    # A no-op unless something starts a process with multiprocessing's spawn
    # method, which in a frozen app re-runs this executable.
    multiprocessing.freeze_support()
    sys.exit(main())
