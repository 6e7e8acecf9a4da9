"""Autograd, Verified: the engine that runs documentation snippets and checks their output.

Layout: ``verified.engine`` does the work (discover, run isolated, normalise,
compare, cache); ``verified.frontends`` are thin adapters for MkDocs, pytest,
pytest-markdown-docs and the command line.
"""
