"""The auditee's sign-off on the screen: validation, the signature stored by its hash, merge, compaction, check."""

from __future__ import annotations

import hashlib
import io
import sqlite3
from pathlib import Path

import pytest
from PIL import Image, ImageDraw

from auditor_app.errors import InputError
from auditor_app.services import audit, interchange, merge, planning, signoffs
from auditor_app.services.compact import compact
from tests import warm_cli

STATEMENT = "I attended the closing meeting of the audit of ACME GmbH on 2026-11-12.\nFindings: NC-01 (major)"


def signature(strokes: bool = True, dot: bool = False) -> bytes:
    """A pad's PNG: dark strokes on a transparent background (or nothing, or one dot)."""
    picture = Image.new("RGBA", (600, 200), (0, 0, 0, 0))
    pen = ImageDraw.Draw(picture)
    if strokes:
        pen.line([(40, 150), (120, 40), (200, 160), (320, 50), (480, 140)], fill=(20, 20, 60, 255), width=4)
    if dot:
        pen.ellipse((300, 100, 306, 106), fill=(0, 0, 0, 255))
    out = io.BytesIO()
    picture.save(out, "PNG")
    return out.getvalue()


def sign(session, png: bytes | None = None, name: str = "Maria Müller") -> str:  # type: ignore[no-untyped-def]
    def work(tx):  # type: ignore[no-untyped-def]
        meeting = planning.meeting_for(tx, "closing")
        return signoffs.sign(tx, "closing_attendance", meeting, name, "Quality manager", "ACME GmbH", STATEMENT,
                             ["NC-01"], signature() if png is None else png)

    result: list[str] = []
    session.run(lambda tx: result.append(work(tx)))
    return result[0]


def blob_hashes(session) -> set[str]:  # type: ignore[no-untyped-def]
    with session.reading() as conn:
        return {r[0] for r in conn.exec_driver_sql("SELECT sha256 FROM blob")}


def test_a_signature_is_stored_once_by_its_hash_with_the_statement_word_for_word(make_audit) -> None:
    session = make_audit()
    png = signature()
    signoff_id = sign(session, png)
    [stored] = signoffs.signoffs(session)
    assert stored.id == signoff_id
    assert stored.image_sha256 == hashlib.sha256(png).hexdigest()
    assert (stored.signer_name, stored.signer_role, stored.organisation) == ("Maria Müller", "Quality manager",
                                                                           "ACME GmbH")
    assert stored.statement == STATEMENT and stored.finding_refs == ("NC-01",)
    assert stored.recorded_by == "Anna Auditor" and stored.signed_at
    assert signoffs.image(session, stored.image_sha256) == png
    assert stored.image_sha256 in blob_hashes(session)


@pytest.mark.parametrize(("png", "message"), [
    (signature(strokes=False), "blank or too small"),
    (signature(strokes=False, dot=True), "blank or too small"),
    (b"\x89PNG\r\n\x1a\nbroken", "signature image is damaged"),
    (b"GIF89a", "not a PNG"),
])
def test_a_blank_dotted_or_broken_signature_is_refused_and_nothing_is_written(make_audit, png: bytes,
                                                                              message: str) -> None:
    session = make_audit()
    before = blob_hashes(session)
    with pytest.raises(InputError, match=message):
        sign(session, png)
    assert signoffs.signoffs(session) == [] and blob_hashes(session) == before


def test_a_signoff_needs_a_name_a_statement_and_its_meeting(make_audit) -> None:
    session = make_audit()
    with pytest.raises(InputError, match="needs the signer's name"):
        sign(session, name="   ")
    with pytest.raises(InputError, match="meeting .* does not exist"):
        session.run(signoffs.sign, "closing_attendance", "0" * 36, "Maria", None, None, STATEMENT, [], signature())
    with pytest.raises(InputError, match="statement"):
        session.run(lambda tx: signoffs.sign(tx, "closing_attendance", planning.meeting_for(tx, "closing"),
                                             "Maria", None, None, "  ", [], signature()))
    assert signoffs.signoffs(session) == []


def test_withdraw_and_restore(make_audit) -> None:
    session = make_audit()
    signoff_id = sign(session)
    session.run(signoffs.withdraw, signoff_id)
    assert signoffs.signoffs(session) == []
    session.run(signoffs.restore, signoff_id)
    assert [s.id for s in signoffs.signoffs(session)] == [signoff_id]


def test_a_merge_carries_the_signoff_and_its_image(make_audit, tmp_path: Path) -> None:
    lead = make_audit(name="lead.audit", author="Lena Lead")
    copy = merge.hand_over_copy(lead, tmp_path / "bob.audit", "Bob")
    bob = audit.open_audit(copy, author="Bob")
    png = signature()
    sign(bob, png)
    bob.close()
    merge.merge_into(lead, [copy])
    [stored] = signoffs.signoffs(lead)
    assert stored.signer_name == "Maria Müller" and signoffs.image(lead, stored.image_sha256) == png


def test_compaction_keeps_signatures_even_withdrawn_ones(make_audit) -> None:
    session = make_audit()
    kept, withdrawn = signature(), signature(dot=True)
    sign(session, kept)
    session.run(signoffs.withdraw, sign(session, withdrawn, name="Jan Nowak"))  # undo may bring it back
    compact(session, 1200, 80)
    hashes = {hashlib.sha256(kept).hexdigest(), hashlib.sha256(withdrawn).hexdigest()}
    assert hashes <= blob_hashes(session)


def test_a_metadata_free_export_carries_the_signature_as_signed(make_audit) -> None:
    session = make_audit()
    png = signature()
    sign(session, png)
    document = interchange.to_document(session, strip_metadata=True)
    assert hashlib.sha256(png).hexdigest() in {f["sha256"] for f in document["evidence_files"]}
    assert [s["signer_name"] for s in document["state"]["signoffs"]] == ["Maria Müller"]  # the readable snapshot


@pytest.mark.parametrize(("damage", "message"), [
    ("UPDATE blob SET data = X'89504E47' WHERE mime = 'image/png'", "does not match its SHA-256 (altered)"),
    ("DELETE FROM blob WHERE mime = 'image/png'", "is missing"),
])
def test_check_names_a_signoff_whose_image_is_altered_or_missing(make_audit, damage: str, message: str) -> None:
    session = make_audit()
    signoff_id = sign(session)
    path = session.path
    session.close()
    conn = sqlite3.connect(path)
    conn.execute(damage)
    conn.commit()
    conn.close()
    result = warm_cli.run(["check", path])
    assert "Traceback" not in result.stderr and "internal error" not in result.stderr
    assert result.returncode == 1
    assert f"sign-off {signoff_id[:8]}… by Maria Müller: its signature image" in result.stdout
    assert message in result.stdout
