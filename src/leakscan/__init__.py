"""leakscan: find secrets in files and git history, and help remove them."""

__version__ = "0.1.0"
