"""The web view: server-rendered pages of a team's hive under /ui (no JavaScript needed).

session.py  signed session cookies and CSRF tokens (the key lives in the ledger)
views.py    what each page shows, through the hive's use cases and store/browse.py
app.py      the routes, sign-in, the team and role checks, and the app of `skillhive ui`
templates/  Jinja2 templates, autoescaped
"""

from skillhive.web.app import LOOPBACK_HOSTS, local_app, web_routes

__all__ = ["LOOPBACK_HOSTS", "local_app", "web_routes"]
