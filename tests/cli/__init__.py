"""Tests of the `minutebook` program as a whole: its wheel, its crashes."""
