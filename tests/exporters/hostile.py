"""A corpus of hostile strings for the exporters' tests: markup, entities, formulas, controls, RTL, huge text."""

from __future__ import annotations

import random


def corpus() -> list[str]:
    """At least 200 hostile strings: markup, entities, links, images, controls, RTL overrides, huge and odd text."""
    rng = random.Random(7)
    words = ["audit", "evidence", "calibration", "record", "nonconformity", "supplier", "process", "Prüfung", "记录",
             "процесс"]
    base = [
        "<b>", "</b>", "</para>", "<para>", "<font color=red size=40>big</font>", '<font name="Courier">x',
        '<font color="expression(1)">', '<a href="file:///etc/passwd">x</a>', '<a href="https://evil.example">x</a>',
        '<link href="javascript:alert(1)">x</link>', '<img src="/etc/hosts"/>', '<img src="file:///etc/passwd">',
        "&amp;", "&", "&lt;b&gt;", "&#60;b&#62;", "&#x3C;", "&nbsp;", "&unknown;", "<br/>", "<br>", "<b>unclosed",
        "<i><b>crossed</i></b>", "]]>", "<![CDATA[x]]>", "<!-- comment -->", "<?xml version='1.0'?>",
        "<!DOCTYPE x [<!ENTITY e SYSTEM 'file:///etc/passwd'>]>&e;", "<onDraw name='x' label='y'/>",
        "<seq id='s'/>", "<seqreset/>", "<span style='color:red'>x</span>", "<strike>x</strike>", "<greek>a</greek>",
        "<unichar name='DAGGER'/>", "<super>2</super>", "<index item='x'/>", "<u>", "</u></u>", "<<<>>>",
        "\u202eevil\u202c.txt", "invoice\u202egpj.exe", "\u2066isolate\u2069", "=1+1", "+1+1", "-1+1", "@SUM(A1)",
        '=HYPERLINK("http://x","y")', "'quoted'", '"double"', "\\", "back\\slash\\n", "%PDF-1.4", "(unbalanced",
        ") paren", "/Type /Annot /Subtype /Link", "stream\nendstream", "a\x00b", "bell\x07", "\x1b[31mansi",
        "tab\tseparated", "line1\nline2\r\nline3\rline4", "e\u0301 combining", "Zalgo z̷̢̛a̸͎͝l̴g̶o̵",
        "emoji 😀 ✅ 👍🏽", "flag 🇩🇪", "ZWJ 👩‍🔬", "CJK 主管介绍了不合格品的隔离流程", "日本語のテキスト カタカナ",
        "한국어 텍스트", "Ελληνικά κείμενο", "Кириллица текст", "Ünïcödé ßtraße", "\ufeffBOM start",
        "soft\u00adhyphen", "non\u00a0breaking", "line\u2028separator", "  leading and trailing  ",
        "<" * 300, "&" * 300, ">" * 300, "x" * 3000, "A" * 10_000,
        " ".join(rng.choice(words) for _ in range(1500)),  # about 10 KB
        " ".join(rng.choice(words) for _ in range(1500)) + "\n\n" + "<b>" * 50,
    ]
    tags = ["<b>", "</i>", "<font size=99>", "&", "&amp;", "<a href='#x'>", "<img src=x>", "]]>", "\u202e", "\x00"]
    generated = [f"case {i}: {rng.choice(words)} {tags[i % len(tags)]} {rng.choice(words)} {tags[(i * 7) % 10]} end"
                 for i in range(120)]
    return base + generated
