"""Inference: the engine interface, its backends, the generation loop and the token publisher."""
