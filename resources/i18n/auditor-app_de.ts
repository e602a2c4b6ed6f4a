<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AnnotatePhoto</name>
    <message>
        <location filename="../../auditor_app/ui/annotate/command.py" line="+20"/>
        <source>Annotate %1</source>
        <translation>%1 markieren</translation>
    </message>
</context>
<context>
    <name>AnnotationEditor</name>
    <message>
        <location filename="../../auditor_app/ui/annotate/editor.py" line="+44"/>
        <source>Annotate %1</source>
        <translation>%1 markieren</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Loading photo…</source>
        <translation>Foto wird geladen…</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>The stored annotations cannot be read (%1). Saving replaces them.</source>
        <translation>Die gespeicherten Markierungen können nicht gelesen werden (%1). Beim Speichern werden sie ersetzt.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The photo cannot be shown: %1</source>
        <translation>Das Foto kann nicht angezeigt werden: %1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Draw %1</source>
        <translation>%1 zeichnen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Resize shape</source>
        <translation>Form skalieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move shapes</source>
        <translation>Formen verschieben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move shape</source>
        <translation>Form verschieben</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete shapes</source>
        <translation>Formen löschen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete shape</source>
        <translation>Form löschen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Change colour</source>
        <translation>Farbe ändern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change line width</source>
        <translation>Linienstärke ändern</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Delete text</source>
        <translation>Text löschen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit text</source>
        <translation>Text bearbeiten</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Discard changes?</source>
        <translation>Änderungen verwerfen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard your changes to the annotations of %1?</source>
        <translation>Ihre Änderungen an den Markierungen von %1 verwerfen?</translation>
    </message>
</context>
<context>
    <name>Archive</name>
    <message>
        <location filename="../../auditor_app/ui/office_store/archive.py" line="+48"/>
        <source>Check out to a new audit file</source>
        <translation>In eine neue Auditdatei auschecken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit files (*.audit)</source>
        <translation>Auditdateien (*.audit)</translation>
    </message>
    <message>
        <location line="+132"/>
        <location line="+23"/>
        <source>Office store archive</source>
        <translation>Archiv des Bürospeichers</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Reading the audits assigned to you in the office store…</source>
        <translation>Die Ihnen zugewiesenen Audits werden aus dem Bürospeicher gelesen…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>cannot create %1: a file of that name already exists</source>
        <translation>%1 kann nicht angelegt werden: Eine Datei dieses Namens existiert bereits</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Check out</source>
        <translation>Auschecken</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Writing %1 from the office store…</source>
        <translation>%1 wird aus dem Bürospeicher geschrieben…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Coverage over the cycle</source>
        <translation>Abdeckung über den Zyklus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading the chain&apos;s audits from the office store…</source>
        <translation>Die Audits der Kette werden aus dem Bürospeicher gelesen…</translation>
    </message>
</context>
<context>
    <name>ArchiveDialog</name>
    <message>
        <location line="-169"/>
        <source>Office store archive</source>
        <translation>Archiv des Bürospeichers</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Client, chain, audit</source>
        <translation>Kunde, Kette, Audit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dates</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lead</source>
        <translation>Auditleitung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last push</source>
        <translation>Zuletzt hochgeladen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Chain from %1 %2</source>
        <translation>Kette ab %1 %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 by %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not pushed yet</source>
        <translation>noch nicht hochgeladen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ref</source>
        <translation>Ref.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Grade</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Clauses</source>
        <translation>Abschnitte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Check &amp;out…</source>
        <translation>&amp;Auschecken…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coverage over the &amp;cycle…</source>
        <translation>Abdeckung über den &amp;Zyklus…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The audits assigned to you in the office store %1.</source>
        <translation>Die Ihnen zugewiesenen Audits im Bürospeicher %1.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Open findings of %1: %2</source>
        <translation>Offene Feststellungen von %1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a client, chain or audit.</source>
        <translation>Wählen Sie einen Kunden, eine Kette oder ein Audit.</translation>
    </message>
</context>
<context>
    <name>AuditDetails</name>
    <message>
        <location filename="../../auditor_app/ui/details/feature.py" line="+29"/>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Audit &amp;details</source>
        <translation>Audit&amp;daten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client, scope, team, audit plan, meetings and conclusions</source>
        <translation>Kunde, Geltungsbereich, Team, Auditplan, Besprechungen und Schlussfolgerungen</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../../auditor_app/ui/new_audit_wizard.py" line="+58"/>
        <source>The audit</source>
        <translation>Das Audit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who is audited, where and when. Everything can be changed later.</source>
        <translation>Wer wird wo und wann auditiert. Alles kann später noch geändert werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The organisation audited, e.g. Müller Präzisionsteile GmbH</source>
        <translation>Die auditierte Organisation, z. B. Müller Präzisionsteile GmbH</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One site per line, with its address</source>
        <translation>Ein Standort pro Zeile, mit Anschrift</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>t&amp;o</source>
        <translation>b&amp;is</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Client:</source>
        <translation>&amp;Kunde:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sites:</source>
        <translation>&amp;Standorte:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit t&amp;ype:</source>
        <translation>Audit&amp;art:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dates:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Language:</source>
        <translation>S&amp;prache:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Grading of findings:</source>
        <translation>&amp;Bewertung der Feststellungen:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 — %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Stage 2 certification audit 2026</source>
        <translation>z. B. Zertifizierungsaudit Stufe 2 2026</translation>
    </message>
    <message>
        <location filename="../../auditor_app/ui/details/models.py" line="+27"/>
        <location line="+49"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="-48"/>
        <location line="+50"/>
        <source>Role</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <location line="-49"/>
        <location line="+48"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Process / area</source>
        <translation>Prozess / Bereich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clauses</source>
        <translation>Abschnitte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Auditor</source>
        <translation>Auditor/-in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Auditee</source>
        <translation>Ansprechpartner/-in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Present</source>
        <translation>Anwesend</translation>
    </message>
</context>
<context>
    <name>AuditTime</name>
    <message>
        <location filename="../../auditor_app/ui/details/time_models.py" line="+29"/>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+28"/>
        <source>Auditor</source>
        <translation>Auditor/-in</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+28"/>
        <source>On site</source>
        <translation>Vor Ort</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Activity</source>
        <translation>Tätigkeit</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Off site</source>
        <translation>Außerhalb</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actual</source>
        <translation>Tatsächlich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Difference</source>
        <translation>Differenz</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Total (counted time)</source>
        <translation>Summe (gezählte Zeit)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 — not counted</source>
        <translation>%1 – nicht gezählt</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Not counted in the audit time (IAF MD 5): not assigned as an auditor</source>
        <translation>Nicht in der Auditzeit gezählt (IAF MD 5): nicht als Auditor/-in eingeteilt</translation>
    </message>
</context>
<context>
    <name>AuditTimeSection</name>
    <message>
        <location filename="../../auditor_app/ui/details/audit_time.py" line="+43"/>
        <source>e.g. 4.5</source>
        <translation>z. B. 4,5</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The audit time set at the application review, in auditor-days (8 hours each, IAF MD 5)</source>
        <translation>Die bei der Antragsprüfung festgelegte Auditzeit in Audittagen (je 8 Stunden, IAF MD 5)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Add time</source>
        <translation>Zeit &amp;hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A day of time for you; double-click a cell to change it</source>
        <translation>Ein Tag Auditzeit für Sie; zum Ändern eine Zelle doppelklicken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Audit time from the application review (auditor-days):</source>
        <translation>Auditzeit aus der Antragsprüfung (Audittage):</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Audit time</source>
        <translation>Auditzeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The time each auditor spent, on site and off site, against the audit plan and the audit time of the application review (IAF MD 5; one auditor-day is 8 hours).</source>
        <translation>Die Zeit, die jede/r Auditor/-in vor Ort und außerhalb aufgewendet hat, verglichen mit dem Auditplan und der Auditzeit aus der Antragsprüfung (IAF MD 5; ein Audittag sind 8 Stunden).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Time records&lt;/b&gt;</source>
        <translation>&lt;b&gt;Zeiterfassung&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Planned and actual time per auditor and day&lt;/b&gt;</source>
        <translation>&lt;b&gt;Geplante und tatsächliche Zeit je Auditor/-in und Tag&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Planned in the audit plan: %1 auditor-days (%2 h).</source>
        <translation>Im Auditplan geplant: %1 Audittage (%2 h).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recorded: %1 auditor-days (%2 h), on site %3 h, off site %4 h.</source>
        <translation>Erfasst: %1 Audittage (%2 h), vor Ort %3 h, außerhalb %4 h.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Against the application review: %1 auditor-days.</source>
        <translation>Laut Antragsprüfung: %1 Audittage.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n plan row(s) without usable times not counted.</source>
        <translation>
            <numerusform>%n Planzeile ohne verwertbare Zeiten nicht gezählt.</numerusform>
            <numerusform>%n Planzeilen ohne verwertbare Zeiten nicht gezählt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Change the planned auditor-days</source>
        <translation>Geplante Audittage ändern</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Change %1 of a time record</source>
        <translation>%1 eines Zeiteintrags ändern</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Add a time record</source>
        <translation>Zeiteintrag hinzufügen</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Remove %n time record(s)</source>
        <translation>
            <numerusform>%n Zeiteintrag entfernen</numerusform>
            <numerusform>%n Zeiteinträge entfernen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CarriedModel</name>
    <message>
        <location filename="../../auditor_app/ui/cycle/models.py" line="+41"/>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>report %1</source>
        <translation>Bericht %1</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Ref</source>
        <translation>Ref.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>Aus Audit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grade</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Statement</source>
        <translation>Aussage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client response</source>
        <translation>Stellungnahme des Kunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clauses</source>
        <translation>Abschnitte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verification</source>
        <translation>Verifizierung</translation>
    </message>
</context>
<context>
    <name>ClauseDelegate</name>
    <message>
        <location filename="../../auditor_app/ui/evidence_import/review_dialog.py" line="+54"/>
        <source>clause number</source>
        <translation>Abschnittsnummer</translation>
    </message>
</context>
<context>
    <name>ClauseEvidenceTab</name>
    <message>
        <location filename="../../auditor_app/ui/evidence/clause_tab.py" line="+37"/>
        <location line="+40"/>
        <source>Evidence</source>
        <translation>Nachweise</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Add files…</source>
        <translation>Dateien hinzufügen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add photos or documents to this clause (Ctrl+Shift+E)</source>
        <translation>Fotos oder Dokumente zu diesem Abschnitt hinzufügen (Strg+Umschalt+E)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paste</source>
        <translation>Einfügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a screenshot or copied files from the clipboard (Ctrl+Shift+V)</source>
        <translation>Ein Bildschirmfoto oder kopierte Dateien aus der Zwischenablage hinzufügen (Strg+Umschalt+V)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What new files are attached to: the clause, one of its notes, or a finding raised on it</source>
        <translation>Woran neue Dateien angehängt werden: an den Abschnitt, an eine seiner Notizen oder an eine dazu erhobene Feststellung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Attach to:</source>
        <translation>Anhängen an:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No evidence on this clause yet.
Drop photos, documents or a folder here, paste a screenshot (Ctrl+Shift+V) or use Add files…</source>
        <translation>Zu diesem Abschnitt gibt es noch keine Nachweise.
