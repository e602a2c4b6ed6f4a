"""Search across the audit (FTS5 trigram index beside the file) and the audit trail in words."""

from __future__ import annotations

import io

import pytest

from auditor_app.domain.checklist import clause_id
from auditor_app.services import audit, evidence, findings, history, notes, search_text
from auditor_app.services.search import SearchIndex
from auditor_app.services.search_text import MARK_END, MARK_START, segments
from auditor_app.services.session import AuditSession

C_TRACE = clause_id("iso9001-2015", "7.1.5.2")
C_NONCONF = clause_id("iso9001-2015", "8.7")
C_CONTEXT = clause_id("iso9001-2015", "4.1")


def jpeg(taken: str) -> bytes:
    from PIL import Image

    exif = Image.Exif()
    exif[0x0132] = taken  # DateTime, as a camera writes it
    out = io.BytesIO()
    Image.new("RGB", (64, 48), (200, 40, 40)).save(out, "JPEG", exif=exif)
    return out.getvalue()


@pytest.fixture
def filled(make_audit):  # type: ignore[no-untyped-def]
    session: AuditSession = make_audit()
    ids: dict[str, str] = {}
    with session.transaction() as tx:
        ids["person"] = notes.add_person(tx, "Jürgen Weiß", role="Werkleiter", department="Qualität")
        ids["german"] = notes.add_note(tx, C_TRACE, "interview", "Die Prüfmittelüberwachung ist lückenlos; "
                                       "Messschieber an der Straße 3 überprüft.", person_id=ids["person"])
        ids["chinese"] = notes.add_note(tx, C_NONCONF, "observation", "质量管理体系文件已更新，化学品储存区标识清楚。",
                                        place="仓库")
        ids["arabic"] = notes.add_note(tx, C_NONCONF, "observation", "تم فحص سجلات المعايرة في المختبر")
        ids["photo"] = evidence.attach_evidence(tx, jpeg("2026:11:10 08:15:00"), "IMG_4711.jpg", clause_id=C_TRACE,
                                                caption="Kalibrierschild Drehmomentschlüssel")
        ids["finding"] = findings.create_finding(
            tx, grade="minor", clause_ids=[C_NONCONF, C_TRACE], requirement="Nonconforming outputs are controlled.",
            evidence_text="Red cage in the Sperrlager was unlocked.", statement="Blocked parts are not secured.")
    return session, ids


def found(index: SearchIndex, text: str) -> list[str]:
    return [hit.entity_id for hit in index.search(text)]


def matches(marked: str) -> list[str]:
    return [text for text, is_match in segments(marked) if is_match]


def test_german_umlauts_and_sharp_s_match_whatever_the_case(filled) -> None:  # type: ignore[no-untyped-def]
    session, ids = filled
    index = SearchIndex.build(session)
    for text in ("prüfmittel", "PRÜFMITTEL", "Prüfmittelüberwachung", "ÜBERPRÜFT", "straße", "STRAßE"):
        assert ids["german"] in found(index, text), text
    # The person's own entry and the interview noted with them.
    assert set(found(index, "weiß")) == {ids["person"], ids["german"]}
    hit = next(h for h in index.search("LÜCKENLOS") if h.entity_id == ids["german"])
    assert matches(hit.snippet) == ["lückenlos"]  # the text as written is highlighted, not the query


def test_chinese_words_of_two_and_four_characters(filled) -> None:  # type: ignore[no-untyped-def]
    session, ids = filled
    index = SearchIndex.build(session)
    assert found(index, "质量") == [ids["chinese"]]  # shorter than a trigram: found by the scan
    assert found(index, "管理体系") == [ids["chinese"]]
    assert found(index, "仓") == [ids["chinese"]]  # one character, in the place
    hit = index.search("质量")[0]
    assert matches(hit.snippet) == ["质量"]
    assert matches(index.search("化学品储存区")[0].snippet) == ["化学品储存区"]
    assert found(index, "质检") == []


