"""The store's tests: the data layer alone, fast, first."""
