"""Small widgets shared by the editor's panes."""
