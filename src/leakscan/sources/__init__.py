"""Where chunks come from: a folder, the staged change, git history."""
