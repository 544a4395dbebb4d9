"""The tui tests."""
