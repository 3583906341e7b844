"""Building blocks of the labelled corpus (see corpus/generate.py and corpus/README.md)."""
