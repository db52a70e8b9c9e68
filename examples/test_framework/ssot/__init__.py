"""Single source of truth for test infrastructure: base classes, real services, auth."""
