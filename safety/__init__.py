"""Safety: classifiers behind one interface, the prompt check and the policy."""
