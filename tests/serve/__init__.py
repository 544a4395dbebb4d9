"""Tests of `minutebook serve`: the server on loopback, driven by a real headless Chromium."""