def test_arabic_text_is_found_and_highlighted(filled) -> None:  # type: ignore[no-untyped-def]
    session, ids = filled
    index = SearchIndex.build(session)
    hits = index.search("المعايرة")
    assert [h.entity_id for h in hits] == [ids["arabic"]]
    assert matches(hits[0].snippet) == ["المعايرة"]


def test_evidence_by_caption_file_name_date_taken_and_author(filled) -> None:  # type: ignore[no-untyped-def]
    session, ids = filled
    index = SearchIndex.build(session)
    for text in ("drehmoment", "IMG_4711", "2026-11-10", "Anna Auditor"):
        assert ids["photo"] in found(index, text), text
    hit = next(h for h in index.search("img_4711") if h.entity_id == ids["photo"])
    assert hit.kind == "evidence" and hit.clause_id == C_TRACE
    assert hit.at == "2026-11-10 08:15" and hit.author == "Anna Auditor"


def test_operators_and_quotes_in_queries_never_raise(filled) -> None:  # type: ignore[no-untyped-def]
    session, ids = filled
    index = SearchIndex.build(session)
    hostile = ['"', '""', '"""', "*", "-", "-prüf", "prüf*", "NEAR(prüf", "AND", "OR NOT", "title:prüf", "^prüf",
               "(", ")", "'", "\\", "%", "_", "{a b}", "prüf OR", "\x00", MARK_START, MARK_END + "x", "a" * 500]
    for text in hostile:
        index.search(text)  # returns a list, whatever it holds
    assert found(index, "%") == [] and found(index, "_") == [ids["photo"]]  # IMG_4711: no LIKE wildcards
    assert found(index, "prüf*") == []  # * is a character to find, not a prefix operator
    # Words match in any order; quotes keep a phrase together; an unclosed quote means "to the end".
    assert found(index, "lückenlos Prüfmittel") == [ids["german"]]
    assert found(index, '"ist lückenlos"') == [ids["german"]]
    assert found(index, '"lückenlos ist"') == []
    assert found(index, '"ist lückenlos') == [ids["german"]]
    assert found(index, "lückenlos 质量") == []  # every word must be in the same item


def test_edits_deletes_and_renames_reach_the_index(filled) -> None:  # type: ignore[no-untyped-def]
    session, ids = filled
    index = SearchIndex.build(session)
    size = len(index)
    change = session.run(notes.edit_note, ids["german"], text="Kalibrierfristen im ERP überwacht.")
    assert index.update(session, change) == 1
    assert found(index, "Prüfmittel") == [] and found(index, "kalibrierfristen") == [ids["german"]]
    # Renaming a person re-indexes the notes that name them.
    change = session.run(notes.edit_person, ids["person"], name="Jürgen Hoffmann")
    index.update(session, change)
    assert set(found(index, "hoffmann")) == {ids["person"], ids["german"]}
    assert found(index, "weiß") == []
    change = session.run(notes.delete_note, ids["chinese"])
    index.update(session, change)
    assert found(index, "质量") == [] and len(index) == size - 1
    change = session.run(lambda tx: tx.restore("note", ids["chinese"]))  # undo of the delete
    index.update(session, change)
    assert found(index, "质量") == [ids["chinese"]]
    # A finding moves with its references: to the clause it still refers to.
    change = session.run(findings.unlink, "finding_clause", ids["finding"], C_TRACE)
    index.update(session, change)
    assert index.search("Sperrlager")[0].clause_id == C_NONCONF
    change = session.run(findings.delete_finding, ids["finding"])
    index.update(session, change)
    assert found(index, "Sperrlager") == []


