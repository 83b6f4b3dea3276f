"""The shell: the main window, and the wiring that builds the screens and connects them."""
