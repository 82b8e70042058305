"""The local explorer: FastAPI pages over a read-only store, each with a JSON twin under /api/.

Article text is untrusted: every template escapes it. The store is opened
read-only for each request, so the app writes nothing anywhere. Off loopback a
token is required (see ``storyline serve``).
"""

from __future__ import annotations

import hmac
import io
import json
from collections.abc import Callable
from pathlib import Path
from urllib.parse import urlencode
from typing import Annotated, Any, Literal, TypeVar

from fastapi import FastAPI, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, JSONResponse, Response
from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup, escape
from pydantic import BaseModel

from .. import __version__
from ..errors import NotFoundError, StorylineError
from ..export import build_export, write_export
from ..brief.charts import relation_chart, timeline_chart
from ..store import Store
from . import pages
from .highlight import highlight

T = TypeVar("T")
Limit = Annotated[int, Query(ge=1, le=500, description="Items per page (at most 500).")]
Offset = Annotated[int, Query(ge=0, le=1_000_000_000, description="Items to skip.")]
Date = Annotated[str | None, Query(pattern=r"^\d{4}(-\d{2}(-\d{2})?)?$", description="YYYY, YYYY-MM or YYYY-MM-DD")]
Kind = Literal["document", "quote", "claim"]
Status = Literal["corroborated", "single-source", "contested", "superseded"]
Section = Literal["documents", "entities", "events", "quotes", "figures", "claims"]
class Problem(BaseModel):
    detail: str


NOT_FOUND: dict[int | str, dict[str, Any]] = {404: {"model": Problem, "description": "Nothing in the store has that id or name."}}
HEADERS = {"Content-Security-Policy": "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:",
           "X-Content-Type-Options": "nosniff", "Referrer-Policy": "no-referrer"}  # fmt: skip


