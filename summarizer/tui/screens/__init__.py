"""The editor's panes (one per tab) and its modal dialogs."""
