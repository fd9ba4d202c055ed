"""URL table."""

from __future__ import annotations

from aiohttp import web

from bot.web import views


def setup_routes(app: web.Application) -> None:
    """Register every route of the web front."""
    app.router.add_get("/", views.index)
    app.router.add_get("/verwijskaart", views.verwijskaart)
    app.router.add_get("/statistieken", views.statistieken)
    app.router.add_get("/widget.js", views.widget_js)
    app.router.add_post("/api/chat", views.api_chat)
    app.router.add_post("/api/triage", views.api_triage)
    app.router.add_get("/api/helplines", views.api_helplines)
    app.router.add_get("/api/stats", views.api_stats)
    app.router.add_get("/api/stats.csv", views.api_stats_csv)
    app.router.add_get("/healthz", views.healthz)
    app.router.add_static("/static/", views.STATIC_DIR, show_index=False, follow_symlinks=False)
