"""`python -m app` opens the OpsDesk window."""

import sys

from app.gui import main

sys.exit(main())
