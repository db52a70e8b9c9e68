"""Netra's shared test framework."""
