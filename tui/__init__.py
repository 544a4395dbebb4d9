"""The Textual face of the minute book: screens and widgets over `store`, nothing else.

`tui.app.make_app()` builds the application; the CLI and the tests both use it.
"""
