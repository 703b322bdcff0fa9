"""Entry script of the bundled `opsdesk` window executable (PyInstaller needs a file, not `app.gui:main`)."""

import sys

from app.gui import main

sys.exit(main())
