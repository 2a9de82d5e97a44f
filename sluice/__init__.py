"""Sluice's small shared package: settings, the stream event schema, Redis names, model files, CLI."""