def test_results_grouped_by_clause_in_checklist_order_unlinked_last(filled) -> None:  # type: ignore[no-untyped-def]
    session, ids = filled
    with session.transaction() as tx:
        notes.add_note(tx, C_CONTEXT, "general", "Interested parties reviewed with Jürgen.")
    index = SearchIndex.build(session)
    groups = index.grouped(index.search("jürgen"))
    assert [g.heading.number if g.heading else None for g in groups] == ["4.1", "7.1.5.2", None]
    assert groups[1].heading is not None and groups[1].heading.title == "Measurement traceability"
    assert groups[1].heading.standard == "ISO 9001"
    assert [h.entity_id for h in groups[2].hits] == [ids["person"]]
    # A finding sits under the clause it named first; 8.7 and 7.1.5.2, named together, in clause-tree order.
    finding = index.search("Sperrlager")[0]
    assert finding.kind == "finding" and finding.clause_id == C_TRACE
    assert matches(finding.snippet) == ["Sperrlager"]


def test_clause_titles_are_found_and_results_are_limited(make_audit) -> None:  # type: ignore[no-untyped-def]
    session = make_audit()
    with session.transaction() as tx:
        for number in range(30):
            notes.add_note(tx, C_CONTEXT, "general", f"Kalibrierung Nummer {number}")
    index = SearchIndex.build(session)
    hit = index.search("measurement traceability")[0]
    assert (hit.kind, hit.clause_id) == ("clause", C_TRACE)
    assert len(index.search("kalibrierung", limit=10)) == 10
    assert len(index.search("ka", limit=10)) == 10


def test_the_index_lives_beside_the_audit_file_never_in_it(filled, tmp_path) -> None:  # type: ignore[no-untyped-def]
    session, _ids = filled
    index = SearchIndex.build(session)
    assert index.search("质量")
    with session.reading() as conn:
        names = [r[0] for r in conn.exec_driver_sql("SELECT name FROM sqlite_master").fetchall()]
    assert not [n for n in names if "fts" in n or n == "doc"]
    path = session.path
    session.close()
    with audit.open_audit(path, author="someone else") as reopened:  # the schema check on open still passes
        assert SearchIndex.build(reopened).search("质量")


def test_helpers_escape_nothing_and_keep_positions() -> None:
    assert search_text.fold("İSTANBUL Straße") == "İstanbul straße"  # one character in, one out
    assert search_text.terms_of('  "a  b"  c c "d') == ["a b", "c", "d"]
    marked = search_text.mark("Groß und GROSS", ["groß"])
    assert matches(marked) == ["Groß"]
    assert search_text.window("x" * 400 + MARK_START + "hit" + MARK_END + "y" * 400).startswith("…")


def test_clause_trail_says_who_changed_what_newest_first(filled) -> None:  # type: ignore[no-untyped-def]
    session, ids = filled
    session.run(audit.set_clause_result, None, C_TRACE, "nonconformity")
    session.run(notes.edit_note, ids["german"], text="Neu geschrieben.")
    with session.acting_as("Li Wei (李伟)"):
        session.run(notes.delete_note, ids["german"])
    entries = history.clause_trail(session, C_TRACE)
    newest = entries[0]
    assert (newest.author, newest.action, newest.what) == ("Li Wei (李伟)", history.DELETED, "Note “Neu geschrieben.”")
    assert (entries[1].action, entries[1].changes) == (history.CHANGED, (("Text", "Neu geschrieben."),))
    result = entries[2]
    assert result.what == "Clause 7.1.5.2" and result.author == "Anna Auditor"
    assert ("Result", "Nonconformity") in result.changes
    created = next(e for e in entries if e.entity_id == ids["photo"])
    assert created.action == history.CREATED
    assert ("Caption", "Kalibrierschild Drehmomentschlüssel") in created.changes
    assert not [label for label, _ in created.changes if label in ("File", "Mime", "Size")]
    assert any(e.entity_id == ids["finding"] for e in entries)  # findings on the clause belong to its story
    assert [e.seq for e in entries] == sorted((e.seq for e in entries), reverse=True)
    assert all(e.entity_id != ids["chinese"] for e in entries)  # another clause's note
