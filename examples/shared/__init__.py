"""Code shared by every Netra service."""
