"""The command line and the auditee's sign-offs: `info` counts them, `history` lists their operations, `check`
passes a file that holds them."""

from __future__ import annotations

import io
import json
from pathlib import Path

from PIL import Image, ImageDraw
from test_cli import cli

from auditor_app.services import planning, signoffs


def signature() -> bytes:
    picture = Image.new("RGBA", (300, 100), (0, 0, 0, 0))
    ImageDraw.Draw(picture).line([(10, 80), (80, 10), (150, 90), (290, 20)], fill=(0, 0, 60, 255), width=4)
    out = io.BytesIO()
    picture.save(out, "PNG")
    return out.getvalue()


def signed_audit(make_audit) -> Path:  # type: ignore[no-untyped-def]
    session = make_audit()
    session.run(lambda tx: signoffs.sign(tx, "closing_attendance", planning.meeting_for(tx, "closing"),
                                         "Maria Müller", "Quality manager", "ACME GmbH",
                                         "I attended the closing meeting.", [], signature()))
    path = session.path
    session.close()
    return path


def test_info_counts_the_signoffs_and_history_lists_them(make_audit) -> None:
    path = signed_audit(make_audit)
    shown = cli("info", path)
    assert shown.returncode == 0 and "internal error" not in shown.stderr
    assert "  sign-offs:   1 (1 attendance at the closing meeting)" in shown.stdout
    assert json.loads(cli("info", path, "--json").stdout)["signoffs"] == 1
    history = cli("history", path)
    assert history.returncode == 0
    lines = [line for line in history.stdout.splitlines() if " signoff " in line]
    assert any("set signer_name = 'Maria Müller'" in line for line in lines)
    assert any("set image_sha256 = " in line for line in lines) and any("created" in line for line in lines)
    assert cli("check", path).returncode == 0
