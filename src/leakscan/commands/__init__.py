"""One module per command family; each builds a Config and calls one pipeline function."""
