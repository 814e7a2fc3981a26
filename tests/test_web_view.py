"""The web view over real HTTP (uvicorn on a loopback port, httpx2): sign-in with a token, the team
and role walls, CSRF on every POST, sign-out, escaping, withheld text, and the pages' contents."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator

import httpx2
import pytest

from backends import both
from hive_http import Running, serve
from skillhive.hive import Hive
from skillhive.models import Caller
from skillhive.requests import ListSkillsRequest, SkillOutcomeRequest
from skillhive.skills.reviews import pending_reviews
from web_hive import INJECTION, OTHER, PASS_ID, TEAM, WebHive, csrf_of, populate, sign_in

pytestmark = [pytest.mark.anyio, both]


@pytest.fixture
def data(hive: Hive) -> WebHive:
    return populate(hive)


@pytest.fixture
def running(hive: Hive, data: WebHive) -> AsyncIterator[Running]:
    with serve(hive) as running:
        yield running


def browser(running: Running) -> httpx2.AsyncClient:
    return httpx2.AsyncClient(base_url=running.base, timeout=60)


async def test_the_root_redirects_to_the_view_and_the_view_asks_to_sign_in(running: Running) -> None:
    async with browser(running) as http:
        root = await http.get("/")
        assert root.status_code == 303 and root.headers["location"] == "/ui/"
        page = await http.get("/ui/team-a/runs")
        assert page.status_code == 303 and page.headers["location"] == "/ui/signin"
        form = await http.get("/ui/signin")
        assert form.status_code == 200 and 'name="token"' in form.text


async def test_a_signed_in_member_browses_their_teams_runs_with_provenance(running: Running, data: WebHive) -> None:
    async with browser(running) as http:
        signed = await sign_in(http, data.member)
        assert signed.status_code == 303 and signed.headers["location"] == f"/ui/{TEAM}/"
        cookie = signed.headers["set-cookie"]
        assert "HttpOnly" in cookie and "SameSite=strict" in cookie.replace("Strict", "strict") and "Path=/ui" in cookie
        assert data.member not in cookie and data.member.split("_")[-1] not in cookie

        runs = await http.get(f"/ui/{TEAM}/runs")
        assert runs.status_code == 200
        assert "Refund a duplicate card payment" in runs.text and "Secret plans" not in runs.text
        assert "<script>alert(1)</script>" not in runs.text and "&lt;script&gt;alert(1)&lt;/script&gt;" in runs.text
        assert INJECTION not in runs.text and "withheld" in runs.text

        one = await http.get(f"/ui/{TEAM}/runs/{data.runs['imported']}")
        assert one.status_code == 200
        assert "Import batch" in one.text and "/tmp/fixtures" in one.text and "native" in one.text
        assert "alice" in one.text and "<b>done</b>" not in one.text and "&lt;b&gt;done&lt;/b&gt;" in one.text


async def test_runs_filter_by_outcome_user_tag_procedure_text_and_date(running: Running, data: WebHive) -> None:
    async with browser(running) as http:
        await sign_in(http, data.member)

        async def tasks(**params: str) -> str:
            page = await http.get(f"/ui/{TEAM}/runs", params=params)
            assert page.status_code == 200, page.text
            return page.text

        assert "Fix the flaky" in await tasks(outcome="failure")
        assert "Refund" not in await tasks(outcome="failure")
        assert "Refund" in await tasks(user="alice") and "Fix the flaky" not in await tasks(user="alice")
        assert "Rotate the staging" in await tasks(tag="ops") and "Refund" not in await tasks(tag="ops")
        assert "Refund" in await tasks(procedure="issue_refund") and "Rotate" not in await tasks(
            procedure="issue_refund"
        )
        assert "Rotate" in await tasks(q="STAGING database") and "Refund" not in await tasks(q="staging")
        assert "0 runs" in await tasks(until="2000-01-01") and "Refund" in await tasks(since="2000-01-01")
        bad = await http.get(f"/ui/{TEAM}/runs", params={"outcome": "maybe"})
        assert bad.status_code == 400 and "outcome" in bad.text


async def test_a_member_cannot_reach_another_teams_pages(running: Running, data: WebHive) -> None:
    async with browser(running) as http:
        await sign_in(http, data.member)
        for path in ("/", "/runs", f"/runs/{data.runs['other']}", "/skills", "/lessons"):
            page = await http.get(f"/ui/{OTHER}{path}")
            assert page.status_code == 403, path
            assert "Secret plans" not in page.text
        # Another team's run under one's own team is not there at all.
        assert (await http.get(f"/ui/{TEAM}/runs/{data.runs['other']}")).status_code == 404


async def test_a_member_gets_no_maintainer_page_and_no_maintainer_action(
    running: Running, data: WebHive, hive: Hive
) -> None:
    async with browser(running) as http:
        await sign_in(http, data.member)
        home = await http.get(f"/ui/{TEAM}/")
        assert home.status_code == 200 and "Reviews" not in home.text
        for path in ("/passes", f"/passes/{PASS_ID}", "/reviews", "/skills/writing-skills/abcdef12"):
            assert (await http.get(f"/ui/{TEAM}{path}")).status_code == 403, path
        csrf = csrf_of((await http.get(f"/ui/{TEAM}/runs")).text)
        for action in ("approve", "reject"):
            answer = await http.post(f"/ui/{TEAM}/reviews/{action}", data={"csrf": csrf, "branch": data.review})
            assert answer.status_code == 403
    assert [r.branch for r in pending_reviews(hive.directories.root(TEAM))] == [data.review]


async def test_a_maintainer_of_another_team_cannot_act_on_this_teams_reviews(
    running: Running, data: WebHive, hive: Hive
) -> None:
    async with browser(running) as http:
        await sign_in(http, data.outsider)
        csrf = csrf_of((await http.get(f"/ui/{OTHER}/reviews")).text)
        answer = await http.post(f"/ui/{TEAM}/reviews/approve", data={"csrf": csrf, "branch": data.review})
        assert answer.status_code == 403
    assert [r.branch for r in pending_reviews(hive.directories.root(TEAM))] == [data.review]


async def test_a_post_without_the_sessions_csrf_token_is_refused(running: Running, data: WebHive, hive: Hive) -> None:
    async with browser(running) as http:
        await sign_in(http, data.maintainer)
        for form in ({"branch": data.review}, {"branch": data.review, "csrf": "forged"}):
            answer = await http.post(f"/ui/{TEAM}/reviews/approve", data=form)
            assert answer.status_code == 403 and "CSRF" in answer.text
        signout = await http.post("/ui/signout", data={})
        assert signout.status_code == 403
        assert (await http.get(f"/ui/{TEAM}/runs")).status_code == 200  # still signed in
    assert [r.branch for r in pending_reviews(hive.directories.root(TEAM))] == [data.review]
    async with browser(running) as http:  # signing in needs the form's token too (no login CSRF)
        answer = await http.post("/ui/signin", data={"token": data.member})
        assert answer.status_code == 403 and "set-cookie" not in answer.headers


async def test_a_maintainer_approves_a_review_in_the_page(running: Running, data: WebHive, hive: Hive) -> None:
    async with browser(running) as http:
        await sign_in(http, data.maintainer)
        reviews = await http.get(f"/ui/{TEAM}/reviews")
        assert (
            reviews.status_code == 200 and data.review in reviews.text and "Reviewed steps from the web" in reviews.text
        )
        answer = await http.post(
            f"/ui/{TEAM}/reviews/approve", data={"csrf": csrf_of(reviews.text), "branch": data.review}
        )
        assert answer.status_code == 200 and f"approved {data.review}" in answer.text
    assert pending_reviews(hive.directories.root(TEAM)) == []
    assert "Reviewed steps from the web" in (hive.directories.root(TEAM) / "writing-skills" / "SKILL.md").read_text()


async def test_a_wrong_token_is_refused_and_never_echoed(running: Running, data: WebHive) -> None:
    wrong = data.member[:-4] + "zzzz"
    async with browser(running) as http:
        answer = await sign_in(http, wrong)
        assert answer.status_code == 401 and "not an active hive token" in answer.text
        assert wrong not in answer.text and data.member not in answer.text
        assert (await http.get(f"/ui/{TEAM}/runs")).status_code == 303


async def test_signing_out_ends_the_session_even_for_a_copy_of_its_cookie(running: Running, data: WebHive) -> None:
    async with browser(running) as http:
        await sign_in(http, data.member)
        copied = http.cookies["skillhive_ui"]
        page = await http.get(f"/ui/{TEAM}/runs")
        out = await http.post("/ui/signout", data={"csrf": csrf_of(page.text)})
        assert out.status_code == 303 and out.headers["location"] == "/ui/signin"
        assert "skillhive_ui" not in http.cookies
        assert (await http.get(f"/ui/{TEAM}/runs")).status_code == 303
    async with browser(running) as http:
        http.cookies.set("skillhive_ui", copied, domain="127.0.0.1", path="/ui")
        assert (await http.get(f"/ui/{TEAM}/runs")).status_code == 303
        await sign_in(http, data.member)  # signing in again opens a new session at once
        assert (await http.get(f"/ui/{TEAM}/runs")).status_code == 200


async def test_a_revoked_token_ends_its_sessions_at_once(running: Running, data: WebHive, hive: Hive) -> None:
    from skillhive.store.tokens import TokenStore, id_of

    async with browser(running) as http:
        await sign_in(http, data.member)
        assert (await http.get(f"/ui/{TEAM}/runs")).status_code == 200
        token_id = id_of(data.member)
        assert token_id is not None
        TokenStore(hive.backends.ledger).revoke(token_id)
        assert (await http.get(f"/ui/{TEAM}/runs")).status_code == 303


async def test_a_forged_or_altered_cookie_is_no_session(running: Running, data: WebHive) -> None:
    async with browser(running) as http:
        await sign_in(http, data.member)
        cookie = http.cookies["skillhive_ui"]
        body, sig = cookie.split(".")
        http.cookies.clear()
        http.cookies.set("skillhive_ui", body + "." + sig[::-1], domain="127.0.0.1", path="/ui")
        assert (await http.get(f"/ui/{TEAM}/runs")).status_code == 303


async def test_an_unknown_host_header_is_refused(running: Running, data: WebHive) -> None:
    async with browser(running) as http:
        answer = await http.get("/ui/signin", headers={"Host": "evil.example"})
        assert answer.status_code == 421


async def test_a_maintainer_sees_a_pass_with_its_gate_the_runs_it_cites_and_its_diff(
    running: Running, data: WebHive
) -> None:
    async with browser(running) as http:
        await sign_in(http, data.maintainer)
        passes = await http.get(f"/ui/{TEAM}/passes")
        assert passes.status_code == 200 and PASS_ID in passes.text and "git-rebase: evidence" in passes.text
        one = await http.get(f"/ui/{TEAM}/passes/{PASS_ID}")
        assert one.status_code == 200
        assert "one user only" in one.text and "<strong>evidence</strong>" in one.text
        assert data.runs["refund"] in one.text and "+1. Reviewed steps from the web." in one.text


async def test_skills_show_versions_diffs_and_outcomes(running: Running, data: WebHive, hive: Hive) -> None:
    alice = Caller(user="alice", team=TEAM)
    [summary] = [s for s in hive.list_skills(alice, ListSkillsRequest()) if s.name == "writing-skills"]
    assert summary.version is not None
    request = {
        "name": "writing-skills",
        "version": summary.version,
        "success": False,
        "trajectory_id": data.runs["refund"],
    }
    hive.report_skill_outcome(alice, SkillOutcomeRequest.model_validate(request))
    async with browser(running) as http:
        await sign_in(http, data.member)
        skill = await http.get(f"/ui/{TEAM}/skills/writing-skills")
        assert skill.status_code == 200 and "Outcomes by version" in skill.text and "Versions" not in skill.text
        assert (
            f'<code>{summary.version[:12]}</code></td><td class="success">0</td><td class="failure">1</td>'
            in skill.text
        )
    async with browser(running) as http:
        await sign_in(http, data.maintainer)
        skill = await http.get(f"/ui/{TEAM}/skills/writing-skills")
        assert skill.status_code == 200 and "<h2>Versions</h2>" in skill.text
        sha = re.search(r"/skills/writing-skills/([0-9a-f]{40})", skill.text)
        assert sha is not None
        diff = await http.get(f"/ui/{TEAM}/skills/writing-skills/{sha.group(1)}")
        assert diff.status_code == 200 and "writing-skills/SKILL.md" in diff.text
        for bad in ("--output=x", "HEAD", "0000000000"):
            assert (await http.get(f"/ui/{TEAM}/skills/writing-skills/{bad}")).status_code == 400, bad


async def test_a_member_sees_lessons_as_retrieval_serves_them_and_a_maintainer_sees_their_serves(
    running: Running, data: WebHive
) -> None:
    async with browser(running) as http:
        await sign_in(http, data.member)
        lessons = await http.get(f"/ui/{TEAM}/lessons")
        assert lessons.status_code == 200 and "Check for a duplicate charge" in lessons.text
        assert "Alice&#39;s own habit" not in lessons.text  # backed by alice alone: not served to bob
        assert (await http.get(f"/ui/{TEAM}/lessons/le_web_2")).status_code == 404
        one = await http.get(f"/ui/{TEAM}/lessons/le_web_1")
        assert one.status_code == 200 and "alice, bob" in one.text and "Served" not in one.text
    async with browser(running) as http:
        await sign_in(http, data.maintainer)
        one = await http.get(f"/ui/{TEAM}/lessons/le_web_1")
        assert "<h2>Served</h2>" in one.text
        assert "Alice&#39;s own habit" in (await http.get(f"/ui/{TEAM}/lessons")).text


async def test_a_hive_serving_http_without_tokens_shows_the_view_as_the_local_user(hive: Hive) -> None:
    with serve(hive) as running:
        async with browser(running) as http:
            home = await http.get("/ui/", follow_redirects=True)
            assert home.status_code == 200 and "alice · team team-a · admin" in home.text
            assert (await http.get(f"/ui/{OTHER}/runs")).status_code == 403