Fotos, Dokumente oder einen Ordner hierher ziehen, ein Bildschirmfoto einfügen (Strg+Umschalt+V) oder „Dateien hinzufügen…“ verwenden</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Evidence (%1)</source>
        <translation>Nachweise (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Clause %1</source>
        <translation>Abschnitt %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a note on %1</source>
        <translation>eine Notiz zu %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Finding %1</source>
        <translation>Feststellung %1</translation>
    </message>
</context>
<context>
    <name>ClauseFindingsTab</name>
    <message>
        <location filename="../../auditor_app/ui/findings/clause_tab.py" line="+28"/>
        <location line="+25"/>
        <source>Findings</source>
        <translation>Feststellungen</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>New finding…</source>
        <translation>Neue Feststellung…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Raise a finding on this clause (Ctrl+Shift+F)</source>
        <translation>Eine Feststellung zu diesem Abschnitt erheben (Strg+Umschalt+F)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Double-click a finding to edit it.</source>
        <translation>Zum Bearbeiten eine Feststellung doppelklicken.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Findings (%1)</source>
        <translation>Feststellungen (%1)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>⚠ %1 minor nonconformities on this clause — consider whether together they indicate a major.</source>
        <translation>⚠ %1 Nebenabweichungen zu diesem Abschnitt – prüfen Sie, ob sie zusammen eine Hauptabweichung darstellen.</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>No findings on this clause.</source>
        <translation>Keine Feststellungen zu diesem Abschnitt.</translation>
    </message>
</context>
<context>
    <name>ClauseKeys</name>
    <message>
        <location filename="../../auditor_app/ui/clause_keys.py" line="+28"/>
        <source>Add &amp;note to this clause…</source>
        <translation>&amp;Notiz zu diesem Abschnitt hinzufügen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set clause &amp;result</source>
        <translation>&amp;Ergebnis des Abschnitts festlegen</translation>
    </message>
</context>
<context>
    <name>ClausePage</name>
    <message>
        <location filename="../../auditor_app/ui/clause_page.py" line="+97"/>
        <source>Select a clause on the left to record its result and notes.</source>
        <translation>Links einen Abschnitt auswählen, um sein Ergebnis und Notizen zu erfassen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The clause&apos;s audit result</source>
        <translation>Das Auditergebnis des Abschnitts</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Add note…</source>
        <translation>Notiz hinzufügen…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Edit note…</source>
        <translation>Notiz &amp;bearbeiten…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete note</source>
        <translation>Notiz &amp;löschen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Result:</source>
        <translation>&amp;Ergebnis:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Audit questions</source>
        <translation>Auditfragen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Typical evidence</source>
        <translation>Typische Nachweise</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+65"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>No audit questions in the checklist.</source>
        <translation>Die Checkliste enthält keine Auditfragen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No typical evidence in the checklist.</source>
        <translation>Die Checkliste nennt keine typischen Nachweise.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes (%1)</source>
        <translation>Notizen (%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No notes yet for this clause.</source>
        <translation>Zu diesem Abschnitt gibt es noch keine Notizen.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Not yet audited</source>
        <translation>Noch nicht auditiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Audited by %1</source>
        <translation>Auditiert von %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Audited</source>
        <translation>Auditiert</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Justification:</source>
        <translation>Begründung:</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Why does %1 %2 not apply?
A justification is required; it appears in the audit report.</source>
        <translation>Warum ist %1 %2 nicht anwendbar?
Eine Begründung ist erforderlich; sie erscheint im Auditbericht.</translation>
    </message>
</context>
<context>
    <name>ClausePanel</name>
    <message>
        <location filename="../../auditor_app/ui/clause_panel.py" line="+36"/>
        <source>Filter clauses by number or title (Ctrl+L)</source>
        <translation>Abschnitte nach Nummer oder Titel filtern (Strg+L)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show only clauses with this result</source>
        <translation>Nur Abschnitte mit diesem Ergebnis anzeigen</translation>
    </message>
    <message numerus="yes">
        <location line="+109"/>
        <source>%1 of %n clause(s) match</source>
        <translation>
            <numerusform>%1 von %n Abschnitt passt</numerusform>
            <numerusform>%1 von %n Abschnitten passen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No clause matches the filter.</source>
        <translation>Kein Abschnitt passt zum Filter.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Audited by %1</source>
        <translation>Auditiert von %1</translation>
    </message>
</context>
<context>
    <name>ClauseReferences</name>
    <message>
        <location filename="../../auditor_app/ui/findings/composer_parts.py" line="+105"/>
        <source>Add a clause by number or title…</source>
        <translation>Abschnitt nach Nummer oder Titel hinzufügen…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remo&amp;ve</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also reference the corresponding clauses of the other standards</source>
        <translation>Auch die entsprechenden Abschnitte der anderen Normen angeben</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>No clause %1 in this audit.</source>
        <translation>Kein Abschnitt %1 in diesem Audit.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is in several standards: pick one from the list.</source>
        <translation>%1 kommt in mehreren Normen vor: bitte einen aus der Liste wählen.</translation>
    </message>
</context>
<context>
    <name>ClauseTreeModel</name>
    <message>
        <location filename="../../auditor_app/ui/models/clause_tree.py" line="+45"/>
        <source>Clause</source>
        <translation>Abschnitt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Findings</source>
        <translation>Feststellungen</translation>
    </message>
    <message>
        <location line="+220"/>
        <source>%1 — audited by %2, %3</source>
        <translation>%1 – auditiert von %2, %3</translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>Not yet audited itself; %1 of %n sub-clause(s) audited, %2 with a nonconformity</source>
        <translation>
            <numerusform>Selbst noch nicht auditiert; %1 von %n Unterabschnitt auditiert, %2 mit Nichtkonformität</numerusform>
            <numerusform>Selbst noch nicht auditiert; %1 von %n Unterabschnitten auditiert, %2 mit Nichtkonformität</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Not yet audited itself; %1 of %n sub-clause(s) audited</source>
        <translation>
            <numerusform>Selbst noch nicht auditiert; %1 von %n Unterabschnitt auditiert</numerusform>
            <numerusform>Selbst noch nicht auditiert; %1 von %n Unterabschnitten auditiert</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1/%2 audited</source>
        <translation>%1/%2 auditiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 · %2 NC</source>
        <translation>%1 · %2 NK</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n evidence file(s)</source>
        <translation>
            <numerusform>%n Nachweisdatei</numerusform>
            <numerusform>%n Nachweisdateien</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n Feststellung</numerusform>
            <numerusform>%n Feststellungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n Notiz</numerusform>
            <numerusform>%n Notizen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CombineDialog</name>
    <message>
        <location filename="../../auditor_app/ui/conflicts.py" line="+67"/>
        <source>Write a combination</source>
        <translation>Eine Zusammenführung schreiben</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: every version is below, separated by blank lines. Edit it into the text to keep; it replaces all versions.</source>
        <translation>%1: alle Fassungen stehen unten, durch Leerzeilen getrennt. Bearbeiten Sie sie zu dem Text, der bleiben soll; er ersetzt alle Fassungen.</translation>
    </message>
</context>
<context>
    <name>CompactDialog</name>
    <message>
        <location filename="../../auditor_app/ui/evidence_import/compact_dialog.py" line="+39"/>
        <source>Compact audit file</source>
        <translation>Auditdatei verkleinern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Photos stored as taken can be replaced by reduced copies, so the audit file is easier to e-mail and archive. Each photo keeps the SHA-256 of its original as evidence of integrity.</source>
        <translation>Unverändert gespeicherte Fotos können durch verkleinerte Kopien ersetzt werden, damit sich die Auditdatei leichter per E-Mail versenden und archivieren lässt. Jedes Foto behält den SHA-256-Wert seines Originals als Nachweis der Unversehrtheit.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Long edge of the copies:</source>
        <translation>Lange Kante der Kopien:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JPEG quality:</source>
        <translation>JPEG-Qualität:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A verified backup of the file is taken first. The originals then leave this file: only that backup (or your camera) still has them. Undo cannot bring them back.</source>
        <translation>Zuerst wird eine geprüfte Sicherungskopie der Datei angelegt. Danach sind die Originale nicht mehr in dieser Datei: nur diese Sicherung (oder Ihre Kamera) enthält sie noch. Rückgängig machen kann sie nicht zurückholen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Compact</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>No photo in this audit is larger than %1 pixels: there is nothing to compact.</source>
        <translation>Kein Foto in diesem Audit ist größer als %1 Pixel: es gibt nichts zu verkleinern.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n photo(s) are stored larger than that (%1 of this %2 file). Reduced copies would save about %3.</source>
        <translation>
            <numerusform>%n Foto ist größer gespeichert (%1 dieser %2 großen Datei). Verkleinerte Kopien würden etwa %3 einsparen.</numerusform>
            <numerusform>%n Fotos sind größer gespeichert (%1 dieser %2 großen Datei). Verkleinerte Kopien würden etwa %3 einsparen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompletenessDialog</name>
    <message>
        <location filename="../../auditor_app/ui/export_dialogs.py" line="+190"/>
        <source>Before exporting</source>
        <translation>Vor dem Export</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The %1 report cannot be issued yet: complete what is shown in red.
Double-click an item to go to it.</source>
        <translation>Der Bericht „%1“ kann noch nicht ausgestellt werden: Vervollständigen Sie, was rot markiert ist.
Doppelklick auf einen Eintrag führt dorthin.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Some things are missing; the report can still be exported.
Double-click an item to go to it.</source>
        <translation>Einiges fehlt noch; der Bericht kann trotzdem exportiert werden.
Doppelklick auf einen Eintrag führt dorthin.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export anyway</source>
        <translation>Trotzdem exportieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
</context>
<context>
    <name>ConcernDialog</name>
    <message>
        <location filename="../../auditor_app/ui/cycle/concern_dialog.py" line="+33"/>
        <source>Area of concern</source>
        <translation>Bereich mit Klärungsbedarf</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New area of concern</source>
        <translation>Neuer Bereich mit Klärungsbedarf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What could be a nonconformity at Stage 2</source>
        <translation>Was in Stufe 2 eine Nichtkonformität sein könnte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Process, department or site</source>
        <translation>Prozess, Abteilung oder Standort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter clauses</source>
        <translation>Abschnitte filtern</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Statement:</source>
        <translation>Aussage:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Area:</source>
        <translation>Bereich:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clauses:</source>
        <translation>Abschnitte:</translation>
    </message>
</context>
<context>
    <name>ConcernModel</name>
    <message>
        <location filename="../../auditor_app/ui/cycle/models.py" line="+12"/>
        <source>Ref</source>
        <translation>Ref.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Area of concern</source>
        <translation>Bereich mit Klärungsbedarf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clauses</source>
        <translation>Abschnitte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Area</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Raised by</source>
        <translation>Erhoben von</translation>
    </message>
</context>
<context>
    <name>ConclusionsSection</name>
    <message>
        <location filename="../../auditor_app/ui/details/conclusions.py" line="+25"/>
        <source>Outcome</source>
        <translation>Ergebnis des Audits</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <source>Not set</source>
        <translation>Nicht festgelegt</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>O&amp;bjectives met:</source>
        <translation>&amp;Auditziele erreicht:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whether the audit objectives were fulfilled; if not fully, say why below (ISO/IEC 17021-1 9.4.8.2)</source>
        <translation>Ob die Auditziele erreicht wurden; falls nicht vollständig, unten begründen (ISO/IEC 17021-1 9.4.8.2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why the objectives were not (fully) met, or a comment</source>
        <translation>Warum die Ziele nicht (vollständig) erreicht wurden, oder eine Anmerkung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xplanation:</source>
        <translation>Er&amp;läuterung:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decisi&amp;on:</source>
        <translation>Ents&amp;cheidung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The team&apos;s recommendation; certification cannot be recommended while a major nonconformity is open</source>
        <translation>Die Empfehlung des Auditteams; eine Zertifizierung kann nicht empfohlen werden, solange eine Hauptabweichung offen ist</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Conclusions:</source>
        <translation>&amp;Schlussfolgerungen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whether the management system conforms and is effective, against the audit objectives</source>
        <translation>Ob das Managementsystem konform und wirksam ist, gemessen an den Auditzielen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Recommendation:</source>
        <translation>&amp;Empfehlung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. recommended for certification subject to accepted corrective action plans</source>
        <translation>z. B. Zertifizierung empfohlen vorbehaltlich akzeptierter Korrekturmaßnahmenpläne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Diverging opinions:</source>
        <translation>Abweichende &amp;Meinungen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opinions of the auditee and the team that remained unresolved (ISO 19011 6.4.10)</source>
        <translation>Ungeklärt gebliebene Meinungsverschiedenheiten zwischen auditierter Organisation und Auditteam (ISO 19011 6.4.10)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Plan deviations:</source>
        <translation>Abweichungen vom &amp;Plan:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes to the audit plan, areas not covered, obstacles met</source>
        <translation>Änderungen am Auditplan, nicht abgedeckte Bereiche, aufgetretene Hindernisse</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Conclusions</source>
        <translation>Schlussfolgerungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Presented at the closing meeting and printed in the report. Saved when you leave a field.</source>
        <translation>Werden in der Abschlussbesprechung vorgestellt und im Bericht abgedruckt. Gespeichert, sobald Sie ein Feld verlassen.</translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <location filename="../../auditor_app/ui/unpacking.py" line="+44"/>
        <source>Open sealed package</source>
        <translation>Versiegeltes Paket öffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is checked: its files match SHA256SUMS and the signed manifest, the signature verifies, and the audit file passes its full check.</source>
        <translation>%1 ist geprüft: Seine Dateien stimmen mit SHA256SUMS und dem signierten Manifest überein, die Signatur ist gültig, und die Auditdatei besteht ihre vollständige Prüfung.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Signed by:</source>
        <translation>Signiert von:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>untitled</source>
        <translation>ohne Titel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no client</source>
        <translation>kein Kunde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Audit:</source>
        <translation>Audit:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>by %1 at %2</source>
        <translation>von %1 am %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, for %2</source>
        <translation>%1, für %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made:</source>
        <translation>Erstellt:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unpack into:</source>
        <translation>Entpacken nach:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The folder is made; nothing in it is overwritten. The audit then opens here, in place of any audit open now.</source>
        <translation>Der Ordner wird angelegt; darin wird nichts überschrieben. Das Audit wird dann hier geöffnet, anstelle eines jetzt geöffneten Audits.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unpack and open</source>
        <translation>Entpacken und öffnen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Unpack into a new folder in</source>
        <translation>In einen neuen Ordner entpacken in</translation>
    </message>
</context>
<context>
    <name>ConflictPanel</name>
    <message>
        <location filename="../../auditor_app/ui/conflicts.py" line="+17"/>
        <source>Conflicts</source>
        <translation>Konflikte</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Write a combination…</source>
        <translation>Eine Zusammenführung schreiben…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep it (restore with the edits)</source>
        <translation>Behalten (mit den Änderungen wiederherstellen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confirm deletion</source>
        <translation>Löschung bestätigen</translation>
    </message>
    <message numerus="yes">
        <location line="+49"/>
        <source>%n conflict(s) to decide. Until you choose, the audit shows the latest version.</source>
        <translation>
            <numerusform>%n Konflikt zu entscheiden. Bis dahin zeigt das Audit die neueste Fassung.</numerusform>
            <numerusform>%n Konflikte zu entscheiden. Bis dahin zeigt das Audit die neueste Fassung.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1. Keep the item with the changes, or confirm that it is deleted.</source>
        <translation>%1. Den Eintrag mit den Änderungen behalten oder die Löschung bestätigen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 — %2. Keep one version or write a combination.</source>
        <translation>%1 – %2. Eine Fassung behalten oder eine Zusammenführung schreiben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 — %2. Keep one version.</source>
        <translation>%1 – %2. Eine Fassung behalten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep this version</source>
        <translation>Diese Fassung behalten</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Keep %1&apos;s %2 of %3</source>
        <translation>%2 von %3 in der Fassung von %1 behalten</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Combine the versions of %1</source>
        <translation>Die Fassungen von %1 zusammenführen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restore %1</source>
        <translation>%1 wiederherstellen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Confirm deletion of %1</source>
        <translation>Löschung von %1 bestätigen</translation>
    </message>
</context>
<context>
    <name>CycleCommands</name>
    <message>
        <location filename="../../auditor_app/ui/cycle/commands.py" line="+17"/>
        <source>Verify %1</source>
        <translation>%1 verifizieren</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Cite for %1</source>
        <translation>Für %1 anführen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stop citing for %1</source>
        <translation>Nicht mehr für %1 anführen</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Follow-up finding for %1</source>
        <translation>Folgefeststellung zu %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Set readiness for Stage 2</source>
        <translation>Bereitschaft für Stufe 2 festlegen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Add area of concern</source>
        <translation>Bereich mit Klärungsbedarf hinzufügen</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Edit area of concern</source>
        <translation>Bereich mit Klärungsbedarf bearbeiten</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Delete area of concern</source>
        <translation>Bereich mit Klärungsbedarf löschen</translation>
    </message>
</context>
<context>
    <name>CycleCoverage</name>
    <message>
        <location filename="../../auditor_app/ui/cycle_coverage.py" line="+22"/>
        <source>Coverage over the &amp;cycle…</source>
        <translation>Abdeckung über den &amp;Zyklus…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which clauses, processes and sites each audit of the certification cycle covered, and what is still uncovered</source>
        <translation>Welche Abschnitte, Prozesse und Standorte jedes Audit des Zertifizierungszyklus abgedeckt hat und was noch nicht abgedeckt ist</translation>
    </message>
    <message>
        <location filename="../../auditor_app/ui/cycle_coverage_view.py" line="+43"/>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Clause</source>
        <translation>Abschnitt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Covered</source>
        <translation>Abgedeckt</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
</context>
<context>
    <name>CycleDialog</name>
    <message>
        <location line="+20"/>
        <source>Coverage over the certification cycle</source>
        <translation>Abdeckung über den Zertifizierungszyklus</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 audit(s) of the chain; the current cycle starts with %2.</source>
        <translation>%1 Audit(s) in der Kette; der aktuelle Zyklus beginnt mit %2.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 — %2% covered, %3 clause(s) uncovered</source>
        <translation>%1 – %2 % abgedeckt, %3 Abschnitt(e) nicht abgedeckt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only &amp;uncovered clauses</source>
        <translation>Nur &amp;nicht abgedeckte Abschnitte</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dates</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Clauses covered</source>
        <translation>Abgedeckte Abschnitte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read from</source>
        <translation>Gelesen aus</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (earlier cycle)</source>
        <translation>%1 (früherer Zyklus)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this audit&apos;s history</source>
        <translation>dem Verlauf dieses Audits</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>this audit</source>
        <translation>diesem Audit</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Processes: none recorded.</source>
        <translation>Prozesse: keine erfasst.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Processes: all covered in the current cycle.</source>
        <translation>Prozesse: im aktuellen Zyklus alle abgedeckt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Processes not covered in the current cycle: %1</source>
        <translation>Im aktuellen Zyklus nicht abgedeckte Prozesse: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sites: none recorded.</source>
        <translation>Standorte: keine erfasst.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sites: all covered in the current cycle.</source>
        <translation>Standorte: im aktuellen Zyklus alle abgedeckt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sites not covered in the current cycle: %1</source>
        <translation>Im aktuellen Zyklus nicht abgedeckte Standorte: %1</translation>
    </message>
</context>
<context>
    <name>CycleFeature</name>
    <message>
        <location filename="../../auditor_app/ui/cycle/feature.py" line="+44"/>
        <source>Previous findings</source>
        <translation>Frühere Feststellungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage 1</source>
        <translation>Stufe 1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>New audit from &amp;previous…</source>
        <translation>Neues Audit aus &amp;vorherigem Audit…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Previous fi&amp;ndings</source>
        <translation>F&amp;rühere Feststellungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage &amp;1 readiness and concerns</source>
        <translation>Stufe &amp;1: Bereitschaft und Klärungsbedarf</translation>
    </message>
    <message>
        <location line="+123"/>
        <source>Area of concern deleted — Edit › Undo brings it back.</source>
        <translation>Bereich mit Klärungsbedarf gelöscht – Bearbeiten › Rückgängig holt ihn zurück.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Made from %1: %2 finding(s) to verify, %3 area(s) of concern to check.</source>
        <translation>Erstellt aus %1: %2 Feststellung(en) zu verifizieren, %3 Bereich(e) mit Klärungsbedarf zu prüfen.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../auditor_app/ui/details/fields.py" line="+149"/>
        <source>not set</source>
        <translation>nicht festgelegt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Clear the date</source>
        <translation>Datum löschen</translation>
    </message>
</context>
<context>
    <name>DetailsForm</name>
    <message>
        <location filename="../../auditor_app/ui/details/form.py" line="+31"/>
        <source>Engagement</source>
        <translation>Auftrag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Client:</source>
        <translation>&amp;Kunde:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One site per line: name and address</source>
        <translation>Ein Standort pro Zeile: Name und Anschrift</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Sites:</source>
        <translation>&amp;Standorte:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not set</source>
        <translation>Nicht festgelegt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit t&amp;ype:</source>
        <translation>Audit&amp;art:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>St&amp;art date:</source>
        <translation>Startdat&amp;um:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;End date:</source>
        <translation>&amp;Enddatum:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client&apos;s re&amp;presentative:</source>
        <translation>&amp;Vertreter/-in des Kunden:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who accompanied the audit for the client and received the report (ISO/IEC 17021-1 9.4.8)</source>
        <translation>Wer das Audit für den Kunden begleitet und den Bericht erhalten hat (ISO/IEC 17021-1 9.4.8)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Representat&amp;ive&apos;s role:</source>
        <translation>&amp;Funktion der Vertretung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The end date is before the start date.</source>
        <translation>Das Enddatum liegt vor dem Startdatum.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Scope and criteria</source>
        <translation>Geltungsbereich und Kriterien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activities, products, processes and sites covered</source>
        <translation>Abgedeckte Tätigkeiten, Produkte, Prozesse und Standorte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sc&amp;ope:</source>
        <translation>&amp;Geltungsbereich:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Objectives:</source>
        <translation>Audit&amp;ziele:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standards, the client&apos;s documents, legal requirements</source>
        <translation>Normen, die Dokumente des Kunden, gesetzliche Anforderungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;riteria:</source>
        <translation>Kr&amp;iterien:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Significant changes since the last audit: scope, organisation, sites, processes</source>
        <translation>Wesentliche Änderungen seit dem letzten Audit: Geltungsbereich, Organisation, Standorte, Prozesse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hanges since last audit:</source>
        <translation>Änderungen seit dem &amp;letzten Audit:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How the client uses certification marks and refers to its certification (surveillance)</source>
        <translation>Wie der Kunde Zertifizierungszeichen verwendet und auf seine Zertifizierung verweist (Überwachung)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certification &amp;marks:</source>
        <translation>Zertifizierungszeic&amp;hen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>S&amp;prache:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. en, de, zh</source>
        <translation>z. B. en, de, zh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Con&amp;fidentiality:</source>
        <translation>Vert&amp;raulichkeit:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report &amp;number:</source>
        <translation>Bericht&amp;nummer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report re&amp;vision:</source>
        <translation>Berichtsrevisi&amp;on:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Grading scheme:</source>
        <translation>&amp;Bewertungsschema:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How findings are graded; it can only change while no finding has a grade the new scheme lacks</source>
        <translation>Wie Feststellungen bewertet werden; es kann nur geändert werden, solange keine Feststellung eine Bewertung hat, die das neue Schema nicht kennt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Word report template:</source>
        <translation>Vorlage für den &amp;Word-Bericht:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report template</source>
        <translation>Berichtsvorlage</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Audit details</source>
        <translation>Auditdaten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the report&apos;s cover and introduction say. Changes are saved when you leave a field.</source>
        <translation>Was Deckblatt und Einleitung des Berichts enthalten. Änderungen werden gespeichert, sobald Sie ein Feld verlassen.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Grading scheme not changed</source>
        <translation>Bewertungsschema nicht geändert</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n finding(s) have grades that “%1” does not have:
%2

Regrade or delete these findings first, then choose the scheme again.</source>
        <translation>
            <numerusform>%n Feststellung hat eine Bewertung, die es in „%1“ nicht gibt:
%2

Bewerten Sie diese Feststellungen zuerst neu oder löschen Sie sie, und wählen Sie dann das Schema erneut.</numerusform>
            <numerusform>%n Feststellungen haben Bewertungen, die es in „%1“ nicht gibt:
%2

Bewerten Sie diese Feststellungen zuerst neu oder löschen Sie sie, und wählen Sie dann das Schema erneut.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DetailsPage</name>
    <message>
        <location filename="../../auditor_app/ui/details/page.py" line="+31"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit plan</source>
        <translation>Auditplan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Audit time</source>
        <translation>Auditzeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meetings</source>
        <translation>Besprechungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conclusions</source>
        <translation>Schlussfolgerungen</translation>
    </message>
</context>
<context>
    <name>EditorToolBar</name>
    <message>
        <location filename="../../auditor_app/ui/annotate/toolbar.py" line="+26"/>
        <source>Select</source>
        <translation>Auswählen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Arrow</source>
        <translation>Pfeil</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rectangle</source>
        <translation>Rechteck</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ellipse</source>
        <translation>Ellipse</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Blur</source>
        <translation>Unschärfe</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Red</source>
        <translation>Rot</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Yellow</source>
        <translation>Gelb</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Green</source>
        <translation>Grün</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Blue</source>
        <translation>Blau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>White</source>
        <translation>Weiß</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Black</source>
        <translation>Schwarz</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Colour of new shapes and of the selected ones</source>
        <translation>Farbe neuer Formen und der ausgewählten</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Line</source>
        <translation>Linie</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Thin</source>
        <translation>Dünn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Thick</source>
        <translation>Dick</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Line width; for a new text, its size</source>
        <translation>Linienstärke; bei neuem Text dessen Größe</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the selected shapes (Del)</source>
        <translation>Ausgewählte Formen löschen (Entf)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the whole photo (Ctrl+0); Ctrl+wheel zooms</source>
        <translation>Das ganze Foto zeigen (Strg+0); Strg+Mausrad zoomt</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Click a shape to select it, drag it to move it, drag a corner handle to resize it; double-click a text to change it.</source>
        <translation>Eine Form anklicken, um sie auszuwählen, ziehen, um sie zu verschieben, an einem Eckpunkt ziehen, um die Größe zu ändern; Doppelklick auf einen Text, um ihn zu ändern.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drag from where the arrow starts to what it points at.</source>
        <translation>Vom Anfang des Pfeils bis zu dem ziehen, worauf er zeigt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drag across the area to frame.</source>
        <translation>Über den einzurahmenden Bereich ziehen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drag across the area to circle.</source>
        <translation>Über den einzukreisenden Bereich ziehen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click where the text starts and type; Enter adds a line, Ctrl+Enter or a click elsewhere finishes.</source>
        <translation>Dort klicken, wo der Text beginnt, und tippen; Eingabe fügt eine Zeile hinzu, Strg+Eingabe oder ein Klick daneben beendet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drag across faces, names or other personal data. The area is blurred here exactly as in reports and exports.</source>
        <translation>Über Gesichter, Namen oder andere personenbezogene Daten ziehen. Der Bereich wird hier genauso unscharf wie in Berichten und Exporten.</translation>
    </message>
</context>
<context>
    <name>Evidence</name>
    <message>
        <location filename="../../auditor_app/ui/evidence/gallery_model.py" line="+40"/>
        <source>%1 bytes</source>
        <translation>%1 Bytes</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>(no name)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Taken %1</source>
        <translation>Aufgenommen %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Camera: %1</source>
        <translation>Kamera: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Added by %1, %2</source>
        <translation>Hinzugefügt von %1, %2</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Time taken unknown</source>
        <translation>Aufnahmezeit unbekannt</translation>
    </message>
</context>
<context>
    <name>EvidenceAdder</name>
    <message>
        <location filename="../../auditor_app/ui/evidence/adding.py" line="+67"/>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Nothing to paste: the clipboard holds no picture or file.</source>
        <translation>Nichts einzufügen: Die Zwischenablage enthält weder Bild noch Datei.</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Evidence files (%1)</source>
        <translation>Nachweisdateien (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photos (%1)</source>
        <translation>Fotos (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents (%1)</source>
        <translation>Dokumente (%1)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add evidence to %1</source>
        <translation>Nachweise zu %1 hinzufügen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Screenshot %1.png</source>
        <translation>Bildschirmfoto %1.png</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Adding evidence</source>
        <translation>Nachweise werden hinzugefügt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Adding %1 files to %2…</source>
        <translation>%1 Dateien werden zu %2 hinzugefügt…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stopping after the file being added…</source>
        <translation>Wird nach der aktuellen Datei angehalten…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Evidence not added</source>
        <translation>Nachweise nicht hinzugefügt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Adding cancelled: no files were added.</source>
        <translation>Hinzufügen abgebrochen: Es wurden keine Dateien hinzugefügt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 evidence file added.</source>
        <translation>%1 Nachweisdatei hinzugefügt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 evidence files added.</source>
        <translation>%1 Nachweisdateien hinzugefügt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>… and %1 more</source>
        <translation>… und %1 weitere</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 file was added; these were not:</source>
        <translation>%1 Datei wurde hinzugefügt, diese nicht:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 files were added; these were not:</source>
        <translation>%1 Dateien wurden hinzugefügt, diese nicht:</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>No file was added:</source>
        <translation>Keine Datei wurde hinzugefügt:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Evidence can be photos (JPEG, PNG, WebP), PDF files and office documents.</source>
        <translation>Nachweise können Fotos (JPEG, PNG, WebP), PDF-Dateien und Office-Dokumente sein.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some files were not added</source>
        <translation>Einige Dateien wurden nicht hinzugefügt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files not added</source>
        <translation>Dateien nicht hinzugefügt</translation>
    </message>
</context>
<context>
    <name>EvidenceCommands</name>
    <message>
        <location filename="../../auditor_app/ui/evidence/commands.py" line="+16"/>
        <source>Add evidence file to %1</source>
        <translation>Nachweisdatei zu %1 hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add %1 evidence files to %2</source>
        <translation>%1 Nachweisdateien zu %2 hinzufügen</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove %1 evidence files</source>
        <translation>%1 Nachweisdateien entfernen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Edit caption</source>
        <translation>Bildunterschrift bearbeiten</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Rotate %1</source>
        <translation>%1 drehen</translation>
    </message>
</context>
<context>
    <name>EvidenceFeature</name>
    <message>
        <location filename="../../auditor_app/ui/evidence/feature.py" line="+57"/>
        <location line="+1"/>
        <location line="+95"/>
        <source>Evidence</source>
        <translation>Nachweise</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>&amp;Add files…</source>
        <translation>Dateien &amp;hinzufügen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Paste screenshot</source>
        <translation>Bildschirmfoto &amp;einfügen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show &amp;gallery</source>
        <translation>&amp;Galerie anzeigen</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Evidence (%1)</source>
        <translation>Nachweise (%1)</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Finding %1</source>
        <translation>Feststellung %1</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>No program is set up to open %1. A copy was saved as
%2</source>
        <translation>Für %1 ist kein Programm eingerichtet. Eine Kopie wurde gespeichert unter
%2</translation>
    </message>
    <message>
        <location line="-117"/>
        <location line="+6"/>
        <source>the audit</source>
        <translation>das Audit</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Removed — Edit › Undo brings it back.</source>
        <translation>Entfernt – Bearbeiten › Rückgängig holt es zurück.</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Cannot open the file</source>
        <translation>Die Datei kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No viewer for this file</source>
        <translation>Kein Anzeigeprogramm für diese Datei</translation>
    </message>
</context>
<context>
    <name>EvidenceGrid</name>
    <message>
        <location filename="../../auditor_app/ui/evidence/gallery_view.py" line="+138"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove from the audit</source>
        <translation>Aus dem Audit entfernen</translation>
    </message>
</context>
<context>
    <name>EvidenceImport</name>
    <message>
        <location filename="../../auditor_app/ui/evidence_import/feature.py" line="+43"/>
        <source>&amp;Import photos from folder…</source>
        <translation>Fotos aus Ordner &amp;importieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A folder or memory card: review the photos by time taken, each with the clause of its audit-plan slot, then import them</source>
        <translation>Ein Ordner oder eine Speicherkarte: die Fotos nach Aufnahmezeit prüfen, jeweils mit dem Abschnitt ihres Zeitfensters im Auditplan, und dann importieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Compact audit file…</source>
        <translation>Auditdatei &amp;verkleinern…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Import photos from folder</source>
        <translation>Fotos aus Ordner importieren</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%n files and folders</source>
        <translation>
            <numerusform>%n Datei oder Ordner</numerusform>
            <numerusform>%n Dateien und Ordner</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+38"/>
        <source>Import photos</source>
        <translation>Fotos importieren</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Looking at the photos in %1…</source>
        <translation>Fotos in %1 werden gesichtet…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Photo import cancelled: nothing was imported.</source>
        <translation>Fotoimport abgebrochen: Es wurde nichts importiert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No photos found</source>
        <translation>Keine Fotos gefunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There are no files in %1 (hidden and system files are skipped).</source>
        <translation>In %1 gibt es keine Dateien (versteckte und Systemdateien werden übersprungen).</translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>Importing %n photo(s)…</source>
        <translation>
            <numerusform>%n Foto wird importiert…</numerusform>
            <numerusform>%n Fotos werden importiert…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Import %n photo(s)</source>
        <translation>
            <numerusform>%n Foto importieren</numerusform>
            <numerusform>%n Fotos importieren</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Photo import</source>
        <translation>Fotoimport</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n photo(s) imported.</source>
        <translation>
            <numerusform>%n Foto importiert.</numerusform>
            <numerusform>%n Fotos importiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n stored as reduced copies (your preference); the original&apos;s SHA-256 is recorded with each.</source>
        <translation>
            <numerusform>%n als verkleinerte Kopie gespeichert (Ihre Einstellung); der SHA-256-Wert des Originals ist jeweils vermerkt.</numerusform>
            <numerusform>%n als verkleinerte Kopien gespeichert (Ihre Einstellung); der SHA-256-Wert des Originals ist jeweils vermerkt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The import was cancelled: the photos above are in the audit, the rest are not.</source>
        <translation>Der Import wurde abgebrochen: Die obigen Fotos sind im Audit, die übrigen nicht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The import stopped: %1. The photos above are in the audit.</source>
        <translation>Der Import wurde beendet: %1. Die obigen Fotos sind im Audit.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n skipped: already in this audit.</source>
        <translation>
            <numerusform>%n übersprungen: bereits in diesem Audit.</numerusform>
            <numerusform>%n übersprungen: bereits in diesem Audit.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not imported:</source>
        <translation>Nicht importiert:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>… and %1 more</source>
        <translation>… und %1 weitere</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Compact audit file</source>
        <translation>Auditdatei verkleinern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taking a backup, then replacing photos by reduced copies…</source>
        <translation>Sicherung wird angelegt, dann werden Fotos durch verkleinerte Kopien ersetzt…</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Saved %1: the audit file is now %2 (it was %3). %n photo(s) replaced by reduced copies.</source>
        <translation>
            <numerusform>%1 eingespart: Die Auditdatei hat jetzt %2 (vorher %3). %n Foto durch verkleinerte Kopie ersetzt.</numerusform>
            <numerusform>%1 eingespart: Die Auditdatei hat jetzt %2 (vorher %3). %n Fotos durch verkleinerte Kopien ersetzt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Compaction was cancelled; the photos not reached yet are unchanged.</source>
        <translation>Das Verkleinern wurde abgebrochen; die noch nicht erreichten Fotos sind unverändert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Left as they were:</source>
        <translation>Unverändert gelassen:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file as it was before is kept as a backup:
%1</source>
        <translation>Die Datei im vorherigen Zustand ist als Sicherung aufbewahrt:
%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit file compacted</source>
        <translation>Auditdatei verkleinert</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Photos</source>
        <translation>Fotos</translation>
    </message>
</context>
<context>
    <name>EvidencePicker</name>
    <message>
        <location filename="../../auditor_app/ui/findings/composer_parts.py" line="+82"/>
        <source>No notes on these clauses yet.</source>
        <translation>Zu diesen Abschnitten gibt es noch keine Notizen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No photos or documents on these clauses yet.</source>
        <translation>Zu diesen Abschnitten gibt es noch keine Fotos oder Dokumente.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notes (%1)</source>
        <translation>Notizen (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photos and documents (%1)</source>
        <translation>Fotos und Dokumente (%1)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 (internal)</source>
        <translation>%1 (intern)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>EvidenceViewer</name>
    <message>
        <location filename="../../auditor_app/ui/evidence/viewer.py" line="+93"/>
        <source>Previous</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1:1</source>
        <translation>1:1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rotate left</source>
        <translation>Nach links drehen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rotate right</source>
        <translation>Nach rechts drehen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Annotate…</source>
        <translation>Markieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open file</source>
        <translation>Datei öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the stored file with the system&apos;s viewer</source>
        <translation>Die gespeicherte Datei mit dem Anzeigeprogramm des Systems öffnen</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1
Open file shows it with the system&apos;s viewer.</source>
        <translation>%1
„Datei öffnen“ zeigt sie mit dem Anzeigeprogramm des Systems.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This photo cannot be shown: %1</source>
        <translation>Dieses Foto kann nicht angezeigt werden: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
</context>
<context>
    <name>ExportProgress</name>
    <message>
        <location filename="../../auditor_app/ui/tasks.py" line="+163"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exporting</source>
        <translation>Export läuft</translation>
    </message>
</context>
<context>
    <name>Exports</name>
    <message>
        <location filename="../../auditor_app/ui/exporting.py" line="+64"/>
        <source>Export &amp;report (PDF)…</source>
        <translation>Be&amp;richt exportieren (PDF)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export report (Wor&amp;d)…</source>
        <translation>Bericht exportieren (&amp;Word)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;workbook (Excel)…</source>
        <translation>&amp;Arbeitsmappe exportieren (Excel)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Issue report…</source>
        <translation>Bericht &amp;herausgeben…</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Word report not exported</source>
        <translation>Word-Bericht nicht exportiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This audit&apos;s Word report uses the template “%1”, which is not on this computer.

Add it in Edit › Preferences › Word templates on this computer, or choose another template on the Audit page (Word report template). No other template is used in its place.</source>
        <translation>Der Word-Bericht dieses Audits verwendet die Vorlage „%1“, die auf diesem Computer nicht vorhanden ist.

Fügen Sie sie unter Bearbeiten › Einstellungen › Word-Vorlagen auf diesem Computer hinzu, oder wählen Sie auf der Seite Audit eine andere Vorlage (Vorlage für den Word-Bericht). Keine andere Vorlage wird an ihrer Stelle verwendet.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Cannot check the report</source>
        <translation>Bericht kann nicht geprüft werden</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Export %1</source>
        <translation>%1 exportieren</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Exporting the %1 to %2…</source>
        <translation>%1 wird nach %2 exportiert…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Exporting</source>
        <translation>Export läuft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stopping the export; no file is written…</source>
        <translation>Export wird angehalten; es wird keine Datei geschrieben…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Template: %1</source>
        <translation>Vorlage: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export finished</source>
        <translation>Export abgeschlossen</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Saved as
%1</source>
        <translation>Gespeichert unter
%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exported to %1</source>
        <translation>Exportiert nach %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+2"/>
        <source>Report not exported</source>
        <translation>Bericht nicht exportiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1

No file was written.</source>
        <translation>%1

Es wurde keine Datei geschrieben.</translation>
    </message>
</context>
<context>
    <name>FieldSection</name>
    <message>
        <location filename="../../auditor_app/ui/details/field_section.py" line="+120"/>
        <source>Change %1</source>
        <translation>%1 ändern</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../auditor_app/ui/new_audit_file.py" line="+93"/>
        <source>Audit file</source>
        <translation>Auditdatei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The audit is one file. Keep it on this computer&apos;s own disk while you work; use File ▸ Save a copy… for a USB stick or a shared folder.</source>
        <translation>Das Audit ist eine einzige Datei. Bewahren Sie sie während der Arbeit auf der eigenen Festplatte dieses Computers auf; für einen USB-Stick oder einen freigegebenen Ordner verwenden Sie Datei ▸ Kopie speichern….</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Save the new audit as:</source>
        <translation>Neues Audit &amp;speichern unter:</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>New audit file</source>
        <translation>Neue Auditdatei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit files (*.audit)</source>
        <translation>Auditdateien (*.audit)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose where to save the audit file.</source>
        <translation>Wählen Sie, wo die Auditdatei gespeichert werden soll.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The folder %1 does not exist.</source>
        <translation>Der Ordner %1 existiert nicht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 already exists. An audit file is never overwritten: choose another name.</source>
        <translation>%1 existiert bereits. Eine Auditdatei wird nie überschrieben: Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This folder is on removable media (%1), which can be unplugged while the audit is being written.</source>
        <translation>Dieser Ordner liegt auf einem Wechseldatenträger (%1), der während des Schreibens abgezogen werden kann.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This folder is on a network share (%1), where file locking is unreliable.</source>
        <translation>Dieser Ordner liegt auf einer Netzwerkfreigabe (%1), auf der Dateisperren unzuverlässig sind.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This folder is synchronised by %1, whose agent can copy the file half-written.</source>
        <translation>Dieser Ordner wird von %1 synchronisiert; dessen Dienst kann die Datei halb geschrieben kopieren.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This folder is not on a local disk (%1).</source>
        <translation>Dieser Ordner liegt nicht auf einem lokalen Laufwerk (%1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the audit on this computer&apos;s own disk; File ▸ Save a copy… puts a verified copy there when you are done.</source>
        <translation>Bewahren Sie das Audit auf der eigenen Festplatte dieses Computers auf; Datei ▸ Kopie speichern… legt dort eine geprüfte Kopie ab, wenn Sie fertig sind.</translation>
    </message>
</context>
<context>
    <name>FindingCommands</name>
    <message>
        <location filename="../../auditor_app/ui/findings/commands.py" line="+37"/>
        <source>Add finding on %1</source>
        <translation>Feststellung zu %1 hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add finding</source>
        <translation>Feststellung hinzufügen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Add finding %1</source>
        <translation>Feststellung %1 hinzufügen</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Edit finding %1</source>
        <translation>Feststellung %1 bearbeiten</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Delete finding %1</source>
        <translation>Feststellung %1 löschen</translation>
    </message>
</context>
<context>
    <name>FindingComposer</name>
    <message>
        <location filename="../../auditor_app/ui/findings/composer.py" line="+48"/>
        <location line="+12"/>
        <source>New finding</source>
        <translation>Neue Feststellung</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Finding %1</source>
        <translation>Feststellung %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>New finding on %1</source>
        <translation>Neue Feststellung zu %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Site, building, line…</source>
        <translation>Standort, Gebäude, Linie…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Process or area audited</source>
        <translation>Auditierter Prozess oder Bereich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The requirement, paraphrased</source>
        <translation>Die Anforderung, sinngemäß wiedergegeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was seen, heard or read: records, places, people, numbers</source>
        <translation>Was gesehen, gehört oder gelesen wurde: Aufzeichnungen, Orte, Personen, Zahlen</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+167"/>
        <source>What is not fulfilled</source>
        <translation>Was nicht erfüllt ist</translation>
    </message>
    <message>
        <location line="-155"/>
        <source>Save changes</source>
        <translation>Änderungen speichern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Create finding</source>
        <translation>Feststellung anlegen</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Grade:</source>
        <translation>&amp;Bewertung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Location:</source>
        <translation>&amp;Ort:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Process:</source>
        <translation>&amp;Prozess:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Clause references</source>
        <translation>Normbezüge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The clauses this finding is raised against.</source>
        <translation>Die Abschnitte, zu denen diese Feststellung erhoben wird.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Requirement</source>
        <translation>Anforderung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the clause requires, in your own words.</source>
        <translation>Was der Abschnitt fordert, in Ihren eigenen Worten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Objective evidence</source>
        <translation>Objektiver Nachweis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Describe what you found, and tick the notes and files that show it.</source>
        <translation>Beschreiben Sie, was Sie festgestellt haben, und haken Sie die Notizen und Dateien an, die es belegen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+110"/>
        <source>What is not fulfilled, stated so the auditee can act on it.</source>
        <translation>Was nicht erfüllt ist, so formuliert, dass die auditierte Organisation handeln kann.</translation>
    </message>
    <message>
        <location line="-100"/>
        <source>&amp;Finding</source>
        <translation>&amp;Feststellung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>F&amp;ollow-up</source>
        <translation>&amp;Nachverfolgung</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>A nonconformity needs a clause reference: add the clause it is raised against.</source>
        <translation>Eine Nichtkonformität braucht einen Normbezug: Fügen Sie den Abschnitt hinzu, zu dem sie erhoben wird.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GHTF N19 grades ISO 13485 clauses 4 to 8: add one to the clause references.</source>
        <translation>GHTF N19 bewertet die Abschnitte 4 bis 8 der ISO 13485: Fügen Sie einen davon zu den Normbezügen hinzu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A nonconformity needs objective evidence: describe what you found or tick a note, photo or document.</source>
        <translation>Eine Nichtkonformität braucht einen objektiven Nachweis: Beschreiben Sie, was Sie festgestellt haben, oder haken Sie eine Notiz, ein Foto oder ein Dokument an.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A nonconformity needs a statement of nonconformity: say which requirement is not fulfilled (ISO/IEC 17021-1 9.4.5.2).</source>
        <translation>Eine Nichtkonformität braucht eine Beschreibung der Nichtkonformität: Geben Sie an, welche Anforderung nicht erfüllt ist (ISO/IEC 17021-1 9.4.5.2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Describe the finding: its objective evidence or its statement.</source>
        <translation>Beschreiben Sie die Feststellung: ihren objektiven Nachweis oder ihre Aussage.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>1 minor nonconformity already on %1 — consider whether together they indicate a major.</source>
        <translation>Bereits 1 Nebenabweichung zu %1 – prüfen Sie, ob sie zusammen eine Hauptabweichung darstellen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 minor nonconformities already on %2 — consider whether together they indicate a major.</source>
        <translation>Bereits %1 Nebenabweichungen zu %2 – prüfen Sie, ob sie zusammen eine Hauptabweichung darstellen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Statement of nonconformity</source>
        <translation>Beschreibung der Nichtkonformität</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Statement</source>
        <translation>Aussage</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What was found, in a sentence or two the auditee will read in the report.</source>
        <translation>Was festgestellt wurde, in ein, zwei Sätzen, die die auditierte Organisation im Bericht liest.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was found</source>
        <translation>Was festgestellt wurde</translation>
    </message>
</context>
<context>
    <name>FindingDetail</name>
    <message>
        <location filename="../../auditor_app/ui/findings/detail.py" line="+34"/>
        <source>raised by %1</source>
        <translation>erhoben von %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No clause reference.</source>
        <translation>Kein Normbezug.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clauses</source>
        <translation>Abschnitte</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Requirement</source>
        <translation>Anforderung</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Objective evidence</source>
        <translation>Objektiver Nachweis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Statement of nonconformity</source>
        <translation>Beschreibung der Nichtkonformität</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Statement</source>
        <translation>Aussage</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Root cause</source>
        <translation>Grundursache</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correction</source>
        <translation>Korrektur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Corrective action</source>
        <translation>Korrekturmaßnahme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due date</source>
        <translation>Fällig am</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verified by</source>
        <translation>Verifiziert von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed on</source>
        <translation>Abgeschlossen am</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Follow-up</source>
        <translation>Nachverfolgung</translation>
    </message>
</context>
<context>
    <name>FindingsFeature</name>
    <message>
        <location filename="../../auditor_app/ui/findings/feature.py" line="+35"/>
        <location line="+1"/>
        <location line="+47"/>
        <source>Findings</source>
        <translation>Feststellungen</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>New &amp;finding…</source>
        <translation>Neue &amp;Feststellung…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show all f&amp;indings</source>
        <translation>Alle Feststellungen &amp;anzeigen</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Findings (%1)</source>
        <translation>Feststellungen (%1)</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Finding %1 deleted — Edit › Undo brings it back.</source>
        <translation>Feststellung %1 gelöscht – Bearbeiten › Rückgängig holt sie zurück.</translation>
    </message>
</context>
<context>
    <name>FindingsPage</name>
    <message>
        <location filename="../../auditor_app/ui/findings/page.py" line="+47"/>
        <source>Filter findings: reference, clause, text, owner…</source>
        <translation>Filtern: Referenz, Abschnitt, Text, Verantwortliche…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show findings of one grade</source>
        <translation>Feststellungen einer Bewertung anzeigen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show findings with one follow-up status</source>
        <translation>Feststellungen mit einem Status der Nachverfolgung anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;New finding…</source>
        <translation>&amp;Neue Feststellung…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>All grades</source>
        <translation>Alle Bewertungen</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>No findings yet. Raise one from a clause with Audit › New finding… (Ctrl+Shift+F).</source>
        <translation>Noch keine Feststellungen. Erheben Sie eine zu einem Abschnitt mit Audit › Neue Feststellung… (Strg+Umschalt+F).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Select a finding to see it in full.</source>
        <translation>Wählen Sie eine Feststellung aus, um sie vollständig zu sehen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2 findings</source>
        <translation>%1 von %2 Feststellungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 findings</source>
        <translation>%1 Feststellungen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>1 finding</source>
        <translation>1 Feststellung</translation>
    </message>
</context>
<context>
    <name>FindingsTable</name>
    <message>
        <location filename="../../auditor_app/ui/findings/table_model.py" line="+51"/>
        <source>Ref.</source>
        <translation>Ref.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grade</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clauses</source>
        <translation>Abschnitte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Statement</source>
        <translation>Aussage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Raised by</source>
        <translation>Erhoben von</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <location filename="../../auditor_app/ui/cycle/follow_up_dialog.py" line="+32"/>
        <source>the item</source>
        <translation>diesem Punkt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Follow-up finding for %1</source>
        <translation>Folgefeststellung zu %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>What is still not fulfilled</source>
        <translation>Was weiterhin nicht erfüllt ist</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The objective evidence seen in this audit</source>
        <translation>Der in diesem Audit gesehene objektive Nachweis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Outcome:</source>
        <translation>Ergebnis:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grade:</source>
        <translation>Bewertung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clauses:</source>
        <translation>Abschnitte:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requirement:</source>
        <translation>Anforderung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Statement:</source>
        <translation>Aussage:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence:</source>
        <translation>Nachweis:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Raise finding</source>
        <translation>Feststellung erheben</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Write the statement: what is still not fulfilled.</source>
        <translation>Schreiben Sie die Aussage: was weiterhin nicht erfüllt ist.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A nonconformity needs the objective evidence seen.</source>
        <translation>Eine Nichtkonformität braucht den gesehenen objektiven Nachweis.</translation>
    </message>
</context>
<context>
    <name>FollowUpForm</name>
    <message>
        <location filename="../../auditor_app/ui/findings/follow_up.py" line="+52"/>
        <source>Why did it happen? (the auditee&apos;s analysis)</source>
        <translation>Warum ist es passiert? (die Analyse der auditierten Organisation)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was done about this case</source>
        <translation>Was in diesem Fall getan wurde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What stops it happening again</source>
        <translation>Was verhindert, dass es wieder passiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agreed:</source>
        <translation>Vereinbart:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closed:</source>
        <translation>Abgeschlossen:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Root cause:</source>
        <translation>&amp;Grundursache:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;orrection:</source>
        <translation>&amp;Korrektur:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Corrective &amp;action:</source>
        <translation>Korrektur&amp;maßnahme:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action o&amp;wner:</source>
        <translation>&amp;Verantwortlich:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due date:</source>
        <translation>Fällig am:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Verified by:</source>
        <translation>Veri&amp;fiziert von:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed on:</source>
        <translation>Abgeschlossen am:</translation>
    </message>
</context>
<context>
    <name>GalleryPage</name>
    <message>
        <location filename="../../auditor_app/ui/evidence/gallery_page.py" line="+37"/>
        <source>Evidence</source>
        <translation>Nachweise</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filter by caption, file name or camera</source>
        <translation>Nach Bildunterschrift, Dateiname oder Kamera filtern</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All evidence</source>
        <translation>Alle Nachweise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not yet assigned</source>
        <translation>Noch nicht zugeordnet</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+51"/>
        <source>On the clause shown</source>
        <translation>Zum angezeigten Abschnitt</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>Oldest first</source>
        <translation>Älteste zuerst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Newest first</source>
        <translation>Neueste zuerst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sorted by the time each photo was taken</source>
        <translation>Nach Aufnahmezeit der Fotos sortiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add files…</source>
        <translation>Dateien hinzufügen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paste</source>
        <translation>Einfügen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No evidence here.
Drop photos or documents on this page, or use Add files…</source>
        <translation>Hier gibt es keine Nachweise.
Fotos oder Dokumente auf diese Seite ziehen oder „Dateien hinzufügen…“ verwenden</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Show:</source>
        <translation>&amp;Anzeigen:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Order:</source>
        <translation>&amp;Reihenfolge:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>On clause %1</source>
        <translation>Zu Abschnitt %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 files</source>
        <translation>%1 Dateien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2 files</source>
        <translation>%1 von %2 Dateien</translation>
    </message>
</context>
<context>
    <name>HistoryDock</name>
    <message>
        <location filename="../../auditor_app/ui/history_dock.py" line="+28"/>
        <location line="+35"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select a clause to see who changed what in it, and when.</source>
        <translation>Wählen Sie einen Abschnitt, um zu sehen, wer darin wann was geändert hat.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nothing has been recorded for this clause yet.</source>
        <translation>Zu diesem Abschnitt wurde noch nichts aufgezeichnet.</translation>
    </message>
</context>
<context>
    <name>InfoPane</name>
    <message>
        <location filename="../../auditor_app/ui/evidence/viewer_info.py" line="+34"/>
        <source>What the photo shows (appears in the report)</source>
        <translation>Was das Foto zeigt (erscheint im Bericht)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Taken</source>
        <translation>Aufgenommen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Camera</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added by</source>
        <translation>Hinzugefügt von</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Picture</source>
        <translation>Bild</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Caption</source>
        <translation>Bildunterschrift</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Evidence integrity (SHA-256)</source>
        <translation>Unversehrtheit des Nachweises (SHA-256)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Used by</source>
        <translation>Verwendet von</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+1"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Of the original as taken; the audit stores a reduced copy.</source>
        <translation>Vom Original, wie aufgenommen; das Audit speichert eine verkleinerte Kopie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Of the file as stored, unchanged since it was added.</source>
        <translation>Von der Datei, wie gespeichert, unverändert seit dem Hinzufügen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Double-click to go to the clause</source>
        <translation>Doppelklick führt zum Abschnitt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not used by any clause or finding yet.</source>
        <translation>Noch von keinem Abschnitt und keiner Feststellung verwendet.</translation>
    </message>
</context>
<context>
    <name>IssueDialog</name>
    <message>
        <location filename="../../auditor_app/ui/issuing.py" line="+43"/>
        <source>Issue report</source>
        <translation>Bericht herausgeben</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not signed</source>
        <translation>Nicht signiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2, until %3)</source>
        <translation>%1 (%2, bis %3)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The certificate names a team member other than the lead auditor</source>
        <translation>Das Zertifikat nennt ein anderes Teammitglied als die Auditleitung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revision:</source>
        <translation>Revision:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Profile:</source>
        <translation>&amp;Profil:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Certificate:</source>
        <translation>&amp;Zertifikat:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pa&amp;ssphrase:</source>
        <translation>Pass&amp;phrase:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The report is written at this revision, signed, and recorded in the audit. An issued revision is never issued again: a re-issue takes the next number.</source>
        <translation>Der Bericht wird mit dieser Revision erstellt, signiert und im Audit festgehalten. Eine herausgegebene Revision wird nie erneut herausgegeben: eine Neuausgabe erhält die nächste Nummer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Continue…</source>
        <translation>Weiter…</translation>
    </message>
</context>
<context>
    <name>IssueFlow</name>
    <message>
        <location line="+62"/>
        <source>Issue report</source>
        <translation>Bericht herausgeben</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Issuing the report</source>
        <translation>Bericht wird herausgegeben</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Issuing the report to %1…</source>
        <translation>Bericht wird als %1 herausgegeben…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stopping; nothing is written or recorded…</source>
        <translation>Wird abgebrochen; nichts wird geschrieben oder festgehalten…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Signed by %1.</source>
        <translation>Signiert von %1.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not signed.</source>
        <translation>Nicht signiert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revision %1 was issued and recorded in the audit.
%2

Saved as
%3</source>
        <translation>Revision %1 wurde herausgegeben und im Audit festgehalten.
%2

Gespeichert als
%3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It replaces revision %1.</source>
        <translation>Sie ersetzt Revision %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Report issued</source>
        <translation>Bericht herausgegeben</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Issued revision %1 to %2</source>
        <translation>Revision %1 als %2 herausgegeben</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Report not issued</source>
        <translation>Bericht nicht herausgegeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1

No file was written and nothing was recorded.</source>
        <translation>%1

Es wurde keine Datei geschrieben und nichts festgehalten.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../auditor_app/ui/main_window.py" line="+93"/>
        <source>Clauses</source>
        <translation>Abschnitte</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Audit files and sealed packages (*.audit *.age);;Audit files (*.audit);;Sealed packages (*.age);;All files (*)</source>
        <translation>Auditdateien und versiegelte Pakete (*.audit *.age);;Auditdateien (*.audit);;Versiegelte Pakete (*.age);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../auditor_app/ui/window_menus.py" line="+16"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;sample audit</source>
        <translation>&amp;Beispielaudit öffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save a &amp;copy…</source>
        <translation>&amp;Kopie speichern…</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Quit</source>
        <translation>B&amp;eenden</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Filter clauses</source>
        <translation>Abschnitte &amp;filtern</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>&amp;Audit</source>
        <translation>A&amp;udit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;vidence</source>
        <translation>&amp;Nachweise</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../../auditor_app/ui/main_window.py" line="-1"/>
        <source>Open audit</source>
        <translation>Audit öffnen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Copy saved to %1</source>
        <translation>Kopie gespeichert unter %1</translation>
    </message>
    <message>
        <location filename="../../auditor_app/ui/window_session.py" line="+87"/>
        <source>Cannot open audit file</source>
        <translation>Auditdatei kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Audit file damaged</source>
        <translation>Auditdatei beschädigt</translation>
    </message>
    <message>
        <location filename="../../auditor_app/ui/window_views.py" line="+71"/>
        <source>Change not saved</source>
        <translation>Änderung nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>MeetingPanel</name>
    <message>
        <location filename="../../auditor_app/ui/details/meetings.py" line="+42"/>
        <source>Meeting</source>
        <translation>Besprechung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Held at:</source>
        <translation>&amp;Stattgefunden in:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Location:</source>
        <translation>&amp;Ort:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Notizen:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Agenda points confirmed, questions</source>
        <translation>Bestätigte Tagesordnungspunkte, Fragen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ac&amp;knowledgement:</source>
        <translation>&amp;Kenntnisnahme:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the auditee&apos;s management acknowledged</source>
        <translation>Was die Leitung der auditierten Organisation zur Kenntnis genommen hat</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Name of an attendee, then Enter</source>
        <translation>Name eines Teilnehmers, dann Eingabe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the auditee people</source>
        <translation>Personen der auditierten Organisation hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everyone recorded as interviewed or contacted at the client</source>
        <translation>Alle, die beim Kunden als befragt oder kontaktiert erfasst sind</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the audit team</source>
        <translation>Auditteam hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&lt;b&gt;Attendance&lt;/b&gt; — %1 of %2 present</source>
        <translation>&lt;b&gt;Anwesenheit&lt;/b&gt; – %1 von %2 anwesend</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Add %1 to the %2</source>
        <translation>%1 zur %2 hinzufügen</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Add %n attendees to the %1</source>
        <translation>
            <numerusform>%n Teilnehmer zur %1 hinzufügen</numerusform>
            <numerusform>%n Teilnehmer zur %1 hinzufügen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Mark %1 present</source>
        <translation>%1 als anwesend markieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mark %1 absent</source>
        <translation>%1 als abwesend markieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit attendee %1</source>
        <translation>Teilnehmer %1 bearbeiten</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>&lt;b&gt;Attendance&lt;/b&gt;</source>
        <translation>&lt;b&gt;Anwesenheit&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <location line="+71"/>
        <source>Remove %n attendee(s)</source>
        <translation>
            <numerusform>%n Teilnehmer entfernen</numerusform>
            <numerusform>%n Teilnehmer entfernen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MeetingsSection</name>
    <message>
        <location line="+16"/>
        <source>Opening and closing meetings</source>
        <translation>Eröffnungs- und Abschlussbesprechung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attendance lists and what was agreed (ISO 19011 6.4.3 and 6.4.10).</source>
        <translation>Teilnehmerlisten und Vereinbartes (ISO 19011 6.4.3 und 6.4.10).</translation>
    </message>
</context>
<context>
    <name>MergeFlow</name>
    <message numerus="yes">
        <location filename="../../auditor_app/ui/merging.py" line="+98"/>
        <source>Checking and merging %n file(s): %1.
Every file is verified before anything is written.</source>
        <translation>
            <numerusform>%n Datei wird geprüft und zusammengeführt: %1.
Jede Datei wird geprüft, bevor etwas geschrieben wird.</numerusform>
            <numerusform>%n Dateien werden geprüft und zusammengeführt: %1.
Jede Datei wird geprüft, bevor etwas geschrieben wird.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Merging team files</source>
        <translation>Teamdateien werden zusammengeführt</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Merge a different audit?</source>
        <translation>Ein anderes Audit zusammenführen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1.

%2</source>
        <translation>%1.

%2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Nothing merged</source>
        <translation>Nichts zusammengeführt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1

Your audit file was not changed.</source>
        <translation>%1

Ihre Auditdatei wurde nicht verändert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: sealed package, checked; signed by %2</source>
        <translation>%1: versiegeltes Paket, geprüft; signiert von %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Merge finished</source>
        <translation>Zusammenführung abgeschlossen</translation>
    </message>
</context>
<context>
    <name>MergeHistory</name>
    <message>
        <location filename="../../auditor_app/ui/merge_history.py" line="+63"/>
        <source>&amp;Merge history…</source>
        <translation>Verlauf der &amp;Zusammenführungen…</translation>
    </message>
</context>
<context>
    <name>MergeHistoryDialog</name>
    <message>
        <location line="-38"/>
        <source>Merge history</source>
        <translation>Verlauf der Zusammenführungen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Merged</source>
        <translation>Zusammengeführt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Recorded by</source>
        <translation>Erfasst von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Evidence files</source>
        <translation>Nachweisdateien</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>nothing new</source>
        <translation>nichts Neues</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 team file(s) merged into this audit; every change keeps its author.</source>
        <translation>%1 Teamdatei(en) in dieses Audit zusammengeführt; jede Änderung behält ihre Urheberin oder ihren Urheber.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No team file has been merged into this audit yet (File › Merge team files…).</source>
        <translation>In dieses Audit wurde noch keine Teamdatei zusammengeführt (Datei › Teamdateien zusammenführen…).</translation>
    </message>
</context>
<context>
    <name>MergeWords</name>
    <message>
        <location filename="../../auditor_app/ui/merging.py" line="+13"/>
        <source>%1: nothing new</source>
        <translation>%1: nichts Neues</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n operation(s)</source>
        <translation>
            <numerusform>%n Vorgang</numerusform>
            <numerusform>%n Vorgänge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n evidence file(s)</source>
        <translation>
            <numerusform>%n Nachweisdatei</numerusform>
            <numerusform>%n Nachweisdateien</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2, %3</source>
        <translation>%1: %2, %3</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1: %n of them unsigned (%2)</source>
        <translation>
            <numerusform>%1: davon %n unsigniert (%2)</numerusform>
            <numerusform>%1: davon %n unsigniert (%2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n conflict(s) to decide: see View ▸ Conflicts.</source>
        <translation>
            <numerusform>%n Konflikt zu entscheiden: siehe Ansicht ▸ Konflikte.</numerusform>
            <numerusform>%n Konflikte zu entscheiden: siehe Ansicht ▸ Konflikte.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No conflicts: every team member&apos;s work agrees.</source>
        <translation>Keine Konflikte: Die Arbeit aller Teammitglieder stimmt überein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A merge cannot be undone, and earlier changes can no longer be undone either.</source>
        <translation>Eine Zusammenführung kann nicht rückgängig gemacht werden, frühere Änderungen ebenfalls nicht mehr.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The audit as it was before the merge is saved as
%1</source>
        <translation>Das Audit im Zustand vor der Zusammenführung ist gespeichert unter
%1</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%1 holds %n unsigned change(s) (%2), made by a version without signing or added by hand: nothing shows who really made them.

Merge them only if you trust how the file reached you.</source>
        <translation>
            <numerusform>%1 enthält %n unsignierte Änderung (%2), gemacht mit einer Version ohne Signaturen oder von Hand hinzugefügt: Nichts zeigt, wer sie wirklich gemacht hat.

Führen Sie sie nur zusammen, wenn Sie dem Weg vertrauen, auf dem die Datei zu Ihnen kam.</numerusform>
            <numerusform>%1 enthält %n unsignierte Änderungen (%2), gemacht mit einer Version ohne Signaturen oder von Hand hinzugefügt: Nichts zeigt, wer sie wirklich gemacht hat.

Führen Sie sie nur zusammen, wenn Sie dem Weg vertrauen, auf dem die Datei zu Ihnen kam.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Merge unsigned changes?</source>
        <translation>Unsignierte Änderungen zusammenführen?</translation>
    </message>
</context>
<context>
    <name>N19Factors</name>
    <message>
        <location filename="../../auditor_app/ui/findings/n19_factors.py" line="+25"/>
        <source>&amp;Repeat occurrence (raised at an earlier audit)</source>
        <translation>&amp;Wiederholtes Auftreten (bei einem früheren Audit erhoben)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No &amp;documented procedure or process</source>
        <translation>Kein &amp;dokumentiertes Verfahren oder kein Prozess</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nonconforming medical devices &amp;released</source>
        <translation>Nichtkonforme Medizinprodukte &amp;freigegeben</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1 (computed by GHTF/SG3/N19; it cannot be picked)</source>
        <translation>%1 (berechnet nach GHTF/SG3/N19; nicht wählbar)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Several ISO 13485 clauses are cited: the highest grade counts (%1).</source>
        <translation>Mehrere Abschnitte der ISO 13485 sind angegeben: die höchste Bewertung zählt (%1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not graded by N19: %1.</source>
        <translation>Nicht nach N19 bewertet: %1.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Grade %1 (graded without N19 factors)</source>
        <translation>Bewertung %1 (ohne N19-Faktoren bewertet)</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>No grade yet: N19 grades ISO 13485 clauses 4 to 8; add one to the clause references.</source>
        <translation>Noch keine Bewertung: N19 bewertet die Abschnitte 4 bis 8 der ISO 13485; fügen Sie einen davon zu den Normbezügen hinzu.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Nonconformity (grade computed by GHTF N19)</source>
        <translation>Nichtkonformität (Bewertung berechnet nach GHTF N19)</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../../auditor_app/ui/navigation.py" line="+19"/>
        <source>&amp;Next clause</source>
        <translation>&amp;Nächster Abschnitt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Previous clause</source>
        <translation>&amp;Vorheriger Abschnitt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next clause not yet &amp;audited</source>
        <translation>Nächster noch nicht &amp;auditierter Abschnitt</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Show %1</source>
        <translation>%1 anzeigen</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>All clauses audited</source>
        <translation>Alle Abschnitte auditiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every clause of this audit has a result.</source>
        <translation>Jeder Abschnitt dieses Audits hat ein Ergebnis.</translation>
    </message>
</context>
<context>
    <name>NewAuditWizard</name>
    <message>
        <location filename="../../auditor_app/ui/new_audit_wizard.py" line="+124"/>
        <source>New audit</source>
        <translation>Neues Audit</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Create audit</source>
        <translation>Audit anlegen</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Client</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dates</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standards</source>
        <translation>Normen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 (%2 clauses)</source>
        <translation>%1 (%2 Abschnitte)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Creating the audit</source>
        <translation>Audit wird angelegt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Creating %1…</source>
        <translation>%1 wird angelegt…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Creating %1; this cannot be stopped half-way.</source>
        <translation>%1 wird angelegt; das lässt sich nicht auf halbem Weg anhalten.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Audit not created</source>
        <translation>Audit nicht angelegt</translation>
    </message>
</context>
<context>
    <name>NewFromPreviousDialog</name>
    <message>
        <location filename="../../auditor_app/ui/cycle/new_from_previous.py" line="+51"/>
        <source>New audit from previous</source>
        <translation>Neues Audit aus vorherigem Audit</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Wählen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the audit file of the previous audit of this client.</source>
        <translation>Wählen Sie die Auditdatei des vorherigen Audits dieses Kunden.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Previous audit:</source>
        <translation>Vorheriges Audit:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Audit &amp;type:</source>
        <translation>Audit&amp;art:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;itle:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dates:</source>
        <translation>Zeitraum:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checklists:</source>
        <translation>Checklisten:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as:</source>
        <translation>Speichern unter:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Create audit</source>
        <translation>Audit anlegen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Previous audit</source>
        <translation>Vorheriges Audit</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+93"/>
        <source>Audit files (*.audit)</source>
        <translation>Auditdateien (*.audit)</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>The folder %1 does not exist.</source>
        <translation>Der Ordner %1 existiert nicht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 already exists. An audit file is never overwritten: choose another name.</source>
        <translation>%1 existiert bereits. Eine Auditdatei wird nie überschrieben: Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Creating %1…</source>
        <translation>%1 wird angelegt…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Creating %1; this cannot be stopped half-way.</source>
        <translation>%1 wird angelegt; das lässt sich nicht auf halbem Weg anhalten.</translation>
    </message>
    <message>
        <location line="-105"/>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Client: %1</source>
        <translation>Kunde: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n open finding(s) to verify</source>
        <translation>
            <numerusform>%n offene Feststellung zu verifizieren</numerusform>
            <numerusform>%n offene Feststellungen zu verifizieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n area(s) of concern to check</source>
        <translation>
            <numerusform>%n Bereich mit Klärungsbedarf zu prüfen</numerusform>
            <numerusform>%n Bereiche mit Klärungsbedarf zu prüfen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 cannot be used: %2</source>
        <translation>%1 kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 (%2): no other version in the library</source>
        <translation>%1 (%2): keine andere Version in der Bibliothek</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use %1 instead of %2</source>
        <translation>%1 statt %2 verwenden</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>New audit file</source>
        <translation>Neue Auditdatei</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose where to save the new audit file.</source>
        <translation>Wählen Sie, wo die neue Auditdatei gespeichert werden soll.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Creating the audit</source>
        <translation>Audit wird angelegt</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Audit not created</source>
        <translation>Audit nicht angelegt</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../../auditor_app/ui/note_dialog.py" line="+33"/>
        <source>Interview</source>
        <translation>Interview</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Observation on site</source>
        <translation>Beobachtung vor Ort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document review</source>
        <translation>Dokumentenprüfung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sampling</source>
        <translation>Stichprobe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>General note</source>
        <translation>Allgemeine Notiz</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Edit note</source>
        <translation>Notiz bearbeiten</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+45"/>
        <source>Add note</source>
        <translation>Notiz hinzufügen</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Pick from the people met, or type a new name</source>
        <translation>Aus den getroffenen Personen wählen oder einen neuen Namen eingeben</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Role or job title of a new interviewee</source>
        <translation>Funktion oder Stellenbezeichnung einer neuen befragten Person</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hall, line, office, site…</source>
        <translation>Halle, Linie, Büro, Standort…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Document number or title</source>
        <translation>Dokumentnummer oder -titel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. 240 purchase orders Jan–Jun</source>
        <translation>z. B. 240 Bestellungen Jan.–Juni</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>random, every 10th, risk-based…</source>
        <translation>zufällig, jede 10., risikobasiert…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not given</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The items checked, one per line</source>
        <translation>Die geprüften Elemente, eines pro Zeile</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What was said, seen or read — facts, names, document numbers…</source>
        <translation>Was gesagt, gesehen oder gelesen wurde – Fakten, Namen, Dokumentnummern…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Internal note (kept out of the client report)</source>
        <translation>Interne Notiz (nicht im Bericht für den Kunden)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save note</source>
        <translation>Notiz speichern</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Interviewee:</source>
        <translation>&amp;Befragte Person:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role:</source>
        <translation>Funktion:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Department:</source>
        <translation>Abteilung:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Document:</source>
        <translation>&amp;Dokument:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;vision:</source>
        <translation>Re&amp;vision:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Population:</source>
        <translation>&amp;Grundgesamtheit:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Method:</source>
        <translation>Methode:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sample &amp;size:</source>
        <translation>Stichproben&amp;umfang:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Items:</source>
        <translation>Elemente:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Where:</source>
        <translation>&amp;Wo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Text:</source>
        <translation>&amp;Text:</translation>
    </message>
</context>
<context>
    <name>OfficeStore</name>
    <message>
        <location filename="../../auditor_app/ui/office_store/feature.py" line="+29"/>
        <source>S&amp;ync with the office store…</source>
        <translation>Mit dem Bürospeicher s&amp;ynchronisieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office store &amp;archive…</source>
        <translation>Ar&amp;chiv des Bürospeichers…</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Preferences not saved</source>
        <translation>Einstellungen nicht gespeichert</translation>
    </message>
    <message>
        <location line="-19"/>
        <location line="+25"/>
        <source>Office store</source>
        <translation>Bürospeicher</translation>
    </message>
</context>
<context>
    <name>PhotoReview</name>
    <message>
        <location filename="../../auditor_app/ui/evidence_import/review_model.py" line="+79"/>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Taken</source>
        <translation>Aufgenommen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Camera</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clause</source>
        <translation>Abschnitt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Caption</source>
        <translation>Bildunterschrift</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Refused: %1</source>
        <translation>Abgelehnt: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duplicate: already in this audit</source>
        <translation>Doppelt: bereits in diesem Audit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duplicate of %1</source>
        <translation>Doppelt zu %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1
Suggested by the audit-plan slot the photo was taken in</source>
        <translation>%1
Vorgeschlagen nach dem Zeitfenster des Auditplans, in dem das Foto aufgenommen wurde</translation>
    </message>
</context>
<context>
    <name>PlanSection</name>
    <message>
        <location filename="../../auditor_app/ui/details/plan.py" line="+55"/>
        <source>&amp;Add slot</source>
        <translation>Zeitfenster &amp;hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new slot after the last one; double-click a cell to edit it</source>
        <translation>Ein neues Zeitfenster nach dem letzten; zum Bearbeiten eine Zelle doppelklicken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Audit plan</source>
        <translation>Auditplan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The timetable agreed with the client, in order of day and start time. Double-click a cell to edit.</source>
        <translation>Der mit dem Kunden vereinbarte Ablauf, nach Tag und Beginn geordnet. Zum Bearbeiten eine Zelle doppelklicken.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Change %1 in the audit plan</source>
        <translation>%1 im Auditplan ändern</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add a slot to the audit plan</source>
        <translation>Zeitfenster zum Auditplan hinzufügen</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>Remove %n slot(s) from the audit plan</source>
        <translation>
            <numerusform>%n Zeitfenster aus dem Auditplan entfernen</numerusform>
            <numerusform>%n Zeitfenster aus dem Auditplan entfernen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../auditor_app/ui/preferences_dialog.py" line="+47"/>
        <source>The logo file is not there any more: %1</source>
        <translation>Die Logodatei ist nicht mehr vorhanden: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not a picture that can be used: %1 (%2)</source>
        <translation>Kein verwendbares Bild: %1 (%2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>As it should appear on your changes and in reports</source>
        <translation>So, wie er auf Ihren Änderungen und in Berichten erscheinen soll</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Your certification body or consultancy</source>
        <translation>Ihre Zertifizierungsstelle oder Ihr Beratungsunternehmen</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+8"/>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Built-in</source>
        <translation>Mitgeliefert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep photos exactly as taken (largest files)</source>
        <translation>Fotos genau so behalten, wie sie aufgenommen wurden (größte Dateien)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>You</source>
        <translation>Sie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Initials:</source>
        <translation>&amp;Kürzel:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stamped on every change you make, so the audit trail shows who did what.</source>
        <translation>Wird bei jeder Änderung vermerkt: Der Prüfpfad zeigt, wer was getan hat.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Window</source>
        <translation>Fenster</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Language:</source>
        <translation>S&amp;prache:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new language takes effect at the next start.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New audits</source>
        <translation>Neue Audits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Grading of findings:</source>
        <translation>&amp;Bewertung der Feststellungen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report branding</source>
        <translation>Gestaltung des Berichts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Logo:</source>
        <translation>Logo:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Default Word template:</source>
        <translation>Standard-Word-Vorlage:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Photos added as evidence</source>
        <translation>Als Nachweis hinzugefügte Fotos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Otherwise, longest &amp;edge:</source>
        <translation>Sonst l&amp;ängste Kante:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JPEG &amp;quality:</source>
        <translation>JPEG-&amp;Qualität:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Report logo</source>
        <translation>Logo für den Bericht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pictures (*.png *.jpg *.jpeg *.bmp *.webp)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.bmp *.webp)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Logo not used</source>
        <translation>Logo nicht verwendet</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No logo</source>
        <translation>Kein Logo</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Word report template</source>
        <translation>Vorlage für den Word-Bericht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Word documents (*.docx)</source>
        <translation>Word-Dokumente (*.docx)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Template not used</source>
        <translation>Vorlage nicht verwendet</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Built-in template (the PDF report&apos;s sections)</source>
        <translation>Mitgelieferte Vorlage (die Abschnitte des PDF-Berichts)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Preferences not saved</source>
        <translation>Einstellungen nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>PreviousFindingsPage</name>
    <message>
        <location filename="../../auditor_app/ui/cycle/previous_page.py" line="+89"/>
        <source>What was seen that shows the action worked (or did not)</source>
        <translation>Was gesehen wurde und zeigt, dass die Maßnahme gewirkt hat (oder nicht)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Record verification</source>
        <translation>Verifizierung &amp;erfassen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Raise &amp;follow-up finding…</source>
        <translation>&amp;Folgefeststellung erheben…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Outcome:</source>
        <translation>Ergebnis:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence:</source>
        <translation>Nachweis:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verified by:</source>
        <translation>Verifiziert von:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On:</source>
        <translation>Am:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rests on:</source>
        <translation>Stützt sich auf:</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Statement</source>
        <translation>Aussage</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Requirement / area</source>
        <translation>Anforderung / Bereich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clauses</source>
        <translation>Abschnitte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status then</source>
        <translation>Status damals</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client response</source>
        <translation>Stellungnahme des Kunden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not verified yet</source>
        <translation>Noch nicht verifiziert</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>A follow-up finding was raised.</source>
        <translation>Eine Folgefeststellung wurde erhoben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Note: %1</source>
        <translation>Notiz: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photo: %1</source>
        <translation>Foto: %1</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <location filename="../../auditor_app/ui/export_dialogs.py" line="-149"/>
        <source>Export report (PDF)</source>
        <translation>Bericht exportieren (PDF)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export report (Word)</source>
        <translation>Bericht exportieren (Word)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export workbook (Excel)</source>
        <translation>Arbeitsmappe exportieren (Excel)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Profile:</source>
        <translation>&amp;Profil:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The audit&apos;s language</source>
        <translation>Sprache des Audits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Report &amp;language:</source>
        <translation>Berichts&amp;sprache:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Second language:</source>
        <translation>&amp;Zweite Sprache:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Template:</source>
        <translation>Vorlage:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>P&amp;hoto size:</source>
        <translation>&amp;Fotogröße:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sections</source>
        <translation>Abschnitte des Berichts</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Continue…</source>
        <translation>Weiter…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Required in a certification report (ISO/IEC 17021-1 9.4.8)</source>
        <translation>In einem Zertifizierungsbericht vorgeschrieben (ISO/IEC 17021-1 9.4.8)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Estimated size: about %1 MB (%2 photos)</source>
        <translation>Geschätzte Größe: etwa %1 MB (%2 Fotos)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 of %2 photos measured from copies already made; the rest estimated from typical photos. Usually within 20 %.</source>
        <translation>%1 von %2 Fotos an bereits erstellten Kopien gemessen, die übrigen nach typischen Fotos geschätzt. Meist auf 20 % genau.</translation>
    </message>
</context>
<context>
    <name>RecentAuditsModel</name>
    <message>
        <location filename="../../auditor_app/ui/models/recent_audits.py" line="+53"/>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Client</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dates</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>File not found: %1</source>
        <translation>Datei nicht gefunden: %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>file not found</source>
        <translation>Datei nicht gefunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../auditor_app/ui/start_page.py" line="+178"/>
        <source>%1 of %2 clauses</source>
        <translation>%1 von %2 Abschnitten</translation>
    </message>
</context>
<context>
    <name>RelatedClauses</name>
    <message>
        <location filename="../../auditor_app/ui/related_clauses.py" line="+56"/>
        <location line="+17"/>
        <source>Also relevant to</source>
        <translation>Auch relevant für</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Also relevant to (%1)</source>
        <translation>Auch relevant für (%1)</translation>
    </message>
</context>
<context>
    <name>RelatedClausesTab</name>
    <message>
        <location line="-45"/>
        <source>In an integrated audit, evidence for this clause often also answers these clauses of the other standards (cross-walk). Double-click to go there.</source>
        <translation>In einem kombinierten Audit beantworten Nachweise zu diesem Abschnitt oft auch diese Abschnitte der anderen Normen (Querverweis). Doppelklick führt dorthin.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 %2 — %3 · %4</source>
        <translation>%1 %2 — %3 · %4</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No corresponding clause in the other standards loaded in this audit.</source>
        <translation>Kein entsprechender Abschnitt in den anderen Normen dieses Audits.</translation>
    </message>
</context>
<context>
    <name>ResultDelegate</name>
    <message>
        <location filename="../../auditor_app/ui/search_panel.py" line="+118"/>
        <source>Not tied to a clause</source>
        <translation>Keinem Abschnitt zugeordnet</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <location filename="../../auditor_app/ui/evidence_import/review_dialog.py" line="+64"/>
        <source>Import photos</source>
        <translation>Fotos importieren</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>↑ ↓ move between photos · type a clause number, Enter to confirm and go on · Space includes or leaves out a photo · Tab to the caption · Ctrl+Enter imports</source>
        <translation>↑ ↓ zwischen Fotos wechseln · Abschnittsnummer tippen, mit Eingabe bestätigen und weiter · Leertaste nimmt ein Foto auf oder lässt es weg · Tab zur Bildunterschrift · Strg+Eingabe importiert</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>“%1” is not a clause of this audit; the clause was left as it was.</source>
        <translation>„%1“ ist kein Abschnitt dieses Audits; der Abschnitt wurde nicht geändert.</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%n photo(s) found in %1</source>
        <translation>
            <numerusform>%n Foto in %1 gefunden</numerusform>
            <numerusform>%n Fotos in %1 gefunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n already in this audit or found twice</source>
        <translation>
            <numerusform>%n bereits in diesem Audit oder doppelt gefunden</numerusform>
            <numerusform>%n bereits in diesem Audit oder doppelt gefunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n refused</source>
        <translation>
            <numerusform>%n abgelehnt</numerusform>
            <numerusform>%n abgelehnt</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each photo is suggested the first clause of the audit-plan slot it was taken in. Confirm or change it.</source>
        <translation>Jedem Foto wird der erste Abschnitt des Zeitfensters im Auditplan vorgeschlagen, in dem es aufgenommen wurde. Bestätigen oder ändern Sie ihn.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n photo(s) to import have no clause yet.</source>
        <translation>
            <numerusform>%n zu importierendes Foto hat noch keinen Abschnitt.</numerusform>
            <numerusform>%n zu importierende Fotos haben noch keinen Abschnitt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Import %n photo(s)</source>
        <translation>
            <numerusform>%n Foto importieren</numerusform>
            <numerusform>%n Fotos importieren</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScopePage</name>
    <message>
        <location filename="../../auditor_app/ui/new_audit_wizard.py" line="-103"/>
        <source>Scope, objectives and criteria</source>
        <translation>Geltungsbereich, Ziele und Kriterien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As agreed with the client; the report states them (ISO 19011 6.5.1).</source>
        <translation>Wie mit dem Kunden vereinbart; der Bericht nennt sie (ISO 19011 6.5.1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activities, products, processes and sites covered, e.g. Design and manufacture of precision turned parts for the automotive industry</source>
        <translation>Abgedeckte Tätigkeiten, Produkte, Prozesse und Standorte, z. B. Konstruktion und Fertigung von Präzisionsdrehteilen für die Automobilindustrie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. Determine the conformity of the management system with the audit criteria and its ability to meet its objectives</source>
        <translation>z. B. Feststellen der Konformität des Managementsystems mit den Auditkriterien und seiner Fähigkeit, seine Ziele zu erreichen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The standards, plus the client&apos;s own requirements</source>
        <translation>Die Normen sowie die eigenen Anforderungen des Kunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Scope:</source>
        <translation>&amp;Geltungsbereich:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Objectives:</source>
        <translation>Audit&amp;ziele:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Criteria:</source>
        <translation>&amp;Kriterien:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1; the client&apos;s management system documentation; applicable legal requirements</source>
        <translation>%1; die Dokumentation des Managementsystems des Kunden; zutreffende gesetzliche Anforderungen</translation>
    </message>
</context>
<context>
    <name>SearchFeature</name>
    <message>
        <location filename="../../auditor_app/ui/search_feature.py" line="+54"/>
        <source>&amp;Find in audit…</source>
        <translation>Im Audit &amp;suchen…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;History</source>
        <translation>Ver&amp;lauf</translation>
    </message>
    <message>
        <location line="+38"/>
        <location line="+29"/>
        <source>Search is not available: %1</source>
        <translation>Die Suche ist nicht verfügbar: %1</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>%1 — with its notes, evidence and findings</source>
        <translation>%1 – mit seinen Notizen, Nachweisen und Feststellungen</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>This item is not tied to a clause.</source>
        <translation>Dieser Eintrag ist keinem Abschnitt zugeordnet.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Evidence</source>
        <translation>Nachweise</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../auditor_app/ui/search_panel.py" line="+12"/>
        <source>Find in audit</source>
        <translation>Im Audit suchen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search notes, findings, evidence, people…</source>
        <translation>Notizen, Feststellungen, Nachweise, Personen suchen…</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Type to search notes, findings, evidence captions and file names, people and clause titles.</source>
        <translation>Tippen, um Notizen, Feststellungen, Bildunterschriften und Dateinamen der Nachweise, Personen und Abschnittstitel zu durchsuchen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Indexing the audit…</source>
        <translation>Das Audit wird indiziert…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No matches for “%1”.</source>
        <translation>Keine Treffer für „%1“.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The first %1 results — add a word to narrow the search.</source>
        <translation>Die ersten %1 Treffer – ein weiteres Wort grenzt die Suche ein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 results</source>
        <translation>%1 Treffer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 result in 1 clause</source>
        <translation>1 Treffer in 1 Abschnitt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 results in 1 clause</source>
        <translation>%1 Treffer in 1 Abschnitt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 results in %2 clauses</source>
        <translation>%1 Treffer in %2 Abschnitten</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>1 result</source>
        <translation>1 Treffer</translation>
    </message>
</context>
<context>
    <name>SecretDialog</name>
    <message>
        <location filename="../../auditor_app/ui/package_keys.py" line="+52"/>
        <source>Other key file…</source>
        <translation>Andere Schlüsseldatei…</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <location filename="../../auditor_app/ui/details/signature_pad.py" line="+48"/>
        <source>Signature pad</source>
        <translation>Unterschriftenfeld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign here with a pen, a finger or the mouse</source>
        <translation>Hier mit Stift, Finger oder Maus unterschreiben</translation>
    </message>
    <message>
        <location line="+176"/>
        <source>Sign above the line</source>
        <translation>Über der Linie unterschreiben</translation>
    </message>
</context>
<context>
    <name>SignoffBox</name>
    <message>
        <location filename="../../auditor_app/ui/details/signoff_list.py" line="+101"/>
        <source>Sign attendance…</source>
        <translation>Teilnahme unterschreiben…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The client&apos;s representative signs on the screen that they attended the closing meeting</source>
        <translation>Der Vertreter des Kunden bestätigt am Bildschirm mit seiner Unterschrift die Teilnahme an der Abschlussbesprechung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Acknowledge findings…</source>
        <translation>Feststellungen bestätigen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The client&apos;s representative signs on the screen that the findings were presented to them</source>
        <translation>Der Vertreter des Kunden bestätigt am Bildschirm mit seiner Unterschrift, dass ihm die Feststellungen vorgestellt wurden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove sign-off</source>
        <translation>Unterschrift entfernen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&lt;b&gt;Sign-offs&lt;/b&gt; — %1</source>
        <translation>&lt;b&gt;Unterschriften&lt;/b&gt; — %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Sign-offs&lt;/b&gt;</source>
        <translation>&lt;b&gt;Unterschriften&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Sign-off by %1</source>
        <translation>Unterschrift von %1</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Remove %n sign-off(s)</source>
        <translation>
            <numerusform>%n Unterschrift entfernen</numerusform>
            <numerusform>%n Unterschriften entfernen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SignoffDialog</name>
    <message>
        <location filename="../../auditor_app/ui/details/signoff_dialog.py" line="+36"/>
        <source>I attended the closing meeting of the audit “%1” of %2 on %3.</source>
        <translation>Ich habe an der Abschlussbesprechung des Audits „%1“ bei %2 am %3 teilgenommen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Location: %1</source>
        <translation>Ort: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The findings of the audit “%1” of %2 were presented to me at the closing meeting on %3. I have understood them:</source>
        <translation>Die Feststellungen des Audits „%1“ bei %2 wurden mir in der Abschlussbesprechung am %3 vorgestellt. Ich habe sie verstanden:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(no findings were raised)</source>
        <translation>(es wurden keine Feststellungen getroffen)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Please read the statement, check your name, and sign in the box below.</source>
        <translation>Bitte lesen Sie die Erklärung, prüfen Sie Ihren Namen und unterschreiben Sie im Feld unten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Statement</source>
        <translation>Erklärung</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Clear</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Sign</source>
        <translation>&amp;Unterschreiben</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Signature:</source>
        <translation>Unterschrift:</translation>
    </message>
</context>
<context>
    <name>SignoffModel</name>
    <message>
        <location filename="../../auditor_app/ui/details/signoff_list.py" line="-155"/>
        <source>Signature</source>
        <translation>Unterschrift</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed</source>
        <translation>Unterschrieben</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Signed at</source>
        <translation>Unterschrieben am</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>(image missing)</source>
        <translation>(Bild fehlt)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SHA-256 of the image: %1</source>
        <translation>SHA-256 des Bildes: %1</translation>
    </message>
</context>
<context>
    <name>Stage1Page</name>
    <message>
        <location filename="../../auditor_app/ui/cycle/stage1_page.py" line="+44"/>
        <source>Why: what was seen of the documented system, the sites, the internal audits and the management review</source>
        <translation>Warum: was vom dokumentierten System, den Standorten, den internen Audits und der Managementbewertung gesehen wurde</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Save readiness</source>
        <translation>Bereitschaft &amp;speichern</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Readiness for Stage 2</source>
        <translation>Bereitschaft für Stufe 2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conclusion:</source>
        <translation>Schlussfolgerung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reasons:</source>
        <translation>Begründung:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Areas of concern (checked at Stage 2)</source>
        <translation>Bereiche mit Klärungsbedarf (in Stufe 2 geprüft)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>These were recorded when this audit was a Stage 1.</source>
        <translation>Diese wurden erfasst, als dieses Audit ein Audit der Stufe 1 war.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not concluded yet</source>
        <translation>Noch keine Schlussfolgerung</translation>
    </message>
</context>
<context>
    <name>StandardsPage</name>
    <message>
        <location filename="../../auditor_app/ui/new_audit_wizard.py" line="-87"/>
        <source>Standards</source>
        <translation>Normen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The audit criteria: one standard, or several for an integrated audit. Each brings its clauses with audit questions and typical evidence.</source>
        <translation>Die Auditkriterien: eine Norm oder mehrere für ein kombiniertes Audit. Jede bringt ihre Abschnitte mit Auditfragen und typischen Nachweisen mit.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reading the checklist library…</source>
        <translation>Die Checklisten-Bibliothek wird gelesen…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>built in</source>
        <translation>mitgeliefert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>your own checklist</source>
        <translation>Ihre eigene Checkliste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 clauses · edition %2 · %3</source>
        <translation>%1 Abschnitte · Ausgabe %2 · %3</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The checklist library cannot be read: %1</source>
        <translation>Die Checklisten-Bibliothek kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Choose at least one standard.</source>
        <translation>Wählen Sie mindestens eine Norm.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 chosen, %2 clauses in all.</source>
        <translation>%1 ausgewählt, insgesamt %2 Abschnitte.</translation>
    </message>
</context>
<context>
    <name>StartFeature</name>
    <message>
        <location filename="../../auditor_app/ui/start_feature.py" line="+54"/>
        <source>&amp;New audit…</source>
        <translation>&amp;Neues Audit…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Close</source>
        <translation>Schl&amp;ießen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../auditor_app/ui/start_page.py" line="-75"/>
        <source>auditor-app</source>
        <translation>auditor-app</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offline workbench for management-system audits: plan, audit on site, merge the team&apos;s work and report.</source>
        <translation>Offline-Arbeitsplatz für Managementsystem-Audits: planen, vor Ort auditieren, die Arbeit des Teams zusammenführen und berichten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New audit…</source>
        <translation>Neues Audit…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client, dates, standards and team; creates the audit file.</source>
        <translation>Kunde, Datum, Normen und Team; legt die Auditdatei an.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open…</source>
        <translation>Öffnen…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>An audit file from this computer or a team member.</source>
        <translation>Eine Auditdatei von diesem Computer oder von einem Teammitglied.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open sample audit</source>
        <translation>Beispielaudit öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A finished integrated ISO 9001 + 14001 audit to explore.</source>
        <translation>Ein abgeschlossenes kombiniertes Audit nach ISO 9001 + 14001 zum Erkunden.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Recent audits</source>
        <translation>Zuletzt geöffnete Audits</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+144"/>
        <source>Remove from list</source>
        <translation>Aus der Liste entfernen</translation>
    </message>
    <message>
        <location line="-143"/>
        <source>Forget the selected audit here; the file itself is not touched.</source>
        <translation>Das ausgewählte Audit hier vergessen; die Datei selbst bleibt unberührt.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No recent audits yet. The audits you create or open are listed here, with how far each one has got.</source>
        <translation>Noch keine zuletzt geöffneten Audits. Die Audits, die Sie anlegen oder öffnen, erscheinen hier mit ihrem Fortschritt.</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Audit file not found</source>
        <translation>Auditdatei nicht gefunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1

This file is no longer there: it may have been moved, renamed or deleted, or be on a USB stick that is not plugged in.

Remove it from the list of recent audits?</source>
        <translation>%1

Diese Datei ist nicht mehr vorhanden: Sie wurde vielleicht verschoben, umbenannt oder gelöscht oder liegt auf einem USB-Stick, der nicht eingesteckt ist.

Aus der Liste der zuletzt geöffneten Audits entfernen?</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>List not changed</source>
        <translation>Liste nicht geändert</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show in folder</source>
        <translation>Im Ordner anzeigen</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <location filename="../../auditor_app/ui/window_chrome.py" line="+39"/>
        <source>No audit open — File › New audit…, Open… or Open sample audit</source>
        <translation>Kein Audit geöffnet – Datei › Neues Audit…, Öffnen… oder Beispielaudit öffnen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 [read-only]</source>
        <translation>%1 [schreibgeschützt]</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1 of %n clause(s) audited</source>
        <translation>
            <numerusform>%1 von %n Abschnitt auditiert</numerusform>
            <numerusform>%1 von %n Abschnitten auditiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n Feststellung</numerusform>
            <numerusform>%n Feststellungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n Konflikt</numerusform>
            <numerusform>%n Konflikte</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>last edit stored at %1</source>
        <translation>letzte Änderung gespeichert um %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>read-only</source>
        <translation>schreibgeschützt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>read-only: %1</source>
        <translation>schreibgeschützt: %1</translation>
    </message>
</context>
<context>
    <name>StoreAddressBox</name>
    <message>
        <location filename="../../auditor_app/ui/store_address.py" line="+189"/>
        <source>Office store</source>
        <translation>Bürospeicher</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change…</source>
        <translation>Ändern…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sync with %1</source>
        <translation>Synchronisieren mit %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not set: asked for at the first sync</source>
        <translation>Nicht festgelegt: wird bei der ersten Synchronisierung abgefragt</translation>
    </message>
</context>
<context>
    <name>StoreAddressDialog</name>
    <message>
        <location line="-178"/>
        <source>Encrypted, the server&apos;s certificate checked (recommended)</source>
        <translation>Verschlüsselt, Zertifikat des Servers geprüft (empfohlen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encrypted, the server not checked</source>
        <translation>Verschlüsselt, Server nicht geprüft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not encrypted</source>
        <translation>Nicht verschlüsselt</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Office store</source>
        <translation>Bürospeicher</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>store.example-cb.com</source>
        <translation>speicher.beispiel-zs.de</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your login name at the store</source>
        <translation>Ihr Anmeldename beim Speicher</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The system&apos;s certificate authorities</source>
        <translation>Die Zertifizierungsstellen des Systems</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Role:</source>
        <translation>&amp;Funktion:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Encryption:</source>
        <translation>&amp;Verschlüsselung:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;CA certificate:</source>
        <translation>&amp;CA-Zertifikat:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fill in what your certification body&apos;s administrator gave you, or paste the address they sent. No password is kept here: it is asked for when the store needs it.</source>
        <translation>Tragen Sie ein, was Ihnen der Administrator Ihrer Zertifizierungsstelle gegeben hat, oder fügen Sie die zugesandte Adresse ein. Hier wird kein Passwort gespeichert: Es wird abgefragt, wenn der Speicher es verlangt.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Without encryption, your password and the audit travel in the clear: anyone on the network can read them. Use it only on a network you trust.</source>
        <translation>Ohne Verschlüsselung gehen Ihr Passwort und das Audit im Klartext über das Netz: Jeder im Netzwerk kann sie lesen. Nur in einem vertrauenswürdigen Netzwerk verwenden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server&apos;s certificate is not checked: anyone between you and the store can pose as it.</source>
        <translation>Das Zertifikat des Servers wird nicht geprüft: Jeder zwischen Ihnen und dem Speicher kann sich als dieser ausgeben.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>libpq&apos;s default (prefer)</source>
        <translation>Vorgabe von libpq (prefer)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>CA certificate</source>
        <translation>CA-Zertifikat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificates (*.crt *.pem *.cer);;All files (*)</source>
        <translation>Zertifikate (*.crt *.pem *.cer);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>StorePasswordDialog</name>
    <message>
        <location filename="../../auditor_app/ui/office_store/password.py" line="+19"/>
        <location line="+72"/>
        <source>Office store password</source>
        <translation>Passwort für den Bürospeicher</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>Your password at the %1:</source>
        <translation>Ihr Passwort beim %1:</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Remember in %1 (not asked again on this computer)</source>
        <translation>In %1 speichern (auf diesem Computer nicht mehr fragen)</translation>
    </message>
</context>
<context>
    <name>StoreRun</name>
    <message>
        <location filename="../../auditor_app/ui/office_store/archive_run.py" line="+35"/>
        <source>Stopping… Nothing is written.</source>
        <translation>Wird angehalten… Es wird nichts geschrieben.</translation>
    </message>
</context>
<context>
    <name>SyncFlow</name>
    <message>
        <location filename="../../auditor_app/ui/office_store/password.py" line="+10"/>
        <source>office store %1:%2, database %3</source>
        <translation>Bürospeicher %1:%2, Datenbank %3</translation>
    </message>
    <message>
        <location filename="../../auditor_app/ui/office_store/flow.py" line="+56"/>
        <source>Synchronising with %1: your changes go to the store first, then your team&apos;s come into this audit.</source>
        <translation>Synchronisierung mit %1: Zuerst gehen Ihre Änderungen in den Speicher, dann kommen die Ihres Teams in dieses Audit.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+41"/>
        <source>Office store</source>
        <translation>Bürospeicher</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Stopping after the current batch… What was pushed stays in the store; nothing is pulled into your audit.</source>
        <translation>Wird nach dem laufenden Paket angehalten… Was bereits übertragen wurde, bleibt im Speicher; nichts wird in Ihr Audit übernommen.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Sync cancelled</source>
        <translation>Synchronisierung abgebrochen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1

Your audit file was not changed.</source>
        <translation>%1

Ihre Auditdatei wurde nicht verändert.</translation>
    </message>
    <message>
        <location filename="../../auditor_app/ui/office_store/password.py" line="+36"/>
        <source>The password remembered in %1 was refused by the store.</source>
        <translation>Das in %1 gespeicherte Passwort wurde vom Speicher abgelehnt.</translation>
    </message>
    <message>
        <location filename="../../auditor_app/ui/office_store/flow.py" line="+5"/>
        <source>The audit is now in the office store, assigned to you.</source>
        <translation>Das Audit ist jetzt im Bürospeicher und Ihnen zugewiesen.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n operation(s)</source>
        <translation>
            <numerusform>%n Vorgang</numerusform>
            <numerusform>%n Vorgänge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n evidence file(s)</source>
        <translation>
            <numerusform>%n Nachweisdatei</numerusform>
            <numerusform>%n Nachweisdateien</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pushed to %1: %2, %3</source>
        <translation>Übertragen an %1: %2, %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing new from your team in the store.</source>
        <translation>Nichts Neues von Ihrem Team im Speicher.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n conflict(s) still to decide: see View ▸ Conflicts.</source>
        <translation>
            <numerusform>%n Konflikt noch zu entscheiden: siehe Ansicht ▸ Konflikte.</numerusform>
            <numerusform>%n Konflikte noch zu entscheiden: siehe Ansicht ▸ Konflikte.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sync finished</source>
        <translation>Synchronisierung abgeschlossen</translation>
    </message>
</context>
<context>
    <name>TeamMemberDialog</name>
    <message>
        <location filename="../../auditor_app/ui/details/team.py" line="+36"/>
        <source>Edit team member</source>
        <translation>Teammitglied bearbeiten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add team member</source>
        <translation>Teammitglied hinzufügen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Certification body or company</source>
        <translation>Zertifizierungsstelle oder Unternehmen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add member</source>
        <translation>Mitglied hinzufügen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Role:</source>
        <translation>&amp;Funktion:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
</context>
<context>
    <name>TeamModel</name>
    <message>
        <location filename="../../auditor_app/ui/new_audit_team.py" line="+87"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 (you)</source>
        <translation>%1 (Sie)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your name comes from Edit ▸ Preferences; it is also stamped on every change you make.</source>
        <translation>Ihr Name stammt aus Bearbeiten ▸ Einstellungen; er wird auch bei jeder Ihrer Änderungen vermerkt.</translation>
    </message>
</context>
<context>
    <name>TeamPage</name>
    <message>
        <location line="+48"/>
        <source>Audit team</source>
        <translation>Auditteam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One lead auditor, and the auditors, technical experts and observers with them. Double-click a cell to change it.</source>
        <translation>Ein/e Auditleiter/-in sowie die Auditor/-innen, technischen Experten und Beobachter/-innen. Zum Ändern eine Zelle doppelklicken.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Add member</source>
        <translation>Mitglied &amp;hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You are listed as “%1”. To appear under your full name, cancel and set it in Edit ▸ Preferences… first: it is stamped on every change you make.</source>
        <translation>Sie sind als „%1“ eingetragen. Um mit vollem Namen zu erscheinen, brechen Sie ab und legen Sie ihn zuerst unter Bearbeiten ▸ Einstellungen… fest: Er wird bei jeder Ihrer Änderungen vermerkt.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Make one team member the lead auditor.</source>
        <translation>Bestimmen Sie ein Teammitglied als Auditleiter/-in.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only one team member can be the lead auditor.</source>
        <translation>Nur ein Teammitglied kann Auditleiter/-in sein.</translation>
    </message>
</context>
<context>
    <name>TeamSection</name>
    <message>
        <location filename="../../auditor_app/ui/details/team.py" line="+22"/>
        <source>&amp;Add member…</source>
        <translation>Mitglied &amp;hinzufügen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Audit team</source>
        <translation>Auditteam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The lead auditor, auditors, technical experts and observers named in the report.</source>
        <translation>Die im Bericht genannten Auditleiter/-innen, Auditor/-innen, technischen Experten und Beobachter/-innen.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Add team member %1</source>
        <translation>Teammitglied %1 hinzufügen</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Edit team member %1</source>
        <translation>Teammitglied %1 bearbeiten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove team member %1</source>
        <translation>Teammitglied %1 entfernen</translation>
    </message>
</context>
<context>
    <name>TeamWork</name>
    <message>
        <location filename="../../auditor_app/ui/team.py" line="+41"/>
        <source>&amp;Merge team files…</source>
        <translation>Teamdateien &amp;zusammenführen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Hand over a copy…</source>
        <translation>Kopie &amp;übergeben…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+75"/>
        <source>&amp;Conflicts</source>
        <translation>&amp;Konflikte</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>&amp;Conflicts (%1)</source>
        <translation>&amp;Konflikte (%1)</translation>
    </message>
</context>
<context>
    <name>TemplateField</name>
    <message>
        <location filename="../../auditor_app/ui/details/template_field.py" line="+23"/>
        <source>The certification body&apos;s Word template this audit&apos;s report is filled into; templates are added in Edit › Preferences</source>
        <translation>Die Word-Vorlage der Zertifizierungsstelle, in die der Bericht dieses Audits eingesetzt wird; Vorlagen werden unter Bearbeiten › Einstellungen hinzugefügt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Built-in template</source>
        <translation>Mitgelieferte Vorlage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Default from preferences (%1)</source>
        <translation>Standard aus den Einstellungen (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default from preferences (none set: built-in template)</source>
        <translation>Standard aus den Einstellungen (keine festgelegt: mitgelieferte Vorlage)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 (not on this computer)</source>
        <translation>%1 (nicht auf diesem Computer)</translation>
    </message>
</context>
<context>
    <name>TemplateLibraryBox</name>
    <message>
        <location filename="../../auditor_app/ui/template_library_box.py" line="+32"/>
        <source>Word templates on this computer</source>
        <translation>Word-Vorlagen auf diesem Computer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Each audit chooses one of these for its Word report on its Audit page (Word report template). Added and removed at once, for every audit on this computer.</source>
        <translation>Jedes Audit wählt auf seiner Seite Audit (Vorlage für den Word-Bericht) eine davon für seinen Word-Bericht. Hinzufügen und Entfernen gilt sofort, für alle Audits auf diesem Computer.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 KB, changed %2</source>
        <translation>%1 KB, geändert %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>None yet: add your certification body&apos;s templates</source>
        <translation>Noch keine: Fügen Sie die Vorlagen Ihrer Zertifizierungsstelle hinzu</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+4"/>
        <source>Add a Word report template</source>
        <translation>Vorlage für den Word-Bericht hinzufügen</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Word documents (*.docx)</source>
        <translation>Word-Dokumente (*.docx)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name shown to audits (e.g. the scheme and language):</source>
        <translation>Name, unter dem Audits sie anbieten (z. B. Programm und Sprache):</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Replace the template?</source>
        <translation>Vorlage ersetzen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A template called “%1” is already on this computer. Replace it with %2? Audits that use it will use the new one.</source>
        <translation>Auf diesem Computer gibt es schon eine Vorlage „%1“. Durch %2 ersetzen? Audits, die sie verwenden, verwenden dann die neue.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Template not added</source>
        <translation>Vorlage nicht hinzugefügt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Remove the template?</source>
        <translation>Vorlage entfernen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove “%1” from this computer? Audits that use it keep its name, and their Word report is refused here until it is added again.</source>
        <translation>„%1“ von diesem Computer entfernen? Audits, die sie verwenden, behalten ihren Namen, und ihr Word-Bericht wird hier abgelehnt, bis sie wieder hinzugefügt ist.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Template not removed</source>
        <translation>Vorlage nicht entfernt</translation>
    </message>
</context>
<context>
    <name>UnpackFlow</name>
    <message>
        <location filename="../../auditor_app/ui/unpacking.py" line="+36"/>
        <source>Decrypting and checking %1: its signature, every file and the audit…</source>
        <translation>%1 wird entschlüsselt und geprüft: die Signatur, jede Datei und das Audit…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stopping at the next step… Nothing is written.</source>
        <translation>Anhalten beim nächsten Schritt… Es wird nichts geschrieben.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open sealed package</source>
        <translation>Versiegeltes Paket öffnen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Writing the files of %1 into %2…</source>
        <translation>Die Dateien von %1 werden nach %2 geschrieben…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The files are being written; stopping half-way is not possible.</source>
        <translation>Die Dateien werden geschrieben; ein Abbruch mittendrin ist nicht möglich.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1

Nothing was written, and the open audit is as it was.</source>
        <translation>%1

Es wurde nichts geschrieben, und das geöffnete Audit ist unverändert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Package not opened</source>
        <translation>Paket nicht geöffnet</translation>
    </message>
</context>
<context>
    <name>annotate</name>
    <message>
        <location filename="../../auditor_app/ui/annotate/__init__.py" line="+32"/>
        <source>Annotate photo</source>
        <translation>Foto markieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This audit file is open read-only, so its photos cannot be annotated.</source>
        <translation>Diese Auditdatei ist schreibgeschützt geöffnet, daher können ihre Fotos nicht markiert werden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot annotate photo</source>
        <translation>Foto kann nicht markiert werden</translation>
    </message>
</context>
<context>
    <name>clause_filter</name>
    <message>
        <location filename="../../auditor_app/ui/models/clause_filter.py" line="+29"/>
        <source>All clauses</source>
        <translation>Alle Abschnitte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My clauses</source>
        <translation>Meine Abschnitte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not yet audited</source>
        <translation>Noch nicht auditiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With findings</source>
        <translation>Mit Feststellungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audited (any result)</source>
        <translation>Auditiert (beliebiges Ergebnis)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With nonconformity</source>
        <translation>Mit Nichtkonformität</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With observation</source>
        <translation>Mit Beobachtung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With opportunity for improvement</source>
        <translation>Mit Verbesserungspotenzial</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conforming</source>
        <translation>Konform</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not applicable</source>
        <translation>Nicht anwendbar</translation>
    </message>
</context>
<context>
    <name>clause_nodes</name>
    <message>
        <location filename="../../auditor_app/ui/models/clause_nodes.py" line="+50"/>
        <source>Checklist</source>
        <translation>Checkliste</translation>
    </message>
</context>
<context>
    <name>clause_page</name>
    <message>
        <location filename="../../auditor_app/ui/clause_page.py" line="-215"/>
        <source>unknown person</source>
        <translation>unbekannte Person</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 rev. %2</source>
        <translation>%1 Rev. %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>sample of %1 from %2</source>
        <translation>Stichprobe von %1 aus %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sample of %1</source>
        <translation>Stichprobe von %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>recorded by %1</source>
        <translation>erfasst von %1</translation>
    </message>
</context>
<context>
    <name>commands</name>
    <message>
        <location filename="../../auditor_app/ui/commands.py" line="+55"/>
        <source>Set %1 to %2</source>
        <translation>%1 auf %2 setzen</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Add note to %1</source>
        <translation>Notiz zu %1 hinzufügen</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Edit note on %1</source>
        <translation>Notiz zu %1 bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit note</source>
        <translation>Notiz bearbeiten</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Delete note on %1</source>
        <translation>Notiz zu %1 löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete note</source>
        <translation>Notiz löschen</translation>
    </message>
</context>
<context>
    <name>conflict_list</name>
    <message>
        <location filename="../../auditor_app/ui/models/conflict_list.py" line="+72"/>
        <source>deleted by %1, changed by %2</source>
        <translation>gelöscht von %1, geändert von %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>changed differently by %1</source>
        <translation>unterschiedlich geändert von %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Deleted or kept</source>
        <translation>Gelöscht oder behalten</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 “%2”</source>
        <translation>%1 „%2“</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Restored</source>
        <translation>Wiederhergestellt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown auditor</source>
        <translation>unbekannte/r Auditor/-in</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
</context>
<context>
    <name>conflicts</name>
    <message>
        <location filename="../../auditor_app/ui/conflicts.py" line="-202"/>
        <source>No conflicts — every team member&apos;s work agrees.</source>
        <translation>Keine Konflikte – die Arbeit aller Teammitglieder stimmt überein.</translation>
    </message>
</context>
<context>
    <name>copies</name>
    <message>
        <location filename="../../auditor_app/ui/copies.py" line="+19"/>
        <source>Audit files (*.audit)</source>
        <translation>Auditdateien (*.audit)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sealed packages (*.age)</source>
        <translation>Versiegelte Pakete (*.age)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save a copy</source>
        <translation>Kopie speichern</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Copy not saved</source>
        <translation>Kopie nicht gespeichert</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Hand over a copy</source>
        <translation>Kopie übergeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team member who will work on the copy:</source>
        <translation>Teammitglied, das an der Kopie arbeiten wird:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The package for %1 is signed with your key. Its passphrase:</source>
        <translation>Das Paket für %1 wird mit Ihrem Schlüssel signiert. Seine Passphrase:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Writing and checking the copy for %1…</source>
        <translation>Die Kopie für %1 wird geschrieben und geprüft…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The copy is being written; stopping half-way is not possible. It ends in a moment.</source>
        <translation>Die Kopie wird geschrieben; ein Abbruch mittendrin ist nicht möglich. Es dauert nur einen Moment.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The sealed copy for %1 is saved as
%2

It is encrypted and signed by you: %1 opens it with “auditor-app unpack” (or the standard age tool) and, when done, sends the audit file back to merge with File ▸ Merge team files…</source>
        <translation>Die versiegelte Kopie für %1 ist gespeichert als
%2

Sie ist verschlüsselt und von Ihnen signiert: %1 öffnet sie mit „auditor-app unpack“ (oder dem Standardwerkzeug age) und schickt die Auditdatei danach zurück, um sie mit Datei ▸ Teamdateien zusammenführen… einzubringen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hand-over copy saved</source>
        <translation>Übergabekopie gespeichert</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>The copy for %1 is saved as
%2

When %1 is done, merge the file back with File ▸ Merge team files…</source>
        <translation>Die Kopie für %1 ist gespeichert unter
%2

Wenn %1 fertig ist, führen Sie die Datei mit Datei ▸ Teamdateien zusammenführen… wieder zusammen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Copy not handed over</source>
        <translation>Kopie nicht übergeben</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No: a plain audit file</source>
        <translation>Nein: eine normale Auditdatei</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Yes, with a passphrase</source>
        <translation>Ja, mit einer Passphrase</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yes, to %1&apos;s key</source>
        <translation>Ja, für den Schlüssel von %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seal the copy (encrypt)? A sealed package is signed by you and opens only with the passphrase or the member&apos;s key:</source>
        <translation>Kopie versiegeln (verschlüsseln)? Ein versiegeltes Paket wird von Ihnen signiert und öffnet sich nur mit der Passphrase oder dem Schlüssel des Teammitglieds:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Passphrase for %1&apos;s package (%2 characters or more; tell it to %1 another way than the file travels):</source>
        <translation>Passphrase für das Paket von %1 (mindestens %2 Zeichen; teilen Sie sie %1 auf einem anderen Weg mit als die Datei):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The two passphrases differ; nothing was written.</source>
        <translation>Die beiden Passphrasen stimmen nicht überein; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1&apos;s public key (their “auditor-app key show” prints it), so that their copy signs every change and merging checks it. Leave empty for an unsigned copy:</source>
        <translation>Öffentlicher Schlüssel von %1 (ihn gibt „auditor-app key show“ aus), damit die Kopie jede Änderung signiert und das Zusammenführen sie prüft. Leer lassen für eine unsignierte Kopie:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Binding %1&apos;s key is signed with your own key. Its passphrase:</source>
        <translation>Die Bindung des Schlüssels von %1 wird mit Ihrem eigenen Schlüssel signiert. Seine Passphrase:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>You have no signing key yet; one is made now. Choose its passphrase (8 characters or more):</source>
        <translation>Sie haben noch keinen Signaturschlüssel; er wird jetzt erstellt. Wählen Sie seine Passphrase (mindestens 8 Zeichen):</translation>
    </message>
    <message>
        <location filename="../../auditor_app/ui/signing_dialogs.py" line="+59"/>
        <source>The same passphrase again:</source>
        <translation>Dieselbe Passphrase noch einmal:</translation>
    </message>
    <message>
        <location filename="../../auditor_app/ui/copies.py" line="+2"/>
        <source>The two passphrases differ; no key was made.</source>
        <translation>Die beiden Passphrasen stimmen nicht überein; es wurde kein Schlüssel erstellt.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Your signing key is made (fingerprint %1). It signs this audit as its lead from now on.</source>
        <translation>Ihr Signaturschlüssel ist erstellt (Fingerabdruck %1). Er signiert dieses Audit ab jetzt als Leitung.</translation>
    </message>
</context>
<context>
    <name>crash</name>
    <message>
        <location filename="../../auditor_app/ui/crash.py" line="+23"/>
        <source>auditor-app — unexpected error</source>
        <translation>auditor-app – unerwarteter Fehler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something went wrong inside auditor-app.

%1

Changes made before this error are saved in your audit file.</source>
        <translation>In auditor-app ist ein Fehler aufgetreten.

%1

Änderungen vor diesem Fehler sind in Ihrer Auditdatei gespeichert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The details were written to %1</source>
        <translation>Die Einzelheiten wurden in %1 geschrieben</translation>
    </message>
</context>
<context>
    <name>entities</name>
    <message>
        <location filename="../../auditor_app/ui/i18n.py" line="+136"/>
        <source>Audit details</source>
        <translation>Auditdaten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Team member</source>
        <translation>Teammitglied</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checklist</source>
        <translation>Checkliste</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Clause</source>
        <translation>Abschnitt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence</source>
        <translation>Nachweise</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Finding</source>
        <translation>Feststellung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link</source>
        <translation>Verknüpfung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Audit plan row</source>
        <translation>Zeile des Auditplans</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting</source>
        <translation>Besprechung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Attendee</source>
        <translation>Teilnehmer/-in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item from a previous audit</source>
        <translation>Punkt aus einem früheren Audit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Area of concern</source>
        <translation>Bereich mit Klärungsbedarf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit time</source>
        <translation>Auditzeit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Issued report</source>
        <translation>Ausgegebener Bericht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign-off</source>
        <translation>Unterschrift</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Signing key</source>
        <translation>Signaturschlüssel</translation>
    </message>
</context>
<context>
    <name>evidence_import.workers</name>
    <message>
        <location filename="../../auditor_app/ui/evidence_import/workers.py" line="+51"/>
        <source>Stopping after the photos being processed…</source>
        <translation>Wird nach den gerade bearbeiteten Fotos angehalten…</translation>
    </message>
</context>
<context>
    <name>export_dialogs</name>
    <message>
        <location filename="../../auditor_app/ui/export_dialogs.py" line="-120"/>
        <source>Certification audit</source>
        <translation>Zertifizierungsaudit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Internal audit</source>
        <translation>Internes Audit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gap analysis</source>
        <translation>Gap-Analyse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cover page</source>
        <translation>Deckblatt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit details</source>
        <translation>Auditdaten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage 1 conclusions</source>
        <translation>Schlussfolgerungen aus Stufe 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diverging opinions</source>
        <translation>Abweichende Meinungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disclaimer</source>
        <translation>Haftungsausschluss</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous findings</source>
        <translation>Frühere Feststellungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Statistics</source>
        <translation>Statistik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Findings</source>
        <translation>Feststellungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clause coverage</source>
        <translation>Abdeckung der Abschnitte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coverage over the cycle</source>
        <translation>Abdeckung über den Zyklus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit notes</source>
        <translation>Auditnotizen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interviews</source>
        <translation>Interviews</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meetings</source>
        <translation>Besprechungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit plan</source>
        <translation>Auditplan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit time</source>
        <translation>Auditzeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence index</source>
        <translation>Verzeichnis der Nachweise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print: full quality</source>
        <translation>Druck: volle Qualität</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail: smaller photos, sharp on screen</source>
        <translation>E-Mail: kleinere Fotos, am Bildschirm scharf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compact: smallest file</source>
        <translation>Kompakt: kleinste Datei</translation>
    </message>
    <message>
        <location line="+188"/>
        <source>The audit&apos;s template “%1” (this computer&apos;s template library)</source>
        <translation>Die Vorlage „%1“ des Audits (Vorlagen dieses Computers)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The default template from the preferences (%1)</source>
        <translation>Die Standardvorlage aus den Einstellungen (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The built-in template</source>
        <translation>Die mitgelieferte Vorlage</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Decide the conflict in View ▸ Conflicts: %1</source>
        <translation>Konflikt in Ansicht ▸ Konflikte entscheiden: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fill in the audit details: %1</source>
        <translation>Auditdaten ausfüllen: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Complete the finding: %1</source>
        <translation>Feststellung vervollständigen: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Audit the clause: %1</source>
        <translation>Abschnitt auditieren: %1</translation>
    </message>
</context>
<context>
    <name>exporting</name>
    <message>
        <location filename="../../auditor_app/ui/exporting.py" line="-196"/>
        <source>PDF report</source>
        <translation>PDF-Bericht</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../auditor_app/ui/issuing.py" line="-45"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Word report</source>
        <translation>Word-Bericht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Word documents (*.docx)</source>
        <translation>Word-Dokumente (*.docx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbook</source>
        <translation>Excel-Arbeitsmappe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-Arbeitsmappen (*.xlsx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export cancelled: no file was written.</source>
        <translation>Export abgebrochen: Es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>audit report</source>
        <translation>Auditbericht</translation>
    </message>
    <message>
        <location filename="../../auditor_app/ui/tasks.py" line="+91"/>
        <source>Stopping…</source>
        <translation>Wird angehalten…</translation>
    </message>
</context>
<context>
    <name>grading</name>
    <message>
        <location filename="../../auditor_app/ui/i18n.py" line="+27"/>
        <source>Major / minor (ISO/IEC 17021-1)</source>
        <translation>Haupt-/Nebenabweichung (ISO/IEC 17021-1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GHTF/SG3/N19 grades 1–5 (medical devices)</source>
        <translation>GHTF/SG3/N19 Bewertungen 1–5 (Medizinprodukte)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AFNOR (PF / PP / PS / NCmin / NCmaj)</source>
        <translation>AFNOR (PF / PP / PS / NCmin / NCmaj)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Major nonconformity</source>
        <translation>Hauptabweichung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Minor nonconformity</source>
        <translation>Nebenabweichung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Observation</source>
        <translation>Beobachtung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Opportunity for improvement</source>
        <translation>Verbesserungspotenzial</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Good practice</source>
        <translation>Gute Praxis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grade 1</source>
        <translation>Bewertung 1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Grade 2</source>
        <translation>Bewertung 2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grade 3</source>
        <translation>Bewertung 3</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Grade 4</source>
        <translation>Bewertung 4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grade 5</source>
        <translation>Bewertung 5</translation>
    </message>
</context>
<context>
    <name>history</name>
    <message>
        <location filename="../../auditor_app/ui/models/history_list.py" line="+28"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signature</source>
        <translation>Signatur</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Signed by %1</source>
        <translation>Signiert von %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not trusted: %1</source>
        <translation>Nicht vertrauenswürdig: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unsigned</source>
        <translation>Unsigniert</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Created — %1</source>
        <translation>Angelegt — %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restored</source>
        <translation>Wiederhergestellt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Restored — %1</source>
        <translation>Wiederhergestellt — %1</translation>
    </message>
</context>
<context>
    <name>i18n</name>
    <message>
        <location filename="../../auditor_app/ui/i18n.py" line="-117"/>
        <source>LABELS_IN_SENTENCES=lowercase</source>
        <translation>LABELS_IN_SENTENCES=capitalised</translation>
    </message>
</context>
<context>
    <name>merging</name>
    <message>
        <location filename="../../auditor_app/ui/merging.py" line="-164"/>
        <source>Stopping the merge at the next file… Nothing of it is written to your audit.</source>
        <translation>Die Zusammenführung wird bei der nächsten Datei angehalten… Davon wird nichts in Ihr Audit geschrieben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Files of independent audits made from the same checklists still line up clause by clause, so their results and notes would be added to this audit&apos;s clauses.

Merge anyway only if they really belong to the same engagement.</source>
        <translation>Dateien unabhängiger Audits, die aus denselben Checklisten angelegt wurden, passen trotzdem Abschnitt für Abschnitt zusammen; ihre Ergebnisse und Notizen würden also zu den Abschnitten dieses Audits hinzukommen.

Führen Sie sie nur zusammen, wenn sie wirklich zum selben Auftrag gehören.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+32"/>
        <source>Merge team files</source>
        <translation>Teamdateien zusammenführen</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Audit files and sealed packages (*.audit *.age);;Audit files (*.audit);;Sealed packages (*.age);;All files (*)</source>
        <translation>Auditdateien und versiegelte Pakete (*.audit *.age);;Auditdateien (*.audit);;Versiegelte Pakete (*.age);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Merge into this audit:
%1

A backup is taken first; the merge itself cannot be undone.</source>
        <translation>In dieses Audit zusammenführen:
%1

Zuerst wird eine Sicherung angelegt; die Zusammenführung selbst kann nicht rückgängig gemacht werden.</translation>
    </message>
</context>
<context>
    <name>opening</name>
    <message>
        <location filename="../../auditor_app/ui/opening.py" line="+22"/>
        <location filename="../../auditor_app/ui/staged_open.py" line="+132"/>
        <source>Cannot open audit file</source>
        <translation>Auditdatei kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>changes to it are signed with your key, which was not unlocked</source>
        <translation>Änderungen daran werden mit Ihrem Schlüssel signiert, der nicht entsperrt wurde</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Opened read-only</source>
        <translation>Schreibgeschützt geöffnet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 is open read-only: %2.

You can read, search and export it. To edit it, save a copy (File ▸ Save a copy…) to a folder you can write to, and open the copy.</source>
        <translation>%1 ist schreibgeschützt geöffnet: %2.

Sie können es lesen, durchsuchen und exportieren. Um es zu bearbeiten, speichern Sie eine Kopie (Datei ▸ Kopie speichern…) in einen Ordner, in den Sie schreiben dürfen, und öffnen Sie die Kopie.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Audit file in a risky place</source>
        <translation>Auditdatei an einem riskanten Ort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Work on a local copy</source>
        <translation>Mit einer lokalen Kopie arbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open it where it is</source>
        <translation>Dort öffnen, wo sie liegt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Local copy</source>
        <translation>Lokale Kopie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>You are now working on a local copy:
%1

Use File ▸ Save a copy… to put it back on the stick or share when you are done.</source>
        <translation>Sie arbeiten jetzt mit einer lokalen Kopie:
%1

Mit Datei ▸ Kopie speichern… bringen Sie sie zurück auf den Stick oder die Freigabe, wenn Sie fertig sind.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Audit file in use</source>
        <translation>Auditdatei in Verwendung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2.

Only one program can edit an audit file at a time. Open a read-only copy to look at it?</source>
        <translation>%1 %2.

Nur ein Programm kann eine Auditdatei gleichzeitig bearbeiten. Eine schreibgeschützte Kopie zum Ansehen öffnen?</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Closing the audit</source>
        <translation>Audit wird geschlossen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keeping a safety backup of the audit before closing it…</source>
        <translation>Vor dem Schließen wird eine Sicherung des Audits angelegt…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stopping the backup…</source>
        <translation>Sicherung wird angehalten…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cannot create the sample audit</source>
        <translation>Das Beispielaudit kann nicht angelegt werden</translation>
    </message>
</context>
<context>
    <name>package_keys</name>
    <message>
        <location filename="../../auditor_app/ui/package_keys.py" line="-27"/>
        <source>Sealed package</source>
        <translation>Versiegeltes Paket</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Key file that opens the package</source>
        <translation>Schlüsseldatei, die das Paket öffnet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 is sealed with a passphrase. Its passphrase:</source>
        <translation>%1 ist mit einer Passphrase versiegelt. Die Passphrase:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is sealed to a key. To open it with your signing key, give the key&apos;s passphrase; or choose another key file (an age identity or an OpenSSH private key):</source>
        <translation>%1 ist für einen Schlüssel versiegelt. Um es mit Ihrem Signaturschlüssel zu öffnen, geben Sie dessen Passphrase ein; oder wählen Sie eine andere Schlüsseldatei (eine age-Identität oder einen privaten OpenSSH-Schlüssel):</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Wrong passphrase for your signing key. Try again, or cancel.</source>
        <translation>Falsche Passphrase für Ihren Signaturschlüssel. Versuchen Sie es erneut oder brechen Sie ab.</translation>
    </message>
</context>
<context>
    <name>search</name>
    <message>
        <location filename="../../auditor_app/ui/models/search_results.py" line="+24"/>
        <source>Clause</source>
        <translation>Abschnitt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finding</source>
        <translation>Feststellung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence</source>
        <translation>Nachweise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not tied to a clause</source>
        <translation>Keinem Abschnitt zugeordnet</translation>
    </message>
</context>
<context>
    <name>signing</name>
    <message>
        <location filename="../../auditor_app/ui/signing_dialogs.py" line="-32"/>
        <location line="+9"/>
        <location line="+42"/>
        <location line="+32"/>
        <location line="+42"/>
        <source>Signing key</source>
        <translation>Signaturschlüssel</translation>
    </message>
    <message>
        <location line="-115"/>
        <source>Remember in %1 (not asked again on this computer)</source>
        <translation>In %1 speichern (auf diesem Computer nicht mehr fragen)</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Changes to this audit are signed with your key. Its passphrase:</source>
        <translation>Änderungen an diesem Audit werden mit Ihrem Schlüssel signiert. Seine Passphrase:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Wrong passphrase. Try again, or cancel.</source>
        <translation>Falsche Passphrase. Versuchen Sie es erneut oder brechen Sie ab.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Changes to the new audit are signed with your key, as its lead&apos;s. Its passphrase (cancel to create it unsigned):</source>
        <translation>Änderungen am neuen Audit werden mit Ihrem Schlüssel als dem des Auditleiters signiert. Seine Passphrase (Abbrechen legt es unsigniert an):</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Changes to %1 are signed with the key %2, which is not on this computer. The audit opens read-only.</source>
        <translation>Änderungen an %1 werden mit dem Schlüssel %2 signiert, der nicht auf diesem Computer ist. Das Audit wird schreibgeschützt geöffnet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Changes to %1 are signed with your key. Its passphrase (cancel to open the audit read-only):</source>
        <translation>Änderungen an %1 werden mit Ihrem Schlüssel signiert. Seine Passphrase (Abbrechen öffnet das Audit schreibgeschützt):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is bound to the key %2, but yours is %3: only its own team member can change it. The audit opens read-only.</source>
        <translation>%1 ist an den Schlüssel %2 gebunden, Ihrer ist aber %3: Nur das eigene Teammitglied kann es ändern. Das Audit wird schreibgeschützt geöffnet.</translation>
    </message>
</context>
<context>
    <name>vocab</name>
    <message>
        <location filename="../../auditor_app/ui/i18n.py" line="+23"/>
        <source>%1 (unknown value)</source>
        <translation>%1 (unbekannter Wert)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Gap analysis</source>
        <translation>Gap-Analyse</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Internal audit</source>
        <translation>Internes Audit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supplier audit</source>
        <translation>Lieferantenaudit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stage 1</source>
        <translation>Stufe 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage 2</source>
        <translation>Stufe 2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Surveillance</source>
        <translation>Überwachungsaudit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recertification</source>
        <translation>Rezertifizierung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Special audit</source>
        <translation>Sonderaudit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not yet audited</source>
        <translation>Noch nicht auditiert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Conforming</source>
        <translation>Konform</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nonconformity</source>
        <translation>Nichtkonformität</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Observation</source>
        <translation>Beobachtung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opportunity for improvement</source>
        <translation>Verbesserungspotenzial</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not applicable</source>
        <translation>Nicht anwendbar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lead auditor</source>
        <translation>Auditleiter/-in</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Auditor</source>
        <translation>Auditor/-in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Technical expert</source>
        <translation>Technische/r Experte/Expertin</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Observer</source>
        <translation>Beobachter/-in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trainee auditor</source>
        <translation>Auditor/-in in Ausbildung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Interview</source>
        <translation>Interview</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Document review</source>
        <translation>Dokumentenprüfung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sampling</source>
        <translation>Stichprobe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Correction proposed</source>
        <translation>Korrektur vorgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action plan accepted</source>
        <translation>Maßnahmenplan angenommen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Verified and closed</source>
        <translation>Verifiziert und abgeschlossen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdrawn</source>
        <translation>Zurückgezogen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opening meeting</source>
        <translation>Eröffnungsbesprechung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Closing meeting</source>
        <translation>Abschlussbesprechung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ready for Stage 2</source>
        <translation>Bereit für Stufe 2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ready for Stage 2, with areas of concern</source>
        <translation>Bereit für Stufe 2, mit Bereichen mit Klärungsbedarf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not ready for Stage 2</source>
        <translation>Nicht bereit für Stufe 2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Previous finding</source>
        <translation>Frühere Feststellung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage 1 area of concern</source>
        <translation>Bereich mit Klärungsbedarf aus Stufe 1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Effective</source>
        <translation>Wirksam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partly effective</source>
        <translation>Teilweise wirksam</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not effective</source>
        <translation>Nicht wirksam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolved</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Partly resolved</source>
        <translation>Teilweise erledigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not resolved</source>
        <translation>Nicht erledigt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yes, fulfilled</source>
        <translation>Ja, erreicht</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Partly fulfilled</source>
        <translation>Teilweise erreicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not fulfilled</source>
        <translation>Nicht erreicht</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Recommended for certification</source>
        <translation>Zertifizierung empfohlen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recommended once corrections and corrective actions are accepted</source>
        <translation>Empfohlen, sobald Korrekturen und Korrekturmaßnahmen akzeptiert sind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not recommended for certification</source>
        <translation>Zertifizierung nicht empfohlen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attendance at the closing meeting</source>
        <translation>Teilnahme an der Abschlussbesprechung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acknowledgement of the findings</source>
        <translation>Bestätigung der Feststellungen</translation>
    </message>
</context>
</TS>
