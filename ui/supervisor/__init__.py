"""The supervisor's screens of issue 15: catalogues, lead lists, the do-not-call list and users."""
