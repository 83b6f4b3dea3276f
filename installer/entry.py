"""The installed application's entry point: the ``packstation`` command line and window."""

import multiprocessing
import sys

from packstation.cli import main

if __name__ == "__main__":
    multiprocessing.freeze_support()  # harmless unless a library starts worker processes
    sys.exit(main())
