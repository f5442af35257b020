"""The API documentation at ``/docs``: the OpenAPI schema drawn as a plain HTML page on the
server (no script, nothing fetched from a CDN). The schema itself is at ``/openapi.json``."""

from __future__ import annotations

from html import escape

from fastapi import FastAPI
from fastapi.responses import HTMLResponse

METHOD_ORDER = ("get", "post", "put", "patch", "delete")


def _type_of(schema: dict) -> str:
    if "enum" in schema:
        return " | ".join(str(v) for v in schema["enum"])
    if "anyOf" in schema:
        return " or ".join(_type_of(s) for s in schema["anyOf"] if s.get("type") != "null")
    kind = schema.get("type", "any")
    bounds = [f"{k} {schema[k]}" for k in ("minimum", "maximum", "maxLength") if k in schema]
    default = f", default {schema['default']}" if schema.get("default") is not None else ""
    return kind + (f" ({', '.join(bounds)})" if bounds else "") + default


def _operation(path: str, method: str, op: dict) -> str:
    rows = []
    for p in op.get("parameters", []):
        rows.append(f"<tr><td><code>{escape(p['name'])}</code></td><td>{escape(p['in'])}</td>"
                    f"<td>{'yes' if p.get('required') else ''}</td><td>{escape(_type_of(p.get('schema', {})))}</td>"
                    f"<td>{escape(p.get('description', '') or p.get('schema', {}).get('description', ''))}</td></tr>")
    table = ("<table><tr><th>parameter</th><th>in</th><th>required</th><th>type</th><th>meaning</th></tr>"
             + "".join(rows) + "</table>") if rows else ""
    body = op.get("requestBody", {}).get("content", {})
    body_note = f"<p>Body: {escape(', '.join(body))}</p>" if body else ""
    codes = ", ".join(sorted(op.get("responses", {})))
    return (f'<section class="op" id="{escape(op.get("operationId", path))}"><h3><span class="method">{method.upper()}</span>'
            f" <code>{escape(path)}</code> — {escape(op.get('summary', ''))}</h3>"
            f"<p>{escape(op.get('description', ''))}</p>{table}{body_note}<p class='codes'>Responses: {escape(codes)}</p>"
            "</section>")


def render(schema: dict) -> str:
    info = schema.get("info", {})
    by_tag: dict[str, list[str]] = {}
    for path, item in schema.get("paths", {}).items():
        for method in METHOD_ORDER:
            if method in item:
                tag = (item[method].get("tags") or ["other"])[0]
                by_tag.setdefault(tag, []).append(_operation(path, method, item[method]))
    sections = "".join(f"<h2>{escape(tag)}</h2>{''.join(ops)}" for tag, ops in by_tag.items())
    return ("<!doctype html><html lang='en'><head><meta charset='utf-8'>"
            f"<title>{escape(info.get('title', 'API'))} documentation</title>"
            "<link rel='stylesheet' href='/static/dashboard.css'></head><body class='apidocs'>"
            f"<header><h1>{escape(info.get('title', 'API'))} {escape(info.get('version', ''))}</h1>"
            "<span class='meta'><a href='/openapi.json'>OpenAPI schema (JSON)</a> · <a href='/'>dashboard</a></span>"
            f"</header><main class='docs'><p>{escape(info.get('description', ''))}</p>{sections}</main></body></html>")


def mount(app: FastAPI) -> None:
    @app.get("/docs", response_class=HTMLResponse, include_in_schema=False)
    def docs() -> HTMLResponse:
        return HTMLResponse(render(app.openapi()))
