"""Tenancy: customers, their API keys (hashed) and the limits stored for each."""
