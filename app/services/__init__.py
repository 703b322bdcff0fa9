"""The product's logic, shared by the GUI and the CLI; no Qt here (STYLE.md)."""
