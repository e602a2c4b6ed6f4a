"""The "Audit" workspace page: details, team, plan, meetings and conclusions."""
