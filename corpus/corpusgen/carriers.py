"""Carriers: the languages and config formats a secret is written into, with realistic code
around it. A carrier renders named values (`items`) into one file and returns the 1-based
line span of each item.
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from dataclasses import dataclass

from .rand import HEX, rs, uuid4

PROJECTS = (
    "billing-service",
    "web-storefront",
    "infra-live",
    "data-pipeline",
    "mobile-backend",
    "ops-scripts",
    "ml-platform",
    "notifications",
    "admin-portal",
    "search-indexer",
    "auth-gateway",
    "reporting",
)

Item = tuple[str, str]
Span = tuple[int, int]


@dataclass
class Ctx:
    r: random.Random
    project: str
    topic: str

    @property
    def pkg(self) -> str:
        return self.project.replace("-", "_")


def upper(n: str) -> str:
    return n.upper()


def camel(n: str) -> str:
    head, *rest = n.split("_")
    return head + "".join(p.capitalize() for p in rest)


def pascal(n: str) -> str:
    return "".join(p.capitalize() for p in n.split("_"))


def dq(v: str) -> str:
    return '"' + v.replace("\\", "\\\\").replace('"', '\\"') + '"'


def sq(v: str) -> str:
    return "'" + v.replace("\\", "\\\\").replace("'", "\\'") + "'"


def shq(v: str) -> str:
    return "'" + v.replace("'", "'\\''") + "'"


def xml_escape(v: str) -> str:
    return v.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


_PLAIN = set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._/+=-:")


def needs_quotes(v: str) -> bool:
    return not v or not set(v) <= _PLAIN or not v[0].isalnum()


class Doc:
    def __init__(self) -> None:
        self.lines: list[str] = []
        self.used: set[str] = set()  # filler templates already in this file

    def add(self, *texts: str) -> None:
        for t in texts:
            self.lines.extend(t.split("\n"))

    def item(self, text: str) -> Span:
        start = len(self.lines) + 1
        self.add(text)
        return start, len(self.lines)

    def text(self) -> str:
        return "\n".join(self.lines) + "\n"


def _fmt(ctx: Ctx, line: str) -> str:
    r = ctx.r
    return line.format(
        p=ctx.project,
        pkg=ctx.pkg,
        t=ctx.topic,
        n=r.randint(2, 60),
        port=r.choice((8080, 8443, 9000, 3000)),
        region=r.choice(("eu-west-1", "us-east-1", "ap-southeast-2")),
        uuid=uuid4(r),
        ver=f"{r.randint(1, 4)}.{r.randint(0, 20)}.{r.randint(0, 9)}",
        h7=rs(r, HEX, 7),
    )


def compose(
    ctx: Ctx,
    doc: Doc,
    items: list[Item],
    assign: Callable[[str, str], str],
    bank: tuple[str, ...],
    indent: str = "",
    before: int = 2,
) -> list[Span]:
    """Each item after 0..before filler lines; the companions of one credential stay close."""

    def fill(n: int) -> None:
        free = [b for b in bank if b not in doc.used]
        for line in ctx.r.sample(free, min(n, len(free))):
            doc.used.add(line)
            doc.add(indent + _fmt(ctx, line))

    spans = []
    for k, (name, value) in enumerate(items):
        fill(ctx.r.randint(0, before) if k == 0 else ctx.r.randint(0, 1))
        spans.append(doc.item(assign(name, value)))
    fill(ctx.r.randint(1, 3))
    return spans


def _indent(text: str, pad: str) -> str:
    return "\n".join(pad + ln for ln in text.split("\n"))


def pick_path(ctx: Ctx, options: tuple[str, ...]) -> str:
    return _fmt(ctx, ctx.r.choice(options))


# ------------------------------------------------------------------------------- carriers
# Each returns (path, Doc, spans).


def python(ctx: Ctx, items: list[Item]) -> tuple[str, Doc, list[Span]]:
    r, doc = ctx.r, Doc()
    doc.add(
        r.choice(
            (
                f'"""Settings for {ctx.project}."""',
                f'"""{ctx.topic} integration."""',
                "# -*- coding: utf-8 -*-",
            )
        ),
        "",
        "import logging",
        "import os",
        "from pathlib import Path",
        "",
        "log = logging.getLogger(__name__)",
        "BASE_DIR = Path(__file__).resolve().parent.parent",
        "",
    )
    style = r.choice(("const", "const", "environ", "dict"))
    bank = (
        'DEBUG = os.environ.get("DEBUG", "0") == "1"',
        "TIMEOUT_SECONDS = {n}",
        'REGION = "{region}"',
        'ALLOWED_HOSTS = ["{p}.internal", "localhost"]',
        "MAX_RETRIES = {n}",
        'LOG_LEVEL = "INFO"',
        'API_BASE = "https://api.{t}.com/v1"',
        "CACHE_TTL = {n} * 60",
        'REQUEST_ID_HEADER = "X-Request-Id"',
    )
    if style == "dict":
        doc.add("SETTINGS = {")

        def assign(n: str, v: str) -> str:
            return f"    {dq(n)}: " + (f'"""{v}"""' if "\n" in v else dq(v)) + ","

        spans = compose(
            ctx, doc, items, assign, ('"timeout": {n},', '"region": "{region}",', '"retries": {n},')
        )
        doc.add("}", "")
    else:

        def assign(n: str, v: str) -> str:
            if "\n" in v:
                return f'{upper(n)} = """{v}\n"""'
            if style == "environ":
                return f"{upper(n)} = os.environ.get({dq(upper(n))}, {dq(v)})"
            return f"{upper(n)} = {dq(v)}"

        spans = compose(ctx, doc, items, assign, bank)
    doc.add(
        "",
        "",
        "def client_headers() -> dict[str, str]:",
        f'    return {{"User-Agent": "{ctx.project}/1.0", "Accept": "application/json"}}',
    )
    return (
        pick_path(
            ctx,
            (
                "{p}/{pkg}/settings.py",
                "{p}/{pkg}/config.py",
                "{p}/{pkg}/clients/{t}.py",
                "{p}/scripts/sync_{t}.py",
                "{p}/{pkg}/integrations/{t}_client.py",
            ),
        ),
        doc,
        spans,
    )


def javascript(ctx: Ctx, items: list[Item]) -> tuple[str, Doc, list[Span]]:
    r, doc = ctx.r, Doc()
    doc.add("'use strict';", "", "const path = require('path');", "const axios = require('axios');", "")
    if r.random() < 0.5:
        doc.add("module.exports = {")

        def assign(n: str, v: str) -> str:
            return f"  {camel(n)}: " + (f"`{v}`" if "\n" in v else sq(v)) + ","

        spans = compose(
            ctx,
            doc,
            items,
            assign,
            (
                "  port: {port},",
                "  region: '{region}',",
                "  retries: {n},",
                "  baseUrl: 'https://api.{t}.com',",
            ),
        )
        doc.add("};")
    else:

        def assign(n: str, v: str) -> str:
            if "\n" in v:
                return f"const {camel(n)} = `{v}`;"
            if r.random() < 0.3:
                return f"const {camel(n)} = process.env.{upper(n)} || {sq(v)};"
            return f"const {camel(n)} = {sq(v)};"

        spans = compose(
            ctx,
            doc,
            items,
            assign,
            (
                "const PORT = process.env.PORT || {port};",
                "const TIMEOUT_MS = {n}000;",
                "const logger = require('./logger');",
                "const REGION = '{region}';",
            ),
        )
        doc.add("", "module.exports = { " + ", ".join(camel(n) for n, _ in items) + " };")
    return (
        pick_path(
            ctx,
            (
                "{p}/src/config/{t}.js",
                "{p}/config/default.js",
                "{p}/lib/{t}-client.js",
                "{p}/server/config.js",
            ),
        ),
        doc,
        spans,
    )


def typescript(ctx: Ctx, items: list[Item]) -> tuple[str, Doc, list[Span]]:
    r, doc = ctx.r, Doc()
    doc.add(
        "import { z } from 'zod';",
        "",
        "export interface ServiceConfig {",
        "  baseUrl: string;",
        "  timeoutMs: number;",
        "}",
        "",
    )

    typed = r.random() < 0.5

    def assign(n: str, v: str) -> str:
        value = f"`{v}`" if "\n" in v else dq(v)
        return (
            f"export const {upper(n)}: string = {value};" if typed else f"export const {camel(n)} = {value};"
        )

    spans = compose(
        ctx,
        doc,
        items,
        assign,
        (
            "export const TIMEOUT_MS = {n}_000;",
            "export const REGION = '{region}';",
            "export const API_VERSION = 'v{n}';",
        ),
    )
    doc.add(
        "",
        "export const config: ServiceConfig = {",
        f"  baseUrl: 'https://{ctx.topic}.api.internal',",
        f"  timeoutMs: {r.randint(1, 30)}_000,",
        "};",
    )
    return (
        pick_path(ctx, ("{p}/src/config/{t}.ts", "{p}/src/lib/{t}.ts", "{p}/apps/api/src/env.ts")),
        doc,
        spans,
    )


def golang(ctx: Ctx, items: list[Item]) -> tuple[str, Doc, list[Span]]:
    doc = Doc()
    doc.add("package config", "", "import (", '\t"os"', '\t"time"', ")", "", "const (")

    def assign(n: str, v: str) -> str:
        return f"\t{camel(n)} = " + (f"`{v}`" if "\n" in v else dq(v))

    spans = compose(
        ctx,
        doc,
        items,
        assign,
        ("\tdefaultTimeout = {n} * time.Second", '\tdefaultRegion  = "{region}"', "\tmaxRetries     = {n}"),
    )
    doc.add(
        ")",
        "",
        "// Endpoint returns the API base URL, overridable for tests.",
        "func Endpoint() string {",
        '\tif v := os.Getenv("API_ENDPOINT"); v != "" {',
        "\t\treturn v",
        "\t}",
        f'\treturn "https://api.{ctx.topic}.com"',
        "}",
    )
    return (
        pick_path(ctx, ("{p}/internal/config/{t}.go", "{p}/pkg/{t}/client.go", "{p}/cmd/server/config.go")),
        doc,
        spans,
    )


def java(ctx: Ctx, items: list[Item]) -> tuple[str, Doc, list[Span]]:
    doc = Doc()
    cls = pascal(ctx.topic.replace("-", "_")) + "Config"
    doc.add(
        f"package com.{ctx.pkg.replace('_', '')}.config;",
        "",
        "import java.time.Duration;",
        "",
        f"public final class {cls} {{",
        "",
    )

    def assign(n: str, v: str) -> str:
        if "\n" in v:
            return f'    private static final String {upper(n)} = """\n{_indent(v, "        ")}\n        """;'
        return f"    private static final String {upper(n)} = {dq(v)};"

    spans = compose(
        ctx,
        doc,
        items,
        assign,
        (
            "    private static final int MAX_RETRIES = {n};",
            '    private static final String REGION = "{region}";',
            "    private static final Duration TIMEOUT = Duration.ofSeconds({n});",
        ),
    )
    doc.add("", f"    private {cls}() {{", "    }", "}")
    return (
        pick_path(ctx, ("{p}/src/main/java/com/" + ctx.pkg.replace("_", "") + "/config/" + cls + ".java",)),
        doc,
        spans,
    )


def ruby(ctx: Ctx, items: list[Item]) -> tuple[str, Doc, list[Span]]:
    r, doc = ctx.r, Doc()
    if r.random() < 0.5:
        doc.add("# frozen_string_literal: true", "", "Rails.application.configure do")

        def assign(n: str, v: str) -> str:
            if "\n" in v:
                return f"  config.x.{n} = <<~PEM\n{_indent(v, '    ')}\n  PEM"
            return f"  config.x.{n} = {dq(v)}"

        spans = compose(
            ctx,
            doc,
            items,
            assign,
            (
                "  config.log_level = :info",
                "  config.force_ssl = true",
                "  config.cache_store = :redis_cache_store",
            ),
        )
        doc.add("end")
        path = pick_path(ctx, ("{p}/config/environments/production.rb", "{p}/config/initializers/{t}.rb"))
    else:
        doc.add("# frozen_string_literal: true", "", f"module {pascal(ctx.pkg)}", "  class Client")

        def assign(n: str, v: str) -> str:
            if "\n" in v:
                return f"    {upper(n)} = <<~PEM\n{_indent(v, '      ')}\n    PEM"
            return f"    {upper(n)} = {sq(v)}.freeze"

        spans = compose(ctx, doc, items, assign, ("    TIMEOUT = {n}", "    REGION = '{region}'"))
        doc.add("", "    def initialize(http: Net::HTTP)", "      @http = http", "    end", "  end", "end")
        path = pick_path(ctx, ("{p}/lib/{pkg}/{t}_client.rb", "{p}/app/services/{t}_service.rb"))
    return path, doc, spans


def yaml(ctx: Ctx, items: list[Item]) -> tuple[str, Doc, list[Span]]:
    r, doc = ctx.r, Doc()
    kind = r.choice(("app", "compose", "k8s"))
    if kind == "compose":
        doc.add(
            "services:",
            "  api:",
            f"    image: registry.corp.lan/{ctx.project}:{r.randint(1, 40)}.{r.randint(0, 9)}",
            "    ports:",
            '      - "8080:8080"',
            "    environment:",
        )

        def assign(n: str, v: str) -> str:
            v = v.replace("\n", "\\n")
            return f"      {upper(n)}: " + (dq(v) if needs_quotes(v) else v)

        spans = compose(
            ctx,
            doc,
            items,
            assign,
            ("      LOG_LEVEL: info", '      PORT: "{port}"', "      REGION: {region}"),
        )
        doc.add("    restart: unless-stopped")
        return pick_path(ctx, ("{p}/docker-compose.yml", "{p}/deploy/docker-compose.prod.yml")), doc, spans
    if kind == "k8s":
        doc.add(
            "apiVersion: v1",
            "kind: ConfigMap",
            "metadata:",
            f"  name: {ctx.project}-config",
            "  namespace: production",
            "data:",
        )

        def assign(n: str, v: str) -> str:
            if "\n" in v:
                return f"  {upper(n)}: |\n{_indent(v, '    ')}"
            return f"  {upper(n)}: {dq(v)}"

        spans = compose(
            ctx, doc, items, assign, ('  LOG_LEVEL: "info"', '  REGION: "{region}"', '  WORKERS: "{n}"')
        )
        return pick_path(ctx, ("{p}/k8s/configmap.yaml", "{p}/deploy/k8s/{t}-config.yaml")), doc, spans
    doc.add(
        f"{ctx.pkg}:",
        "  server:",
        f"    port: {r.choice((8080, 9000))}",
        f"  {ctx.topic.replace('-', '_')}:",
    )

    def assign(n: str, v: str) -> str:
        if "\n" in v:
            return f"    {n}: |\n{_indent(v, '      ')}"
        return f"    {n}: " + (dq(v) if needs_quotes(v) else v)

    spans = compose(
        ctx, doc, items, assign, ("    timeout: {n}s", "    region: {region}", "    enabled: true")
    )
    doc.add("  logging:", "    level: INFO")
    return (
        pick_path(ctx, ("{p}/config/application.yml", "{p}/config/{t}.yaml", "{p}/settings/production.yaml")),
        doc,
        spans,
    )


def json_(ctx: Ctx, items: list[Item]) -> tuple[str, Doc, list[Span]]:
    r, doc = ctx.r, Doc()
    doc.add(
        "{",
        '  "name": ' + dq(ctx.project) + ",",
        f'  "version": "{r.randint(1, 5)}.{r.randint(0, 30)}.0",',
        '  "' + camel(ctx.topic.replace("-", "_")) + '": {',
        f'    "timeoutMs": {r.randint(1, 60)}000,',
    )

    def assign(n: str, v: str) -> str:
        return f"    {dq(camel(n))}: {json.dumps(v)},"

    spans = compose(
        ctx, doc, items, assign, ('    "region": "{region}",', '    "retries": {n},', '    "enabled": true,')
    )
    doc.add('    "userAgent": "' + ctx.project + '"', "  },", '  "logging": { "level": "info" }', "}")
    return (
        pick_path(
            ctx,
            (
                "{p}/config/production.json",
                "{p}/appsettings.Production.json",
                "{p}/config/{t}.json",
                "{p}/.vscode/settings.json",
            ),
        ),
        doc,
        spans,
    )


def toml(ctx: Ctx, items: list[Item]) -> tuple[str, Doc, list[Span]]:
    doc = Doc()
    doc.add(
        f'title = "{ctx.project}"',
        "",
        "[server]",
        f"port = {ctx.r.choice((8080, 9000))}",
        'host = "0.0.0.0"',
        "",
        f"[{ctx.topic.replace('-', '_')}]",
    )

    def assign(n: str, v: str) -> str:
        return f'{n} = """\n{v}\n"""' if "\n" in v else f"{n} = {dq(v)}"

    spans = compose(ctx, doc, items, assign, ("timeout = {n}", 'region = "{region}"', "retries = {n}"))
    return (
        pick_path(ctx, ("{p}/config.toml", "{p}/config/production.toml", "{p}/.cargo/config.toml")),
        doc,
        spans,
    )


def ini(ctx: Ctx, items: list[Item]) -> tuple[str, Doc, list[Span]]:
    doc = Doc()
    doc.add("[DEFAULT]", "log_level = INFO", "", f"[{ctx.topic}]")

    def assign(n: str, v: str) -> str:
        return f"{n} =\n{_indent(v, '    ')}" if "\n" in v else f"{n} = {v}"

    spans = compose(ctx, doc, items, assign, ("timeout = {n}", "region = {region}", "verify_ssl = true"))
    doc.add("", "[logging]", "handlers = console")
    return (
        pick_path(ctx, ("{p}/setup.cfg", "{p}/config/app.ini", "{p}/{t}.cfg", "{p}/conf/settings.ini")),
        doc,
        spans,
    )


def env(ctx: Ctx, items: list[Item]) -> tuple[str, Doc, list[Span]]:
    r, doc = ctx.r, Doc()
    doc.add(r.choice(("# production settings", f"# {ctx.project}", "NODE_ENV=production")))

    def assign(n: str, v: str) -> str:
        if "\n" in v or needs_quotes(v) or r.random() < 0.3:
            return f"{upper(n)}={dq(v)}"
        return f"{upper(n)}={v}"

    spans = compose(
        ctx,
        doc,
        items,
        assign,
        (
            "PORT={port}",
            "LOG_LEVEL=info",
            "AWS_REGION={region}",
            "WORKERS={n}",
            "APP_URL=https://{p}.corp.lan",
        ),
    )
    return (
        pick_path(ctx, ("{p}/.env", "{p}/.env.production", "{p}/deploy/.env.prod", "{p}/.env.local")),
        doc,
        spans,
    )


def shell(ctx: Ctx, items: list[Item]) -> tuple[str, Doc, list[Span]]:
    r, doc = ctx.r, Doc()
    doc.add("#!/usr/bin/env bash", "set -euo pipefail", "")

    def assign(n: str, v: str) -> str:
        if "\n" in v:
            return f'mkdir -p "$HOME/.ssh"\ncat > "$HOME/.{n}" <<\'EOF\'\n{v}\nEOF'
        return f"export {upper(n)}={shq(v) if needs_quotes(v) or r.random() < 0.5 else dq(v)}"

    spans = compose(ctx, doc, items, assign, ('REGION="{region}"', "RETRIES={n}", 'cd "$(dirname "$0")/.."'))
    doc.add(
        "",
        f'curl -fsS "https://api.{ctx.topic}.com/v1/status" -o /dev/null',
        'echo "deployed $(git rev-parse --short HEAD)"',
    )
    return pick_path(ctx, ("{p}/scripts/deploy.sh", "{p}/bin/bootstrap.sh", "{p}/ci/publish.sh")), doc, spans


def dockerfile(ctx: Ctx, items: list[Item]) -> tuple[str, Doc, list[Span]]:
    r, doc = ctx.r, Doc()
    doc.add(
        f"FROM python:3.{r.randint(9, 12)}-slim",
        "",
        "WORKDIR /app",
        "COPY requirements.txt .",
        "RUN pip install --no-cache-dir -r requirements.txt",
    )

    def assign(n: str, v: str) -> str:
        return f"{r.choice(('ENV', 'ENV', 'ARG'))} {upper(n)}={dq(v) if needs_quotes(v) else v}"

    spans = compose(
        ctx, doc, items, assign, ("ENV PYTHONUNBUFFERED=1", "EXPOSE {port}", "ENV REGION={region}")
    )
    doc.add("COPY . .", 'CMD ["gunicorn", "-b", "0.0.0.0:8080", "app:create_app()"]')
    return (
        pick_path(ctx, ("{p}/Dockerfile", "{p}/docker/Dockerfile.prod", "{p}/services/api/Dockerfile")),
        doc,
        spans,
    )


def terraform(ctx: Ctx, items: list[Item]) -> tuple[str, Doc, list[Span]]:
    r, doc = ctx.r, Doc()
    doc.add("terraform {", '  required_version = ">= 1.5"', "}", "")
    if r.random() < 0.5:
        doc.add(f'provider "{ctx.topic.replace("-", "_")}" {{')

        def assign(n: str, v: str) -> str:
            return f"  {n} = <<-EOT\n{_indent(v, '    ')}\n  EOT" if "\n" in v else f"  {n} = {dq(v)}"

        spans = compose(ctx, doc, items, assign, ('  region  = "{region}"', "  timeout = {n}"))
        doc.add("}")
    else:
        spans = []
        for n, v in items:
            doc.add(f'variable "{n}" {{', "  type      = string", "  sensitive = true")
            spans.append(
                doc.item(
                    f"  default   = <<-EOT\n{_indent(v, '    ')}\n  EOT"
                    if "\n" in v
                    else f"  default   = {dq(v)}"
                )
            )
            doc.add("}", "")
    doc.add(
        "",
        'resource "null_resource" "bootstrap" {',
        "  triggers = {",
        f'    project = "{ctx.project}"',
        "  }",
        "}",
    )
    return (
        pick_path(ctx, ("{p}/terraform/main.tf", "{p}/infra/providers.tf", "{p}/terraform/variables.tf")),
        doc,
        spans,
    )


def xml(ctx: Ctx, items: list[Item]) -> tuple[str, Doc, list[Span]]:
    r, doc = ctx.r, Doc()
    style = r.choice(("appsettings", "beans", "elements"))
    if style == "beans":  # Spring XML bean definitions
        doc.add(
            '<?xml version="1.0" encoding="UTF-8"?>',
            '<beans xmlns="http://www.springframework.org/schema/beans">',
            f'  <bean id="{camel(ctx.topic.replace("-", "_"))}Client" class="com.corp.{ctx.pkg}.Client">',
        )

        def assign(n: str, v: str) -> str:
            if "\n" in v:
                return (
                    f'    <property name="{camel(n)}">\n      <value>{xml_escape(v)}</value>\n    </property>'
                )
            return f'    <property name="{camel(n)}" value="{xml_escape(v)}"/>'

        bank: tuple[str, ...] = (
            '    <property name="region" value="{region}"/>',
            '    <property name="timeoutSeconds" value="{n}"/>',
        )
        spans = compose(ctx, doc, items, assign, bank)
        doc.add("  </bean>", "</beans>")
        return (
            pick_path(ctx, ("{p}/src/main/resources/{t}-context.xml", "{p}/WEB-INF/applicationContext.xml")),
            doc,
            spans,
        )
    if style == "elements":  # plain settings elements
        doc.add(
            '<?xml version="1.0" encoding="UTF-8"?>',
            "<settings>",
            f"  <{camel(ctx.topic.replace('-', '_'))}>",
        )

        def assign(n: str, v: str) -> str:
            return f"    <{camel(n)}>{xml_escape(v)}</{camel(n)}>"

        bank = (
            "    <region>{region}</region>",
            "    <timeoutSeconds>{n}</timeoutSeconds>",
            "    <enabled>true</enabled>",
        )
        spans = compose(ctx, doc, items, assign, bank)
        doc.add(f"  </{camel(ctx.topic.replace('-', '_'))}>", "</settings>")
        return pick_path(ctx, ("{p}/config/settings.xml", "{p}/conf/{t}.xml")), doc, spans
    doc.add('<?xml version="1.0" encoding="utf-8"?>', "<configuration>", "  <appSettings>")

    def assign(n: str, v: str) -> str:
        if "\n" in v:
            return f'    <add key="{pascal(n)}">\n{xml_escape(v)}\n    </add>'
        return f'    <add key="{pascal(n)}" value="{xml_escape(v)}" />'

    bank = ('    <add key="Region" value="{region}" />', '    <add key="TimeoutSeconds" value="{n}" />')
    spans = compose(ctx, doc, items, assign, bank)
    doc.add("  </appSettings>", "</configuration>")
    return pick_path(ctx, ("{p}/Web.config", "{p}/App.config")), doc, spans


def properties(ctx: Ctx, items: list[Item]) -> tuple[str, Doc, list[Span]]:
    doc = Doc()
    doc.add(f"spring.application.name={ctx.project}", "server.port=8080")

    def assign(n: str, v: str) -> str:
        return f"{ctx.topic.replace('-', '.')}.{n.replace('_', '-')}={v}"

    spans = compose(
        ctx,
        doc,
        items,
        assign,
        (
            "management.endpoints.web.exposure.include=health",
            "logging.level.root=INFO",
            "spring.jpa.open-in-view=false",
        ),
    )
    return (
        pick_path(
            ctx,
            (
                "{p}/src/main/resources/application.properties",
                "{p}/src/main/resources/application-prod.properties",
            ),
        ),
        doc,
        spans,
    )


def php(ctx: Ctx, items: list[Item]) -> tuple[str, Doc, list[Span]]:
    doc = Doc()
    doc.add("<?php", "", "return [", f"    'name' => '{ctx.project}',")

    def assign(n: str, v: str) -> str:
        if "\n" in v:
            return f"    '{n}' => <<<'PEM'\n{v}\nPEM,"
        return f"    '{n}' => {sq(v)},"

    spans = compose(
        ctx,
        doc,
        items,
        assign,
        ("    'timeout' => {n},", "    'region' => '{region}',", "    'debug' => false,"),
    )
    doc.add("];")
    return pick_path(ctx, ("{p}/config/services.php", "{p}/config/{t}.php")), doc, spans


def csharp(ctx: Ctx, items: list[Item]) -> tuple[str, Doc, list[Span]]:
    doc = Doc()
    doc.add(
        "using System;",
        "",
        f"namespace {pascal(ctx.pkg)}.Configuration",
        "{",
        f"    public static class {pascal(ctx.topic.replace('-', '_'))}Settings",
        "    {",
    )

    def assign(n: str, v: str) -> str:
        if "\n" in v:
            return f'        public const string {pascal(n)} = @"{v}";'
        return f"        public const string {pascal(n)} = {dq(v)};"

    spans = compose(
        ctx,
        doc,
        items,
        assign,
        (
            "        public const int TimeoutSeconds = {n};",
            '        public const string Region = "{region}";',
        ),
    )
    doc.add("    }", "}")
    return (
        pick_path(ctx, ("{p}/src/Configuration/Settings.cs", "{p}/src/Infrastructure/{t}Options.cs")),
        doc,
        spans,
    )


def markdown(ctx: Ctx, items: list[Item]) -> tuple[str, Doc, list[Span]]:
    doc = Doc()
    doc.add(
        f"# {ctx.project} runbook",
        "",
        "## Local setup",
        "",
        "1. Install the dependencies with `make setup`.",
        "2. Export the credentials below (ask #platform if they rotate):",
        "",
        "```bash",
    )

    def assign(n: str, v: str) -> str:
        if "\n" in v:
            return f"cat > ~/.{n} <<'EOF'\n{v}\nEOF"
        return f"export {upper(n)}={shq(v) if needs_quotes(v) else v}"

    spans = compose(ctx, doc, items, assign, ("export REGION={region}",), before=0)
    doc.add("```", "", "3. Run `make dev` and open http://localhost:8080.")
    return pick_path(ctx, ("{p}/docs/runbook.md", "{p}/README.md", "{p}/docs/onboarding.md")), doc, spans


def python_call(ctx: Ctx, items: list[Item]) -> tuple[str, Doc, list[Span]]:
    """The value passed straight to a client or an HTTP call: no telling variable name."""
    r, doc = ctx.r, Doc()
    cls = pascal(ctx.topic.replace("-", "_")) + "Client"
    doc.add("import requests", "", f"from .clients import {cls}", "", "", "def make_client():")
    spans: list[Span] = []
    if len(items) == 1 and r.random() < 0.5:
        spans.append(
            doc.item(
                f'    session = requests.Session()\n    session.headers["Authorization"] = "Bearer {items[0][1]}"'
            )
        )
        spans = [(spans[0][1], spans[0][1])]
        doc.add("    return session")
    else:
        doc.add(f"    return {cls}(")
        for _, v in items:
            spans.append(doc.item(f"        {dq(v)},"))
        doc.add(f"        timeout={r.randint(5, 60)},", "    )")
    doc.add(
        "",
        "",
        "def fetch(path: str) -> dict:",
        "    resp = make_client().get(path)",
        "    resp.raise_for_status()",
        "    return resp.json()",
    )
    return (
        pick_path(ctx, ("{p}/{pkg}/clients/{t}_factory.py", "{p}/{pkg}/http.py", "{p}/scripts/check_{t}.py")),
        doc,
        spans,
    )


def shell_cli(ctx: Ctx, items: list[Item]) -> tuple[str, Doc, list[Span]]:
    """The value given to a command-line tool: a header, a -u user:password or a flag."""
    r, doc = ctx.r, Doc()
    doc.add("#!/bin/sh", "set -eu", "")
    spans: list[Span] = []
    if len(items) == 1:
        v = items[0][1]
        form = r.choice(("bearer", "basic", "login"))
        if form == "bearer":
            spans.append(doc.item(f"curl -fsS -H 'Authorization: Bearer {v}' \\"))
            doc.add(f"  https://api.{ctx.topic}.com/v1/me")
        elif form == "basic":
            spans.append(
                doc.item(f"curl -fsS -u 'deploy:{v}' https://repo.{ctx.project}.lan/upload -T dist.tgz")
            )
        else:
            spans.append(
                doc.item(f"echo '{v}' | docker login registry.{ctx.project}.lan -u ci --password-stdin")
            )
    else:
        doc.add(f"./bin/{ctx.project} sync \\")
        for n, v in items:
            spans.append(doc.item(f"  --{n.replace('_', '-')} {shq(v)} \\"))
        doc.add("  --region eu-west-1")
    doc.add('echo "done"')
    return (
        pick_path(ctx, ("{p}/scripts/smoke_test.sh", "{p}/ci/upload.sh", "{p}/tools/sync-{t}.sh")),
        doc,
        spans,
    )


def pem_file(ctx: Ctx, items: list[Item]) -> tuple[str, Doc, list[Span]]:
    doc = Doc()
    spans = [doc.item(items[-1][1])]
    return (
        pick_path(
            ctx,
            (
                "{p}/deploy/keys/id_rsa",
                "{p}/certs/server.key",
                "{p}/.ssh/id_ed25519",
                "{p}/secrets/signing.pem",
                "{p}/config/{t}-private.pem",
            ),
        ),
        doc,
        spans,
    )


Renderer = Callable[[Ctx, list[Item]], tuple[str, Doc, list[Span]]]

CARRIERS: dict[str, Renderer] = {
    "python": python,
    "javascript": javascript,
    "typescript": typescript,
    "go": golang,
    "java": java,
    "ruby": ruby,
    "yaml": yaml,
    "json": json_,
    "toml": toml,
    "ini": ini,
    "env": env,
    "shell": shell,
    "dockerfile": dockerfile,
    "terraform": terraform,
    "xml": xml,
    "properties": properties,
    "php": php,
    "csharp": csharp,
    "markdown": markdown,
    "python-call": python_call,
    "shell-cli": shell_cli,
    "pem-file": pem_file,
}
SINGLE_LINE = tuple(k for k in CARRIERS if k != "pem-file")
MULTI_LINE = (
    "python",
    "javascript",
    "go",
    "java",
    "ruby",
    "yaml",
    "json",
    "toml",
    "env",
    "shell",
    "terraform",
    "xml",
    "php",
    "csharp",
    "markdown",
    "pem-file",
    "pem-file",
)


# ------------------------------------------------------------------------------- held-out carriers
# Languages and formats the committed corpus does not use. `generate.py --extra-carriers` adds them
# to a held-out corpus, to see whether rules generalise beyond the committed carriers.


def _simple(
    header: tuple[str, ...],
    assign: Callable[[str, str], str],
    bank: tuple[str, ...],
    footer: tuple[str, ...],
    paths: tuple[str, ...],
) -> Renderer:
    def render(ctx: Ctx, items: list[Item]) -> tuple[str, Doc, list[Span]]:
        doc = Doc()
        doc.add(*(_subst(ctx, h) for h in header))
        spans = compose(ctx, doc, items, assign, bank)
        doc.add(*(_subst(ctx, f) for f in footer))
        return pick_path(ctx, paths), doc, spans

    return render


EXTRA_CARRIERS: dict[str, Renderer] = {
    "kotlin": _simple(
        ("package com.corp.config", "", "object Secrets {"),
        lambda n, v: f"    const val {upper(n)} = {dq(v)}",
        ("    const val TIMEOUT_MS = {n}_000L", '    const val REGION = "{region}"'),
        ("}",),
        ("{p}/app/src/main/kotlin/com/corp/config/Secrets.kt",),
    ),
    "swift": _simple(
        ("import Foundation", "", "enum Config {"),
        lambda n, v: f"    static let {camel(n)}: String = {dq(v)}",
        ("    static let timeout: TimeInterval = {n}", '    static let region = "{region}"'),
        ("}",),
        ("{p}/ios/App/Config.swift",),
    ),
    "rust": _simple(
        ("use std::time::Duration;", ""),
        lambda n, v: f"pub const {upper(n)}: &str = {dq(v)};",
        ("pub const TIMEOUT: Duration = Duration::from_secs({n});", 'pub const REGION: &str = "{region}";'),
        ("",),
        ("{p}/src/config.rs",),
    ),
    "powershell": _simple(
        ("#Requires -Version 7", "$ErrorActionPreference = 'Stop'", ""),
        lambda n, v: f"$env:{upper(n)} = {sq(v)}",
        ("$Region = '{region}'", "$Retries = {n}"),
        ("", "./deploy.ps1 -Region $Region"),
        ("{p}/scripts/deploy.ps1",),
    ),
    "makefile": _simple(
        ("SHELL := /bin/bash", ""),
        lambda n, v: f"export {upper(n)} ?= {v}",
        ("REGION ?= {region}", "IMAGE := registry.corp.lan/{p}"),
        ("", "deploy:", "\t./scripts/deploy.sh $(REGION)"),
        ("{p}/Makefile",),
    ),
    "systemd": _simple(
        ("[Unit]", "Description={p} worker", "", "[Service]", "ExecStart=/usr/local/bin/{p}"),
        lambda n, v: f'Environment="{upper(n)}={v}"',
        ("Restart=on-failure", "User={pkg}"),
        ("", "[Install]", "WantedBy=multi-user.target"),
        ("{p}/deploy/{p}.service",),
    ),
    "jenkinsfile": _simple(
        ("pipeline {", "  agent any", "  environment {"),
        lambda n, v: f"    {upper(n)} = {sq(v)}",
        ("    REGION = '{region}'",),
        ("  }", "  stages {", "    stage('Deploy') { steps { sh './deploy.sh' } }", "  }", "}"),
        ("{p}/Jenkinsfile",),
    ),
    "elixir": _simple(
        ("import Config", ""),
        lambda n, v: f"config :app, {n}: {dq(v)}",
        ("config :logger, level: :info", "config :{pkg}, pool_size: {n}"),
        ("",),
        ("{p}/config/prod.exs",),
    ),
    "perl": _simple(
        ("use strict;", "use warnings;", ""),
        lambda n, v: f"my ${n} = {sq(v)};",
        ("my $region = '{region}';", "my $timeout = {n};"),
        ("", "1;"),
        ("{p}/lib/Config.pm",),
    ),
    "nginx": _simple(
        ("server {", "    listen 8080;"),
        lambda n, v: f'    proxy_set_header X-{pascal(n)} "{v}";',
        ("    client_max_body_size {n}m;", "    proxy_read_timeout {n}s;"),
        ("    location / { proxy_pass http://upstream; }", "}"),
        ("{p}/nginx/conf.d/{t}.conf",),
    ),
}


def _subst(ctx: Ctx, text: str) -> str:
    """Like _fmt for the few names headers use, leaving literal braces alone."""
    return text.replace("{p}", ctx.project).replace("{pkg}", ctx.pkg).replace("{t}", ctx.topic)
