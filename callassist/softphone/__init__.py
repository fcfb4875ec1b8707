"""The softphone: dial the number the card chose, follow the call, learn its fate and time the talk (Qt-free)."""
