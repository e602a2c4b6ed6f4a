"""Findings in the workspace: the composer, the findings page and the clause page's findings tab."""
