"""The sample report and workbook in docs/, from the demo audit: .venv/bin/python scripts/samples.py.

Branded with an example organisation and logo (as set in Edit › Preferences); pages 1, 6 and 7 of the PDF are
rendered to PNG with pdftoppm, when it is installed, for a quick look without a PDF viewer.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

work = Path(tempfile.mkdtemp(prefix="auditor-samples-"))
os.environ["AUDITOR_APP_DATA_DIR"] = str(work / "data")
os.environ["AUDITOR_APP_CONFIG_DIR"] = str(work / "config")

from PIL import Image, ImageDraw  # noqa: E402

from auditor_app.services import demo, preferences, reports  # noqa: E402

DOCS = Path(__file__).resolve().parent.parent / "docs"


def logo(path: Path) -> Path:
    """An example certification body's logo: a shield in two colours."""
    image = Image.new("RGB", (480, 160), "white")
    draw = ImageDraw.Draw(image)
    draw.polygon([(20, 20), (140, 20), (140, 90), (80, 140), (20, 90)], fill=(21, 101, 192))
    draw.polygon([(50, 45), (110, 45), (110, 85), (80, 110), (50, 85)], fill=(255, 255, 255))
    draw.rectangle([170, 50, 460, 70], fill=(21, 101, 192))
    draw.rectangle([170, 90, 400, 105], fill=(120, 144, 156))
    image.save(path)
    return path


def main() -> int:
    preferences.save(preferences.Preferences(author_name="Dr. Katrin Vogel",
                                             brand_organisation="Zertifizierung Süd GmbH",
                                             brand_logo=str(logo(work / "logo.png"))))
    path = work / "sample.audit"
    session = demo.build_demo(path)
    try:
        pdf, _gaps = reports.export_pdf(session, work / "sample-report.pdf", profile="internal")
        xlsx = reports.export_xlsx(session, work / "sample-workbook.xlsx", profile="internal")
    finally:
        session.close()
    shutil.copyfile(pdf, DOCS / "sample-report.pdf")
    shutil.copyfile(xlsx, DOCS / "sample-workbook.xlsx")
    if shutil.which("pdftoppm"):
        for page in (1, 6, 7):
            subprocess.run(["pdftoppm", "-png", "-r", "60", "-f", str(page), "-l", str(page), "-singlefile",
                            str(DOCS / "sample-report.pdf"), str(DOCS / f"sample-report-p{page}")], check=True)
    print(DOCS / "sample-report.pdf", DOCS / "sample-workbook.xlsx", sep="\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