def create_app(db: Path, token: str | None = None) -> FastAPI:
    """The explorer over the store at ``db``; with ``token``, every request must carry it."""
    app = FastAPI(title="Storyline explorer", version=__version__,
                  description="Every page of the explorer as JSON: documents, actors, relations, claims, the "
                              "timeline and full-text search over a Storyline store.",
                  responses={401: {"model": Problem, "description": "A token is required and was not given."},
                             503: {"model": Problem, "description": "The store cannot be read."}})  # fmt: skip
    env = Environment(loader=PackageLoader("storyline.web"), autoescape=select_autoescape(default=True))
    env.filters["marks"] = lambda s: Markup(str(escape(s)).replace("\x02", "<mark>").replace("\x03", "</mark>"))
    env.filters["page_query"] = _page_query

    def read(fn: Callable[[Store], T]) -> T:
        try:
            with Store(db, readonly=True) as store:
                return fn(store)
        except NotFoundError as err:
            raise HTTPException(404, str(err)) from err
        except StorylineError as err:
            raise HTTPException(503, str(err)) from err

    def html(template: str, data: dict[str, Any], api: str) -> HTMLResponse:
        body = env.get_template(template).render(data=data, api=api, version=__version__)
        return HTMLResponse(body, headers=HEADERS)

    @app.middleware("http")
    async def guard(request: Request, call_next: Callable[[Request], Any]) -> Response:
        if token is not None:
            given = (request.headers.get("authorization", "").removeprefix("Bearer ").strip()
                     or request.query_params.get("token") or request.cookies.get("storyline_token") or "")  # fmt: skip
            if not hmac.compare_digest(given.encode(), token.encode()):
                return JSONResponse({"detail": "a token is required: send 'Authorization: Bearer TOKEN' or ?token="},
                                    status_code=401)  # fmt: skip
        response = await call_next(request)
        if token is not None and request.query_params.get("token"):
            response.set_cookie("storyline_token", token, httponly=True, samesite="strict")
        return response

    @app.get("/api/search", tags=["search"], summary="Full-text search over documents, quotes and claims")
    def api_search(q: Annotated[str, Query(max_length=200)] = "", kind: Kind | None = None, limit: Limit = 20,
                   offset: Offset = 0) -> dict[str, Any]:  # fmt: skip
        return read(lambda s: pages.search(s, q, kind, limit, offset))

    @app.get("/api/documents", tags=["documents"])
    def api_documents(limit: Limit = 50, offset: Offset = 0) -> dict[str, Any]:
        return read(lambda s: pages.documents(s, limit, offset))

    @app.get("/api/documents/{doc_id}", tags=["documents"], responses=NOT_FOUND, summary="One document with what was found in it")
    def api_document(doc_id: str) -> dict[str, Any]:
        return read(lambda s: pages.document(s, doc_id))

    @app.get("/api/actors", tags=["actors"])
    def api_actors(limit: Limit = 50, offset: Offset = 0) -> dict[str, Any]:
        return read(lambda s: pages.actors(s, limit, offset))

    @app.get("/api/actors/{actor_id}", tags=["actors"], responses=NOT_FOUND)
    def api_actor(actor_id: str) -> dict[str, Any]:
        return read(lambda s: pages.actor(s, actor_id))

    @app.get("/api/relations/{first}/{second}", tags=["actors"], responses=NOT_FOUND, summary="Two actors' events by month")
    def api_relation(first: str, second: str) -> dict[str, Any]:
        return read(lambda s: pages.relation_between(s, first, second))

    @app.get("/api/claims", tags=["claims"])
    def api_claims(status: Status | None = None, limit: Limit = 50, offset: Offset = 0) -> dict[str, Any]:
        return read(lambda s: pages.claims(s, status, limit, offset))

    @app.get("/api/claims/{claim_id}", tags=["claims"], responses=NOT_FOUND, summary="A claim and every source on it, side by side")
    def api_claim(claim_id: str) -> dict[str, Any]:
        return read(lambda s: pages.claim(s, claim_id))

    @app.get("/api/timeline", tags=["events"], responses=NOT_FOUND)
    def api_timeline(actor: str | None = None, since: Date = None, until: Date = None, limit: Limit = 100,
                     offset: Offset = 0) -> dict[str, Any]:  # fmt: skip
        return read(lambda s: pages.timeline(s, actor, since, until, limit, offset))

    @app.get("/api/download/{section}", tags=["downloads"], summary="A whole section as CSV or JSON, never cut",
             response_class=Response, responses={200: {"description": "Every item of the section.", "content": {
                 "application/json": {"schema": {"type": "array", "items": {"type": "object"}}},
                 "text/csv": {"schema": {"type": "string"}}}}})  # fmt: skip
    def api_download(section: Section, format: Literal["csv", "json"] = "json") -> Response:  # noqa: A002
        def dump(store: Store) -> str:
            if format == "json":
                return json.dumps(build_export(store)[section], ensure_ascii=False)
            buffer = io.StringIO()
            write_export(store, "csv", buffer, section)
            return buffer.getvalue()

        media = "application/json" if format == "json" else "text/csv; charset=utf-8"
        disposition = f'attachment; filename="storyline-{section}.{format}"'
        return Response(read(dump), media_type=media, headers={"Content-Disposition": disposition})

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def home() -> HTMLResponse:
        data = read(lambda s: {"documents": s.count(), "claims": pages.claims(s, None, 1, 0)["total"],
                               "events": pages.timeline(s, None, None, None, 1, 0)["total"]})  # fmt: skip
        return html("home.html", data, "/api/documents")

    @app.get("/search", response_class=HTMLResponse, include_in_schema=False)
    def search_page(q: Annotated[str, Query(max_length=200)] = "", kind: Kind | None = None, limit: Limit = 20,
                    offset: Offset = 0) -> HTMLResponse:  # fmt: skip
        return html("search.html", api_search(q, kind, limit, offset), "/api/search?" + urlencode({"q": q}))

    @app.get("/documents", response_class=HTMLResponse, include_in_schema=False)
    def documents_page(limit: Limit = 50, offset: Offset = 0) -> HTMLResponse:
        return html("documents.html", api_documents(limit, offset), "/api/documents")

    @app.get("/documents/{doc_id}", response_class=HTMLResponse, include_in_schema=False)
    def document_page(doc_id: str, hl: Annotated[str | None, Query(pattern=r"^\d+-\d+$")] = None) -> HTMLResponse:
        data = api_document(doc_id)
        target = tuple(int(n) for n in hl.split("-")) if hl else None
        return html("document.html", data | {"runs": highlight(data, target)}, f"/api/documents/{doc_id}")  # type: ignore[arg-type]

    @app.get("/actors", response_class=HTMLResponse, include_in_schema=False)
    def actors_page(limit: Limit = 50, offset: Offset = 0) -> HTMLResponse:
        return html("actors.html", api_actors(limit, offset), "/api/actors")

    @app.get("/actors/{actor_id}", response_class=HTMLResponse, include_in_schema=False)
    def actor_page(actor_id: str) -> HTMLResponse:
        return html("actor.html", api_actor(actor_id), f"/api/actors/{actor_id}")

    @app.get("/relations/{first}/{second}", response_class=HTMLResponse, include_in_schema=False)
    def relation_page(first: str, second: str) -> HTMLResponse:
        data = api_relation(first, second)
        months = [(p["period"], p["net_cooperation"], len(p["events"])) for p in data["periods"] if p["period"] != "undated"]
        return html("relation.html", data | {"chart": Markup(relation_chart(months))}, f"/api/relations/{first}/{second}")

    @app.get("/claims", response_class=HTMLResponse, include_in_schema=False)
    def claims_page(status: Status | None = None, limit: Limit = 50, offset: Offset = 0) -> HTMLResponse:
        return html("claims.html", api_claims(status, limit, offset), "/api/claims")

    @app.get("/claims/{claim_id}", response_class=HTMLResponse, include_in_schema=False)
    def claim_page(claim_id: str) -> HTMLResponse:
        return html("claim.html", api_claim(claim_id) | {"id": claim_id}, f"/api/claims/{claim_id}")

    @app.get("/timeline", response_class=HTMLResponse, include_in_schema=False)
    def timeline_page(actor: str | None = None, limit: Limit = 100, offset: Offset = 0) -> HTMLResponse:
        chart = Markup(read(lambda s: timeline_chart(pages.timeline_events(s, actor, None, None))))
        return html("timeline.html", api_timeline(actor, None, None, limit, offset) | {"chart": chart}, "/api/timeline")

    return app


def _page_query(data: dict[str, Any], offset: int) -> str:
    """The query string of another page of the same list."""
    keep = {k: data.get(k) for k in ("query", "kind", "status")}
    params = {"q" if k == "query" else k: v for k, v in keep.items() if v} | {"offset": offset, "limit": data["limit"]}
    return urlencode(params)
