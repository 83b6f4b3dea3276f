"""Parts every screen uses: the banner, table model base, dialogs, tasks, scanners, sound and the station state."""
