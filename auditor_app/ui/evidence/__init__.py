"""Evidence in the workspace: the clause tab, the gallery page, adding files, the viewer."""
