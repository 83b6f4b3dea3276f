"""Parts every screen uses: banner, table model base, dialogs, tasks, scanners, sound, state."""
