"""What a local hive does for a caller, one module per area; each takes the backends and skill
directories it works on (wiring.py, skills/directories.py) and the request models of requests.py."""
