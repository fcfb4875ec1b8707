"""Team mode on a shared PostgreSQL server: the offline outbox, database roles and users."""
