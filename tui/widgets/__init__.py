"""Reusable widgets: the virtual meeting list, the person picker, the decision editor."""
