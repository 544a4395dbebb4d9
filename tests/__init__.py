"""The test suite (a package so tests can share constants with conftest)."""
