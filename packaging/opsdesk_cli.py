"""Entry script of the bundled `opsdesk-cli` console executable."""

from app.cli import main

main()
