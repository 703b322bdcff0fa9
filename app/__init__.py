"""OpsDesk (运营台): a private, offline workbench for the solo new-media operator."""

__version__ = "0.1.0"
