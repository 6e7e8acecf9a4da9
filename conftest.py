"""Loads the project's pytest front-end (snippet cases, pages run as written)."""

pytest_plugins = ["verified.frontends.pytest_plugin"]
