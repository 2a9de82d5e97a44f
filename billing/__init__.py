"""Billing: customers and keys, the usage ledger, aggregation windows and (later) Stripe reporting."""
