"""Call scripts and the objection palette: the model, templates, search and the script file format.

Plain values only; the database tables and the UI build on these.
"""
