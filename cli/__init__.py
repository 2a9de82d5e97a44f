"""The top layer: the ``sluice`` command line and the assembly of each kind of process."""
