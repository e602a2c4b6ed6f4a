"""The certification cycle in the window: a new audit from the previous one, previous findings, Stage 1."""
