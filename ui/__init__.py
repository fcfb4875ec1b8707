"""The Qt user interface. Calls the core; never writes SQL."""
