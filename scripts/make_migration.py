"""Write the next Alembic migration by comparing the models with the migrated schema.

Usage: uv run python scripts/make_migration.py "what changed"
Revision ids are the next zero-padded number; app/store/schema.py relies on that.
"""

from __future__ import annotations

import re
import sys
import tempfile
from pathlib import Path

from alembic import command
from alembic.config import Config

from app.store import schema
from app.store.db import create_store_engine


def main() -> None:
    message = " ".join(sys.argv[1:]) or "schema change"
    known = schema.known_revisions()
    next_rev = f"{int(known[-1]) + 1 if known else 1:04d}"
    slug = re.sub(r"[^a-z0-9]+", "_", message.lower()).strip("_")[:40] or "change"
    with tempfile.TemporaryDirectory() as tmp:
        engine = create_store_engine(Path(tmp) / "scratch.db")
        config = Config()
        config.set_main_option("script_location", str(schema.VERSIONS_DIR.parent))
        config.set_main_option("file_template", f"{next_rev}_{slug}")
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            if known:
                command.upgrade(config, "head")
            command.revision(config, message=message, autogenerate=True, rev_id=next_rev)
        engine.dispose()


if __name__ == "__main__":
    main()
