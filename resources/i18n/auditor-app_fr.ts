<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AnnotatePhoto</name>
    <message>
        <location filename="../../auditor_app/ui/annotate/command.py" line="+20"/>
        <source>Annotate %1</source>
        <translation>Annoter %1</translation>
    </message>
</context>
<context>
    <name>AnnotationEditor</name>
    <message>
        <location filename="../../auditor_app/ui/annotate/editor.py" line="+44"/>
        <source>Annotate %1</source>
        <translation>Annoter %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Loading photo…</source>
        <translation>Chargement de la photo…</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>The stored annotations cannot be read (%1). Saving replaces them.</source>
        <translation>Les annotations enregistrées sont illisibles (%1). L&apos;enregistrement les remplacera.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The photo cannot be shown: %1</source>
        <translation>Impossible d&apos;afficher la photo&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Draw %1</source>
        <translation>Dessiner %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Resize shape</source>
        <translation>Redimensionner la forme</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move shapes</source>
        <translation>Déplacer les formes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move shape</source>
        <translation>Déplacer la forme</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete shapes</source>
        <translation>Supprimer les formes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete shape</source>
        <translation>Supprimer la forme</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Change colour</source>
        <translation>Changer la couleur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change line width</source>
        <translation>Changer l&apos;épaisseur du trait</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Delete text</source>
        <translation>Supprimer le texte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit text</source>
        <translation>Modifier le texte</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Discard changes?</source>
        <translation>Abandonner les modifications&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard your changes to the annotations of %1?</source>
        <translation>Abandonner vos modifications des annotations de %1&#xa0;?</translation>
    </message>
</context>
<context>
    <name>Archive</name>
    <message>
        <location filename="../../auditor_app/ui/office_store/archive.py" line="+48"/>
        <source>Check out to a new audit file</source>
        <translation>Extraire dans un nouveau fichier d&apos;audit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit files (*.audit)</source>
        <translation>Fichiers d&apos;audit (*.audit)</translation>
    </message>
    <message>
        <location line="+132"/>
        <location line="+23"/>
        <source>Office store archive</source>
        <translation>Archives du serveur du bureau</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Reading the audits assigned to you in the office store…</source>
        <translation>Lecture des audits qui vous sont attribués sur le serveur du bureau…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>cannot create %1: a file of that name already exists</source>
        <translation>impossible de créer %1&#xa0;: un fichier de ce nom existe déjà</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Check out</source>
        <translation>Extraire</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Writing %1 from the office store…</source>
        <translation>Écriture de %1 depuis le serveur du bureau…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Coverage over the cycle</source>
        <translation>Couverture sur le cycle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading the chain&apos;s audits from the office store…</source>
        <translation>Lecture des audits de la chaîne sur le serveur du bureau…</translation>
    </message>
</context>
<context>
    <name>ArchiveDialog</name>
    <message>
        <location line="-169"/>
        <source>Office store archive</source>
        <translation>Archives du serveur du bureau</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Client, chain, audit</source>
        <translation>Client, chaîne, audit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lead</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last push</source>
        <translation>Dernier envoi</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Chain from %1 %2</source>
        <translation>Chaîne depuis %1 %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 by %2</source>
        <translation>%1 par %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not pushed yet</source>
        <translation>pas encore envoyé</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ref</source>
        <translation>Réf.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Grade</source>
        <translation>Classement</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Clauses</source>
        <translation>Articles</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Check &amp;out…</source>
        <translation>E&amp;xtraire…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coverage over the &amp;cycle…</source>
        <translation>Couverture sur le c&amp;ycle…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The audits assigned to you in the office store %1.</source>
        <translation>Les audits qui vous sont attribués sur le serveur du bureau %1.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Open findings of %1: %2</source>
        <translation>Constats ouverts de %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a client, chain or audit.</source>
        <translation>Choisissez un client, une chaîne ou un audit.</translation>
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
        <translation>&amp;Détails de l&apos;audit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client, scope, team, audit plan, meetings and conclusions</source>
        <translation>Client, champ, équipe, plan d&apos;audit, réunions et conclusions</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../../auditor_app/ui/new_audit_wizard.py" line="+58"/>
        <source>The audit</source>
        <translation>L&apos;audit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who is audited, where and when. Everything can be changed later.</source>
        <translation>Qui est audité, où et quand. Tout peut être modifié ultérieurement.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The organisation audited, e.g. Müller Präzisionsteile GmbH</source>
        <translation>L&apos;organisme audité, p. ex. Müller Präzisionsteile GmbH</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One site per line, with its address</source>
        <translation>Un site par ligne, avec son adresse</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>t&amp;o</source>
        <translation>&amp;au</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Client:</source>
        <translation>&amp;Client&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sites:</source>
        <translation>&amp;Sites&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit t&amp;ype:</source>
        <translation>T&amp;ype d&apos;audit&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dates:</source>
        <translation>&amp;Dates&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Grading of findings:</source>
        <translation>Classement des co&amp;nstats&#xa0;:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Stage 2 certification audit 2026</source>
        <translation>p. ex. Audit de certification étape 2, 2026</translation>
    </message>
    <message>
        <location filename="../../auditor_app/ui/details/models.py" line="+27"/>
        <location line="+49"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="-48"/>
        <location line="+50"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location line="-49"/>
        <location line="+48"/>
        <source>Organisation</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Process / area</source>
        <translation>Processus / secteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clauses</source>
        <translation>Articles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Auditor</source>
        <translation>Auditeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Auditee</source>
        <translation>Audité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Present</source>
        <translation>Présent</translation>
    </message>
</context>
<context>
    <name>AuditTime</name>
    <message>
        <location filename="../../auditor_app/ui/details/time_models.py" line="+29"/>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+28"/>
        <source>Auditor</source>
        <translation>Auditeur</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+28"/>
        <source>On site</source>
        <translation>Sur site</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Total (counted time)</source>
        <translation>Total (temps compté)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 — not counted</source>
        <translation>%1 — non compté</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Not counted in the audit time (IAF MD 5): not assigned as an auditor</source>
        <translation>Non compté dans la durée d&apos;audit (IAF MD 5)&#xa0;: pas désigné comme auditeur</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Planned</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Off site</source>
        <translation>Hors site</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actual</source>
        <translation>Réel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Difference</source>
        <translation>Écart</translation>
    </message>
</context>
<context>
    <name>AuditTimeSection</name>
    <message>
        <location filename="../../auditor_app/ui/details/audit_time.py" line="+43"/>
        <source>e.g. 4.5</source>
        <translation>p. ex. 4,5</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The audit time set at the application review, in auditor-days (8 hours each, IAF MD 5)</source>
        <translation>La durée d&apos;audit fixée lors de la revue de la demande, en jours-auditeur (de 8 heures chacun, IAF MD 5)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Add time</source>
        <translation>&amp;Ajouter du temps</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A day of time for you; double-click a cell to change it</source>
        <translation>Une journée de temps à votre nom&#xa0;; double-cliquez sur une cellule pour la modifier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Audit time from the application review (auditor-days):</source>
        <translation>Durée d&apos;audit selon la revue de la demande (jours-auditeur)&#xa0;:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Audit time</source>
        <translation>Durée d&apos;audit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The time each auditor spent, on site and off site, against the audit plan and the audit time of the application review (IAF MD 5; one auditor-day is 8 hours).</source>
        <translation>Le temps passé par chaque auditeur, sur site et hors site, comparé au plan d&apos;audit et à la durée d&apos;audit de la revue de la demande (IAF MD 5&#xa0;; un jour-auditeur compte 8 heures).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Time records&lt;/b&gt;</source>
        <translation>&lt;b&gt;Relevés de temps&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Planned and actual time per auditor and day&lt;/b&gt;</source>
        <translation>&lt;b&gt;Temps prévu et temps réel par auditeur et par jour&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Planned in the audit plan: %1 auditor-days (%2 h).</source>
        <translation>Prévu au plan d&apos;audit&#xa0;: %1 jours-auditeur (%2 h).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recorded: %1 auditor-days (%2 h), on site %3 h, off site %4 h.</source>
        <translation>Relevé&#xa0;: %1 jours-auditeur (%2 h), sur site %3 h, hors site %4 h.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Against the application review: %1 auditor-days.</source>
        <translation>Selon la revue de la demande&#xa0;: %1 jours-auditeur.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n plan row(s) without usable times not counted.</source>
        <translation>
            <numerusform>%n ligne du plan sans horaires exploitables n&apos;est pas comptée.</numerusform>
            <numerusform>%n lignes du plan sans horaires exploitables ne sont pas comptées.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Change the planned auditor-days</source>
        <translation>Modifier les jours-auditeur prévus</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Change %1 of a time record</source>
        <translation>Modifier %1 d&apos;un relevé de temps</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Add a time record</source>
        <translation>Ajouter un relevé de temps</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Remove %n time record(s)</source>
        <translation>
            <numerusform>Supprimer %n relevé de temps</numerusform>
            <numerusform>Supprimer %n relevés de temps</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CarriedModel</name>
    <message>
        <location filename="../../auditor_app/ui/cycle/models.py" line="+41"/>
        <source>%1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>report %1</source>
        <translation>rapport %1</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Ref</source>
        <translation>Réf.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>Audit d&apos;origine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grade</source>
        <translation>Classement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Statement</source>
        <translation>Énoncé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client response</source>
        <translation>Réponse du client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clauses</source>
        <translation>Articles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verification</source>
        <translation>Vérification</translation>
    </message>
</context>
<context>
    <name>ClauseDelegate</name>
    <message>
        <location filename="../../auditor_app/ui/evidence_import/review_dialog.py" line="+54"/>
        <source>clause number</source>
        <translation>numéro d&apos;article</translation>
    </message>
</context>
<context>
    <name>ClauseEvidenceTab</name>
    <message>
        <location filename="../../auditor_app/ui/evidence/clause_tab.py" line="+37"/>
        <location line="+40"/>
        <source>Evidence</source>
        <translation>Preuves</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Add files…</source>
        <translation>Ajouter des fichiers…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add photos or documents to this clause (Ctrl+Shift+E)</source>
        <translation>Ajouter des photos ou des documents à cet article (Ctrl+Maj+E)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paste</source>
        <translation>Coller</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a screenshot or copied files from the clipboard (Ctrl+Shift+V)</source>
        <translation>Ajouter une capture d&apos;écran ou des fichiers copiés depuis le presse-papiers (Ctrl+Maj+V)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What new files are attached to: the clause, one of its notes, or a finding raised on it</source>
        <translation>À quoi les nouveaux fichiers sont rattachés&#xa0;: l&apos;article, l&apos;une de ses notes ou un constat émis sur cet article</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Attach to:</source>
        <translation>Rattacher à&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No evidence on this clause yet.
Drop photos, documents or a folder here, paste a screenshot (Ctrl+Shift+V) or use Add files…</source>
        <translation>Aucune preuve pour cet article.
Déposez ici des photos, des documents ou un dossier, collez une capture d&apos;écran (Ctrl+Maj+V) ou utilisez Ajouter des fichiers…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Evidence (%1)</source>
        <translation>Preuves (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Clause %1</source>
        <translation>Article %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a note on %1</source>
        <translation>une note sur %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Finding %1</source>
        <translation>Constat %1</translation>
    </message>
</context>
<context>
    <name>ClauseFindingsTab</name>
    <message>
        <location filename="../../auditor_app/ui/findings/clause_tab.py" line="+28"/>
        <location line="+25"/>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>New finding…</source>
        <translation>Nouveau constat…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Raise a finding on this clause (Ctrl+Shift+F)</source>
        <translation>Émettre un constat sur cet article (Ctrl+Maj+F)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Double-click a finding to edit it.</source>
        <translation>Double-cliquez sur un constat pour le modifier.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Findings (%1)</source>
        <translation>Constats (%1)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>⚠ %1 minor nonconformities on this clause — consider whether together they indicate a major.</source>
        <translation>⚠ %1 non-conformités mineures sur cet article — examinez si, ensemble, elles constituent une non-conformité majeure.</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>No findings on this clause.</source>
        <translation>Aucun constat sur cet article.</translation>
    </message>
</context>
<context>
    <name>ClauseKeys</name>
    <message>
        <location filename="../../auditor_app/ui/clause_keys.py" line="+28"/>
        <source>Add &amp;note to this clause…</source>
        <translation>Ajouter une &amp;note à cet article…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set clause &amp;result</source>
        <translation>Définir le &amp;résultat de l&apos;article</translation>
    </message>
</context>
<context>
    <name>ClausePage</name>
    <message>
        <location filename="../../auditor_app/ui/clause_page.py" line="+97"/>
        <source>Select a clause on the left to record its result and notes.</source>
        <translation>Sélectionnez un article à gauche pour en consigner le résultat et les notes.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The clause&apos;s audit result</source>
        <translation>Le résultat d&apos;audit de l&apos;article</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Add note…</source>
        <translation>Ajouter une note…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Edit note…</source>
        <translation>&amp;Modifier la note…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete note</source>
        <translation>&amp;Supprimer la note</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Result:</source>
        <translation>&amp;Résultat&#xa0;:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Audit questions</source>
        <translation>Questions d&apos;audit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Typical evidence</source>
        <translation>Preuves types</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+65"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>No audit questions in the checklist.</source>
        <translation>Aucune question d&apos;audit dans la liste de contrôle.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No typical evidence in the checklist.</source>
        <translation>Aucune preuve type dans la liste de contrôle.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes (%1)</source>
        <translation>Notes (%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No notes yet for this clause.</source>
        <translation>Aucune note pour cet article.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Not yet audited</source>
        <translation>Pas encore audité</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Audited by %1</source>
        <translation>Audité par %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Audited</source>
        <translation>Audité</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Justification:</source>
        <translation>Justification&#xa0;:</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Why does %1 %2 not apply?
A justification is required; it appears in the audit report.</source>
        <translation>Pourquoi %1 %2 n&apos;est-il pas applicable&#xa0;?
Une justification est exigée&#xa0;; elle figure dans le rapport d&apos;audit.</translation>
    </message>
</context>
<context>
    <name>ClausePanel</name>
    <message>
        <location filename="../../auditor_app/ui/clause_panel.py" line="+36"/>
        <source>Filter clauses by number or title (Ctrl+L)</source>
        <translation>Filtrer les articles par numéro ou titre (Ctrl+L)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show only clauses with this result</source>
        <translation>Afficher uniquement les articles ayant ce résultat</translation>
    </message>
    <message numerus="yes">
        <location line="+109"/>
        <source>%1 of %n clause(s) match</source>
        <translation>
            <numerusform>Article correspondant&#xa0;: %1 sur %n</numerusform>
            <numerusform>Articles correspondants&#xa0;: %1 sur %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No clause matches the filter.</source>
        <translation>Aucun article ne correspond au filtre.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Audited by %1</source>
        <translation>Audité par %1</translation>
    </message>
</context>
<context>
    <name>ClauseReferences</name>
    <message>
        <location filename="../../auditor_app/ui/findings/composer_parts.py" line="+105"/>
        <source>Add a clause by number or title…</source>
        <translation>Ajouter un article par numéro ou titre…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remo&amp;ve</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also reference the corresponding clauses of the other standards</source>
        <translation>Citer aussi les articles correspondants des autres normes</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>No clause %1 in this audit.</source>
        <translation>Pas d&apos;article %1 dans cet audit.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is in several standards: pick one from the list.</source>
        <translation>%1 existe dans plusieurs normes&#xa0;: choisissez-en une dans la liste.</translation>
    </message>
</context>
<context>
    <name>ClauseTreeModel</name>
    <message>
        <location filename="../../auditor_app/ui/models/clause_tree.py" line="+45"/>
        <source>Clause</source>
        <translation>Article</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <location line="+220"/>
        <source>%1 — audited by %2, %3</source>
        <translation>%1 — audité par %2, %3</translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>Not yet audited itself; %1 of %n sub-clause(s) audited, %2 with a nonconformity</source>
        <translation>
            <numerusform>Pas encore audité lui-même&#xa0;; sous-article audité&#xa0;: %1 sur %n, %2 avec une non-conformité</numerusform>
            <numerusform>Pas encore audité lui-même&#xa0;; sous-articles audités&#xa0;: %1 sur %n, %2 avec une non-conformité</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Not yet audited itself; %1 of %n sub-clause(s) audited</source>
        <translation>
            <numerusform>Pas encore audité lui-même&#xa0;; sous-article audité&#xa0;: %1 sur %n</numerusform>
            <numerusform>Pas encore audité lui-même&#xa0;; sous-articles audités&#xa0;: %1 sur %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1/%2 audited</source>
        <translation>%1/%2 audités</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 · %2 NC</source>
        <translation>%1 · %2 NC</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n evidence file(s)</source>
        <translation>
            <numerusform>%n fichier de preuve</numerusform>
            <numerusform>%n fichiers de preuve</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n constat</numerusform>
            <numerusform>%n constats</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CombineDialog</name>
    <message>
        <location filename="../../auditor_app/ui/conflicts.py" line="+67"/>
        <source>Write a combination</source>
        <translation>Rédiger une combinaison</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: every version is below, separated by blank lines. Edit it into the text to keep; it replaces all versions.</source>
        <translation>%1&#xa0;: toutes les versions figurent ci-dessous, séparées par des lignes vides. Remaniez-les pour obtenir le texte à conserver&#xa0;; il remplace toutes les versions.</translation>
    </message>
</context>
<context>
    <name>CompactDialog</name>
    <message>
        <location filename="../../auditor_app/ui/evidence_import/compact_dialog.py" line="+39"/>
        <source>Compact audit file</source>
        <translation>Compacter le fichier d&apos;audit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Photos stored as taken can be replaced by reduced copies, so the audit file is easier to e-mail and archive. Each photo keeps the SHA-256 of its original as evidence of integrity.</source>
        <translation>Les photos enregistrées telles que prises peuvent être remplacées par des copies réduites, pour que le fichier d&apos;audit soit plus facile à envoyer par e-mail et à archiver. Chaque photo conserve l&apos;empreinte SHA-256 de son original comme preuve d&apos;intégrité.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Long edge of the copies:</source>
        <translation>Grand côté des copies&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JPEG quality:</source>
        <translation>Qualité JPEG&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A verified backup of the file is taken first. The originals then leave this file: only that backup (or your camera) still has them. Undo cannot bring them back.</source>
        <translation>Une sauvegarde vérifiée du fichier est d&apos;abord effectuée. Les originaux quittent ensuite ce fichier&#xa0;: seule cette sauvegarde (ou votre appareil photo) les contient encore. L&apos;annulation ne peut pas les restaurer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Compact</source>
        <translation>Compacter</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>No photo in this audit is larger than %1 pixels: there is nothing to compact.</source>
        <translation>Aucune photo de cet audit ne dépasse %1 pixels&#xa0;: il n&apos;y a rien à compacter.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n photo(s) are stored larger than that (%1 of this %2 file). Reduced copies would save about %3.</source>
        <translation>
            <numerusform>%n photo est enregistrée dans une taille supérieure (%1 de ce fichier de %2). Des copies réduites feraient gagner environ %3.</numerusform>
            <numerusform>%n photos sont enregistrées dans une taille supérieure (%1 de ce fichier de %2). Des copies réduites feraient gagner environ %3.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompletenessDialog</name>
    <message>
        <location filename="../../auditor_app/ui/export_dialogs.py" line="+190"/>
        <source>Before exporting</source>
        <translation>Avant l&apos;export</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The %1 report cannot be issued yet: complete what is shown in red.
Double-click an item to go to it.</source>
        <translation>Le rapport «&#xa0;%1&#xa0;» ne peut pas encore être émis&#xa0;: complétez ce qui est indiqué en rouge.
Double-cliquez sur un élément pour y accéder.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Some things are missing; the report can still be exported.
Double-click an item to go to it.</source>
        <translation>Certains éléments manquent&#xa0;; le rapport peut tout de même être exporté.
Double-cliquez sur un élément pour y accéder.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Error: %1</source>
        <translation>Erreur&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Warning: %1</source>
        <translation>Avertissement&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export anyway</source>
        <translation>Exporter quand même</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
</context>
<context>
    <name>ConcernDialog</name>
    <message>
        <location filename="../../auditor_app/ui/cycle/concern_dialog.py" line="+33"/>
        <source>Area of concern</source>
        <translation>Point préoccupant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New area of concern</source>
        <translation>Nouveau point préoccupant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What could be a nonconformity at Stage 2</source>
        <translation>Ce qui pourrait être une non-conformité à l&apos;étape 2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Process, department or site</source>
        <translation>Processus, service ou site</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter clauses</source>
        <translation>Filtrer les articles</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Statement:</source>
        <translation>Énoncé&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Area:</source>
        <translation>Secteur&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clauses:</source>
        <translation>Articles&#xa0;:</translation>
    </message>
</context>
<context>
    <name>ConcernModel</name>
    <message>
        <location filename="../../auditor_app/ui/cycle/models.py" line="+12"/>
        <source>Ref</source>
        <translation>Réf.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Area of concern</source>
        <translation>Point préoccupant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clauses</source>
        <translation>Articles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Area</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Raised by</source>
        <translation>Émis par</translation>
    </message>
</context>
<context>
    <name>ConclusionsSection</name>
    <message>
        <location filename="../../auditor_app/ui/details/conclusions.py" line="+25"/>
        <source>Outcome</source>
        <translation>Bilan</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <source>Not set</source>
        <translation>Non défini</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>O&amp;bjectives met:</source>
        <translation>O&amp;bjectifs atteints&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whether the audit objectives were fulfilled; if not fully, say why below (ISO/IEC 17021-1 9.4.8.2)</source>
        <translation>Si les objectifs de l&apos;audit ont été atteints&#xa0;; s&apos;ils ne l&apos;ont pas été entièrement, indiquez pourquoi ci-dessous (ISO/IEC 17021-1 9.4.8.2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why the objectives were not (fully) met, or a comment</source>
        <translation>Pourquoi les objectifs n&apos;ont pas été (entièrement) atteints, ou un commentaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xplanation:</source>
        <translation>E&amp;xplication&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decisi&amp;on:</source>
        <translation>Décisi&amp;on&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The team&apos;s recommendation; certification cannot be recommended while a major nonconformity is open</source>
        <translation>La recommandation de l&apos;équipe&#xa0;; la certification ne peut pas être recommandée tant qu&apos;une non-conformité majeure reste ouverte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Conclusions:</source>
        <translation>&amp;Conclusions&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whether the management system conforms and is effective, against the audit objectives</source>
        <translation>Si le système de management est conforme et efficace, au regard des objectifs de l&apos;audit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Recommendation:</source>
        <translation>&amp;Recommandation&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. recommended for certification subject to accepted corrective action plans</source>
        <translation>p. ex. certification recommandée sous réserve de l&apos;acceptation des plans d&apos;actions correctives</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Diverging opinions:</source>
        <translation>Opinions &amp;divergentes&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opinions of the auditee and the team that remained unresolved (ISO 19011 6.4.10)</source>
        <translation>Opinions de l&apos;audité et de l&apos;équipe restées divergentes (ISO 19011 6.4.10)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Plan deviations:</source>
        <translation>Écarts au &amp;plan&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes to the audit plan, areas not covered, obstacles met</source>
        <translation>Modifications du plan d&apos;audit, domaines non couverts, obstacles rencontrés</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Conclusions</source>
        <translation>Conclusions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Presented at the closing meeting and printed in the report. Saved when you leave a field.</source>
        <translation>Présentées à la réunion de clôture et imprimées dans le rapport. Enregistrées dès que vous quittez un champ.</translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <location filename="../../auditor_app/ui/unpacking.py" line="+44"/>
        <source>Open sealed package</source>
        <translation>Ouvrir un paquet scellé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is checked: its files match SHA256SUMS and the signed manifest, the signature verifies, and the audit file passes its full check.</source>
        <translation>%1 est vérifié&#xa0;: ses fichiers correspondent à SHA256SUMS et au manifeste signé, la signature est valide et le fichier d&apos;audit passe sa vérification complète.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Signed by:</source>
        <translation>Signé par&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>untitled</source>
        <translation>sans titre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no client</source>
        <translation>pas de client</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Audit:</source>
        <translation>Audit&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>by %1 at %2</source>
        <translation>par %1 le %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, for %2</source>
        <translation>%1, pour %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made:</source>
        <translation>Créé&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unpack into:</source>
        <translation>Décompresser dans&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The folder is made; nothing in it is overwritten. The audit then opens here, in place of any audit open now.</source>
        <translation>Le dossier est créé&#xa0;; rien n&apos;y est écrasé. L&apos;audit s&apos;ouvre ensuite ici, à la place de l&apos;audit ouvert actuellement.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unpack and open</source>
        <translation>Décompresser et ouvrir</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Unpack into a new folder in</source>
        <translation>Décompresser dans un nouveau dossier de</translation>
    </message>
</context>
<context>
    <name>ConflictPanel</name>
    <message>
        <location filename="../../auditor_app/ui/conflicts.py" line="+17"/>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Write a combination…</source>
        <translation>Rédiger une combinaison…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep it (restore with the edits)</source>
        <translation>Le conserver (restaurer avec les modifications)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confirm deletion</source>
        <translation>Confirmer la suppression</translation>
    </message>
    <message numerus="yes">
        <location line="+49"/>
        <source>%n conflict(s) to decide. Until you choose, the audit shows the latest version.</source>
        <translation>
            <numerusform>%n conflit à trancher. Tant que vous n&apos;avez pas choisi, l&apos;audit affiche la version la plus récente.</numerusform>
            <numerusform>%n conflits à trancher. Tant que vous n&apos;avez pas choisi, l&apos;audit affiche la version la plus récente.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1. Keep the item with the changes, or confirm that it is deleted.</source>
        <translation>%1. Conservez l&apos;élément avec les modifications ou confirmez sa suppression.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 — %2. Keep one version or write a combination.</source>
        <translation>%1 — %2. Conservez une version ou rédigez une combinaison.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 — %2. Keep one version.</source>
        <translation>%1 — %2. Conservez une version.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep this version</source>
        <translation>Conserver cette version</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Keep %1&apos;s %2 of %3</source>
        <translation>Conserver la version de %1&#xa0;: %2 de %3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Combine the versions of %1</source>
        <translation>Combiner les versions de %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restore %1</source>
        <translation>Restaurer %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Confirm deletion of %1</source>
        <translation>Confirmer la suppression de %1</translation>
    </message>
</context>
<context>
    <name>CycleCommands</name>
    <message>
        <location filename="../../auditor_app/ui/cycle/commands.py" line="+17"/>
        <source>Verify %1</source>
        <translation>Vérifier %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Cite for %1</source>
        <translation>Citer pour %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stop citing for %1</source>
        <translation>Ne plus citer pour %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Follow-up finding for %1</source>
        <translation>Constat de suivi pour %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Set readiness for Stage 2</source>
        <translation>Définir l&apos;état de préparation pour l&apos;étape 2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Add area of concern</source>
        <translation>Ajouter un point préoccupant</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Edit area of concern</source>
        <translation>Modifier le point préoccupant</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Delete area of concern</source>
        <translation>Supprimer le point préoccupant</translation>
    </message>
</context>
<context>
    <name>CycleCoverage</name>
    <message>
        <location filename="../../auditor_app/ui/cycle_coverage.py" line="+22"/>
        <source>Coverage over the &amp;cycle…</source>
        <translation>Couverture sur le c&amp;ycle…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which clauses, processes and sites each audit of the certification cycle covered, and what is still uncovered</source>
        <translation>Les articles, processus et sites couverts par chaque audit du cycle de certification, et ce qui reste à couvrir</translation>
    </message>
    <message>
        <location filename="../../auditor_app/ui/cycle_coverage_view.py" line="+43"/>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Clause</source>
        <translation>Article</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Covered</source>
        <translation>Couvert</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>non</translation>
    </message>
</context>
<context>
    <name>CycleDialog</name>
    <message>
        <location line="+20"/>
        <source>Coverage over the certification cycle</source>
        <translation>Couverture sur le cycle de certification</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 audit(s) of the chain; the current cycle starts with %2.</source>
        <translation>%1 audit(s) dans la chaîne&#xa0;; le cycle en cours commence par %2.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 — %2% covered, %3 clause(s) uncovered</source>
        <translation>%1 — %2&#xa0;% couvert, %3 article(s) non couvert(s)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only &amp;uncovered clauses</source>
        <translation>Articles non co&amp;uverts uniquement</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Clauses covered</source>
        <translation>Articles couverts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read from</source>
        <translation>Lu depuis</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (earlier cycle)</source>
        <translation>%1 (cycle précédent)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this audit&apos;s history</source>
        <translation>l&apos;historique de cet audit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>this audit</source>
        <translation>cet audit</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Processes: none recorded.</source>
        <translation>Processus&#xa0;: aucun enregistré.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Processes: all covered in the current cycle.</source>
        <translation>Processus&#xa0;: tous couverts dans le cycle en cours.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Processes not covered in the current cycle: %1</source>
        <translation>Processus non couverts dans le cycle en cours&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sites: none recorded.</source>
        <translation>Sites&#xa0;: aucun enregistré.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sites: all covered in the current cycle.</source>
        <translation>Sites&#xa0;: tous couverts dans le cycle en cours.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sites not covered in the current cycle: %1</source>
        <translation>Sites non couverts dans le cycle en cours&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>CycleFeature</name>
    <message>
        <location filename="../../auditor_app/ui/cycle/feature.py" line="+44"/>
        <source>Previous findings</source>
        <translation>Constats précédents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage 1</source>
        <translation>Étape 1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>New audit from &amp;previous…</source>
        <translation>Nouvel audit à partir du &amp;précédent…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Previous fi&amp;ndings</source>
        <translation>Constats &amp;précédents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage &amp;1 readiness and concerns</source>
        <translation>Étape &amp;1&#xa0;: préparation et points préoccupants</translation>
    </message>
    <message>
        <location line="+123"/>
        <source>Area of concern deleted — Edit › Undo brings it back.</source>
        <translation>Point préoccupant supprimé — Édition › Annuler le restaure.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Made from %1: %2 finding(s) to verify, %3 area(s) of concern to check.</source>
        <translation>Créé à partir de %1&#xa0;: %2 constat(s) à vérifier, %3 point(s) préoccupant(s) à contrôler.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../auditor_app/ui/details/fields.py" line="+149"/>
        <source>not set</source>
        <translation>non défini</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Clear the date</source>
        <translation>Effacer la date</translation>
    </message>
</context>
<context>
    <name>DetailsForm</name>
    <message>
        <location filename="../../auditor_app/ui/details/form.py" line="+31"/>
        <source>Engagement</source>
        <translation>Mission</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Client:</source>
        <translation>&amp;Client&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One site per line: name and address</source>
        <translation>Un site par ligne&#xa0;: nom et adresse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Sites:</source>
        <translation>&amp;Sites&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not set</source>
        <translation>Non défini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit t&amp;ype:</source>
        <translation>T&amp;ype d&apos;audit&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>St&amp;art date:</source>
        <translation>Date de &amp;début&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;End date:</source>
        <translation>Date de fi&amp;n&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client&apos;s re&amp;presentative:</source>
        <translation>Re&amp;présentant du client&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who accompanied the audit for the client and received the report (ISO/IEC 17021-1 9.4.8)</source>
        <translation>Qui a accompagné l&apos;audit pour le client et a reçu le rapport (ISO/IEC 17021-1 9.4.8)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Representat&amp;ive&apos;s role:</source>
        <translation>Fonct&amp;ion du représentant&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The end date is before the start date.</source>
        <translation>La date de fin est antérieure à la date de début.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Scope and criteria</source>
        <translation>Champ et critères</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activities, products, processes and sites covered</source>
        <translation>Activités, produits, processus et sites couverts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sc&amp;ope:</source>
        <translation>Champ de l&apos;&amp;audit&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Objectives:</source>
        <translation>&amp;Objectifs&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standards, the client&apos;s documents, legal requirements</source>
        <translation>Normes, documents du client, exigences légales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;riteria:</source>
        <translation>C&amp;ritères&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Significant changes since the last audit: scope, organisation, sites, processes</source>
        <translation>Changements significatifs depuis le dernier audit&#xa0;: champ, organisation, sites, processus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hanges since last audit:</source>
        <translation>C&amp;hangements depuis le dernier audit&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How the client uses certification marks and refers to its certification (surveillance)</source>
        <translation>Comment le client utilise les marques de certification et fait référence à sa certification (surveillance)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certification &amp;marks:</source>
        <translation>&amp;Marques de certification&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. en, de, zh</source>
        <translation>p. ex. fr, en, de</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Con&amp;fidentiality:</source>
        <translation>Con&amp;fidentialité&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report &amp;number:</source>
        <translation>N&amp;uméro du rapport&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report re&amp;vision:</source>
        <translation>Ré&amp;vision du rapport&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Grading scheme:</source>
        <translation>&amp;Barème de classement&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How findings are graded; it can only change while no finding has a grade the new scheme lacks</source>
        <translation>Comment les constats sont classés&#xa0;; il ne peut être changé que si aucun constat n&apos;a un classement absent du nouveau barème</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Word report template:</source>
        <translation>Modèle du rapport &amp;Word&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report template</source>
        <translation>modèle du rapport</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Audit details</source>
        <translation>Détails de l&apos;audit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the report&apos;s cover and introduction say. Changes are saved when you leave a field.</source>
        <translation>Ce qu&apos;indiquent la page de garde et l&apos;introduction du rapport. Les modifications sont enregistrées dès que vous quittez un champ.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Grading scheme not changed</source>
        <translation>Barème de classement inchangé</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n finding(s) have grades that “%1” does not have:
%2

Regrade or delete these findings first, then choose the scheme again.</source>
        <translation>
            <numerusform>%n constat a un classement absent de «&#xa0;%1&#xa0;»&#xa0;:
%2

Reclassez ou supprimez d&apos;abord ces constats, puis choisissez de nouveau le barème.</numerusform>
            <numerusform>%n constats ont des classements absents de «&#xa0;%1&#xa0;»&#xa0;:
%2

Reclassez ou supprimez d&apos;abord ces constats, puis choisissez de nouveau le barème.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DetailsPage</name>
    <message>
        <location filename="../../auditor_app/ui/details/page.py" line="+31"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit plan</source>
        <translation>Plan d&apos;audit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Audit time</source>
        <translation>Durée d&apos;audit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meetings</source>
        <translation>Réunions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conclusions</source>
        <translation>Conclusions</translation>
    </message>
</context>
<context>
    <name>EditorToolBar</name>
    <message>
        <location filename="../../auditor_app/ui/annotate/toolbar.py" line="+26"/>
        <source>Select</source>
        <translation>Sélectionner</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Arrow</source>
        <translation>Flèche</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rectangle</source>
        <translation>Rectangle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ellipse</source>
        <translation>Ellipse</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Blur</source>
        <translation>Flou</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Red</source>
        <translation>Rouge</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Yellow</source>
        <translation>Jaune</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Green</source>
        <translation>Vert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Blue</source>
        <translation>Bleu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>White</source>
        <translation>Blanc</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Black</source>
        <translation>Noir</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Colour of new shapes and of the selected ones</source>
        <translation>Couleur des nouvelles formes et des formes sélectionnées</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Line</source>
        <translation>Trait</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Thin</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Medium</source>
        <translation>Moyen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Thick</source>
        <translation>Épais</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Line width; for a new text, its size</source>
        <translation>Épaisseur du trait&#xa0;; pour un nouveau texte, sa taille</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the selected shapes (Del)</source>
        <translation>Supprimer les formes sélectionnées (Suppr)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Fit</source>
        <translation>Ajuster</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the whole photo (Ctrl+0); Ctrl+wheel zooms</source>
        <translation>Afficher la photo entière (Ctrl+0)&#xa0;; Ctrl+molette pour zoomer</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Click a shape to select it, drag it to move it, drag a corner handle to resize it; double-click a text to change it.</source>
        <translation>Cliquez sur une forme pour la sélectionner, faites-la glisser pour la déplacer, tirez une poignée d&apos;angle pour la redimensionner&#xa0;; double-cliquez sur un texte pour le modifier.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drag from where the arrow starts to what it points at.</source>
        <translation>Faites glisser depuis le départ de la flèche jusqu&apos;à ce qu&apos;elle désigne.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drag across the area to frame.</source>
        <translation>Faites glisser sur la zone à encadrer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drag across the area to circle.</source>
        <translation>Faites glisser sur la zone à entourer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click where the text starts and type; Enter adds a line, Ctrl+Enter or a click elsewhere finishes.</source>
        <translation>Cliquez là où commence le texte et saisissez-le&#xa0;; Entrée ajoute une ligne, Ctrl+Entrée ou un clic ailleurs termine.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drag across faces, names or other personal data. The area is blurred here exactly as in reports and exports.</source>
        <translation>Faites glisser sur les visages, les noms ou d&apos;autres données personnelles. La zone est floutée ici exactement comme dans les rapports et les exports.</translation>
    </message>
</context>
<context>
    <name>Evidence</name>
    <message>
        <location filename="../../auditor_app/ui/evidence/gallery_model.py" line="+40"/>
        <source>%1 bytes</source>
        <translation>%1 octets</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Taken %1</source>
        <translation>Prise le %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Camera: %1</source>
        <translation>Appareil photo&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Added by %1, %2</source>
        <translation>Ajoutée par %1, %2</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Time taken unknown</source>
        <translation>Date de prise de vue inconnue</translation>
    </message>
</context>
<context>
    <name>EvidenceAdder</name>
    <message>
        <location filename="../../auditor_app/ui/evidence/adding.py" line="+67"/>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Nothing to paste: the clipboard holds no picture or file.</source>
        <translation>Rien à coller&#xa0;: le presse-papiers ne contient ni image ni fichier.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Adding evidence</source>
        <translation>Ajout de preuves</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>Evidence files (%1)</source>
        <translation>Fichiers de preuve (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photos (%1)</source>
        <translation>Photos (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents (%1)</source>
        <translation>Documents (%1)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add evidence to %1</source>
        <translation>Ajouter des preuves à %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Screenshot %1.png</source>
        <translation>Capture d&apos;écran %1.png</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Adding %1 files to %2…</source>
        <translation>Ajout de %1 fichiers à %2…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stopping after the file being added…</source>
        <translation>Arrêt après le fichier en cours d&apos;ajout…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Evidence not added</source>
        <translation>Preuves non ajoutées</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Adding cancelled: no files were added.</source>
        <translation>Ajout annulé&#xa0;: aucun fichier n&apos;a été ajouté.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 evidence file added.</source>
        <translation>%1 fichier de preuve ajouté.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 evidence files added.</source>
        <translation>%1 fichiers de preuve ajoutés.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>… and %1 more</source>
        <translation>… et %1 autres</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 file was added; these were not:</source>
        <translation>%1 fichier a été ajouté&#xa0;; ceux-ci ne l&apos;ont pas été&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 files were added; these were not:</source>
        <translation>%1 fichiers ont été ajoutés&#xa0;; ceux-ci ne l&apos;ont pas été&#xa0;:</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>No file was added:</source>
        <translation>Aucun fichier n&apos;a été ajouté&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Evidence can be photos (JPEG, PNG, WebP), PDF files and office documents.</source>
        <translation>Les preuves peuvent être des photos (JPEG, PNG, WebP), des fichiers PDF et des documents bureautiques.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some files were not added</source>
        <translation>Certains fichiers n&apos;ont pas été ajoutés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files not added</source>
        <translation>Fichiers non ajoutés</translation>
    </message>
</context>
<context>
    <name>EvidenceCommands</name>
    <message>
        <location filename="../../auditor_app/ui/evidence/commands.py" line="+16"/>
        <source>Add evidence file to %1</source>
        <translation>Ajouter un fichier de preuve à %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add %1 evidence files to %2</source>
        <translation>Ajouter %1 fichiers de preuve à %2</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Remove %1</source>
        <translation>Retirer %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove %1 evidence files</source>
        <translation>Retirer %1 fichiers de preuve</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Edit caption</source>
        <translation>Modifier la légende</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Rotate %1</source>
        <translation>Faire pivoter %1</translation>
    </message>
</context>
<context>
    <name>EvidenceFeature</name>
    <message>
        <location filename="../../auditor_app/ui/evidence/feature.py" line="+57"/>
        <location line="+1"/>
        <location line="+95"/>
        <source>Evidence</source>
        <translation>Preuves</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>&amp;Add files…</source>
        <translation>&amp;Ajouter des fichiers…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Paste screenshot</source>
        <translation>&amp;Coller une capture d&apos;écran</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show &amp;gallery</source>
        <translation>Afficher la &amp;galerie</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Evidence (%1)</source>
        <translation>Preuves (%1)</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Finding %1</source>
        <translation>Constat %1</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>No program is set up to open %1. A copy was saved as
%2</source>
        <translation>Aucun programme n&apos;est configuré pour ouvrir %1. Une copie a été enregistrée sous
%2</translation>
    </message>
    <message>
        <location line="-117"/>
        <location line="+6"/>
        <source>the audit</source>
        <translation>l&apos;audit</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Removed — Edit › Undo brings it back.</source>
        <translation>Retiré — Édition › Annuler le restaure.</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Cannot open the file</source>
        <translation>Impossible d&apos;ouvrir le fichier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No viewer for this file</source>
        <translation>Aucune visionneuse pour ce fichier</translation>
    </message>
</context>
<context>
    <name>EvidenceGrid</name>
    <message>
        <location filename="../../auditor_app/ui/evidence/gallery_view.py" line="+138"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove from the audit</source>
        <translation>Retirer de l&apos;audit</translation>
    </message>
</context>
<context>
    <name>EvidenceImport</name>
    <message>
        <location filename="../../auditor_app/ui/evidence_import/feature.py" line="+43"/>
        <source>&amp;Import photos from folder…</source>
        <translation>&amp;Importer des photos d&apos;un dossier…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A folder or memory card: review the photos by time taken, each with the clause of its audit-plan slot, then import them</source>
        <translation>Un dossier ou une carte mémoire&#xa0;: passez en revue les photos par heure de prise de vue, chacune avec l&apos;article de son créneau du plan d&apos;audit, puis importez-les</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Compact audit file…</source>
        <translation>Co&amp;mpacter le fichier d&apos;audit…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Import photos from folder</source>
        <translation>Importer des photos d&apos;un dossier</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%n files and folders</source>
        <translation>
            <numerusform>%n fichier ou dossier</numerusform>
            <numerusform>%n fichiers et dossiers</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+38"/>
        <source>Import photos</source>
        <translation>Importer des photos</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Looking at the photos in %1…</source>
        <translation>Examen des photos de %1…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Photo import cancelled: nothing was imported.</source>
        <translation>Import des photos annulé&#xa0;: rien n&apos;a été importé.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No photos found</source>
        <translation>Aucune photo trouvée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There are no files in %1 (hidden and system files are skipped).</source>
        <translation>Il n&apos;y a aucun fichier dans %1 (les fichiers cachés et les fichiers système sont ignorés).</translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>Importing %n photo(s)…</source>
        <translation>
            <numerusform>Import de %n photo…</numerusform>
            <numerusform>Import de %n photos…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Import %n photo(s)</source>
        <translation>
            <numerusform>Importer %n photo</numerusform>
            <numerusform>Importer %n photos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Photo import</source>
        <translation>Import de photos</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n photo(s) imported.</source>
        <translation>
            <numerusform>%n photo importée.</numerusform>
            <numerusform>%n photos importées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n stored as reduced copies (your preference); the original&apos;s SHA-256 is recorded with each.</source>
        <translation>
            <numerusform>%n enregistrée en copie réduite (selon vos préférences)&#xa0;; l&apos;empreinte SHA-256 de l&apos;original est consignée avec elle.</numerusform>
            <numerusform>%n enregistrées en copies réduites (selon vos préférences)&#xa0;; l&apos;empreinte SHA-256 de l&apos;original est consignée avec chacune.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The import was cancelled: the photos above are in the audit, the rest are not.</source>
        <translation>L&apos;import a été annulé&#xa0;: les photos ci-dessus sont dans l&apos;audit, les autres non.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The import stopped: %1. The photos above are in the audit.</source>
        <translation>L&apos;import s&apos;est arrêté&#xa0;: %1. Les photos ci-dessus sont dans l&apos;audit.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n skipped: already in this audit.</source>
        <translation>
            <numerusform>%n ignorée&#xa0;: déjà dans cet audit.</numerusform>
            <numerusform>%n ignorées&#xa0;: déjà dans cet audit.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not imported:</source>
        <translation>Non importées&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>… and %1 more</source>
        <translation>… et %1 autres</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Compact audit file</source>
        <translation>Compacter le fichier d&apos;audit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taking a backup, then replacing photos by reduced copies…</source>
        <translation>Sauvegarde, puis remplacement des photos par des copies réduites…</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Saved %1: the audit file is now %2 (it was %3). %n photo(s) replaced by reduced copies.</source>
        <translation>
            <numerusform>%1 gagnés&#xa0;: le fichier d&apos;audit fait maintenant %2 (contre %3). %n photo remplacée par une copie réduite.</numerusform>
            <numerusform>%1 gagnés&#xa0;: le fichier d&apos;audit fait maintenant %2 (contre %3). %n photos remplacées par des copies réduites.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Compaction was cancelled; the photos not reached yet are unchanged.</source>
        <translation>Le compactage a été annulé&#xa0;; les photos non encore traitées sont inchangées.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Left as they were:</source>
        <translation>Laissées telles quelles&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file as it was before is kept as a backup:
%1</source>
        <translation>Le fichier dans son état antérieur est conservé comme sauvegarde&#xa0;:
%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit file compacted</source>
        <translation>Fichier d&apos;audit compacté</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
</context>
<context>
    <name>EvidencePicker</name>
    <message>
        <location filename="../../auditor_app/ui/findings/composer_parts.py" line="+82"/>
        <source>No notes on these clauses yet.</source>
        <translation>Aucune note sur ces articles.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No photos or documents on these clauses yet.</source>
        <translation>Aucune photo ni aucun document sur ces articles.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notes (%1)</source>
        <translation>Notes (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photos and documents (%1)</source>
        <translation>Photos et documents (%1)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 (internal)</source>
        <translation>%1 (interne)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>EvidenceViewer</name>
    <message>
        <location filename="../../auditor_app/ui/evidence/viewer.py" line="+200"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location line="-107"/>
        <source>Previous</source>
        <translation>Précédente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next</source>
        <translation>Suivante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit</source>
        <translation>Ajuster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1:1</source>
        <translation>1:1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rotate left</source>
        <translation>Rotation à gauche</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rotate right</source>
        <translation>Rotation à droite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Annotate…</source>
        <translation>Annoter…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open file</source>
        <translation>Ouvrir le fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the stored file with the system&apos;s viewer</source>
        <translation>Ouvrir le fichier enregistré avec la visionneuse du système</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1
Open file shows it with the system&apos;s viewer.</source>
        <translation>%1
Ouvrir le fichier l&apos;affiche avec la visionneuse du système.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This photo cannot be shown: %1</source>
        <translation>Impossible d&apos;afficher cette photo&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ExportProgress</name>
    <message>
        <location filename="../../auditor_app/ui/tasks.py" line="+163"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exporting</source>
        <translation>Export en cours</translation>
    </message>
</context>
<context>
    <name>Exports</name>
    <message>
        <location filename="../../auditor_app/ui/exporting.py" line="+64"/>
        <source>Export &amp;report (PDF)…</source>
        <translation>Exporter le &amp;rapport (PDF)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export report (Wor&amp;d)…</source>
        <translation>Exporter le rapport (&amp;Word)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;workbook (Excel)…</source>
        <translation>Exporter le c&amp;lasseur (Excel)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Issue report…</source>
        <translation>&amp;Émettre le rapport…</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Word report not exported</source>
        <translation>Rapport Word non exporté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This audit&apos;s Word report uses the template “%1”, which is not on this computer.

Add it in Edit › Preferences › Word templates on this computer, or choose another template on the Audit page (Word report template). No other template is used in its place.</source>
        <translation>Le rapport Word de cet audit utilise le modèle «&#xa0;%1&#xa0;», qui n&apos;est pas sur cet ordinateur.

Ajoutez-le dans Édition › Préférences › Modèles Word sur cet ordinateur, ou choisissez un autre modèle sur la page Audit (Modèle du rapport Word). Aucun autre modèle n&apos;est utilisé à sa place.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Cannot check the report</source>
        <translation>Impossible de vérifier le rapport</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Export %1</source>
        <translation>Exporter %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Exporting the %1 to %2…</source>
        <translation>Export de %1 vers %2…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Exporting</source>
        <translation>Export en cours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stopping the export; no file is written…</source>
        <translation>Arrêt de l&apos;export&#xa0;; aucun fichier n&apos;est écrit…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Template: %1</source>
        <translation>Modèle&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export finished</source>
        <translation>Export terminé</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Saved as
%1</source>
        <translation>Enregistré sous
%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exported to %1</source>
        <translation>Exporté vers %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+2"/>
        <source>Report not exported</source>
        <translation>Rapport non exporté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1

No file was written.</source>
        <translation>%1

Aucun fichier n&apos;a été écrit.</translation>
    </message>
</context>
<context>
    <name>FieldSection</name>
    <message>
        <location filename="../../auditor_app/ui/details/field_section.py" line="+120"/>
        <source>Change %1</source>
        <translation>Modifier %1</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../auditor_app/ui/new_audit_file.py" line="+93"/>
        <source>Audit file</source>
        <translation>Fichier d&apos;audit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The audit is one file. Keep it on this computer&apos;s own disk while you work; use File ▸ Save a copy… for a USB stick or a shared folder.</source>
        <translation>L&apos;audit est un fichier unique. Gardez-le sur le disque propre de cet ordinateur pendant que vous travaillez&#xa0;; utilisez Fichier ▸ Enregistrer une copie… pour une clé USB ou un dossier partagé.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Save the new audit as:</source>
        <translation>&amp;Enregistrer le nouvel audit sous&#xa0;:</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>New audit file</source>
        <translation>Nouveau fichier d&apos;audit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit files (*.audit)</source>
        <translation>Fichiers d&apos;audit (*.audit)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose where to save the audit file.</source>
        <translation>Choisissez où enregistrer le fichier d&apos;audit.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The folder %1 does not exist.</source>
        <translation>Le dossier %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 already exists. An audit file is never overwritten: choose another name.</source>
        <translation>%1 existe déjà. Un fichier d&apos;audit n&apos;est jamais écrasé&#xa0;: choisissez un autre nom.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This folder is on removable media (%1), which can be unplugged while the audit is being written.</source>
        <translation>Ce dossier se trouve sur un support amovible (%1), qui peut être débranché pendant l&apos;écriture de l&apos;audit.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This folder is on a network share (%1), where file locking is unreliable.</source>
        <translation>Ce dossier se trouve sur un partage réseau (%1), où le verrouillage des fichiers est peu fiable.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This folder is synchronised by %1, whose agent can copy the file half-written.</source>
        <translation>Ce dossier est synchronisé par %1, dont l&apos;agent peut copier le fichier à moitié écrit.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This folder is not on a local disk (%1).</source>
        <translation>Ce dossier n&apos;est pas sur un disque local (%1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the audit on this computer&apos;s own disk; File ▸ Save a copy… puts a verified copy there when you are done.</source>
        <translation>Gardez l&apos;audit sur le disque propre de cet ordinateur&#xa0;; Fichier ▸ Enregistrer une copie… y place une copie vérifiée une fois votre travail terminé.</translation>
    </message>
</context>
<context>
    <name>FindingCommands</name>
    <message>
        <location filename="../../auditor_app/ui/findings/commands.py" line="+37"/>
        <source>Add finding on %1</source>
        <translation>Ajouter un constat sur %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add finding</source>
        <translation>Ajouter un constat</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Add finding %1</source>
        <translation>Ajouter le constat %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Edit finding %1</source>
        <translation>Modifier le constat %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Delete finding %1</source>
        <translation>Supprimer le constat %1</translation>
    </message>
</context>
<context>
    <name>FindingComposer</name>
    <message>
        <location filename="../../auditor_app/ui/findings/composer.py" line="+48"/>
        <location line="+12"/>
        <source>New finding</source>
        <translation>Nouveau constat</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Finding %1</source>
        <translation>Constat %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>New finding on %1</source>
        <translation>Nouveau constat sur %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Site, building, line…</source>
        <translation>Site, bâtiment, ligne…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Process or area audited</source>
        <translation>Processus ou secteur audité</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The requirement, paraphrased</source>
        <translation>L&apos;exigence, reformulée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was seen, heard or read: records, places, people, numbers</source>
        <translation>Ce qui a été vu, entendu ou lu&#xa0;: enregistrements, lieux, personnes, chiffres</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+167"/>
        <source>What is not fulfilled</source>
        <translation>Ce qui n&apos;est pas satisfait</translation>
    </message>
    <message>
        <location line="-155"/>
        <source>Save changes</source>
        <translation>Enregistrer les modifications</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Create finding</source>
        <translation>Créer le constat</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Grade:</source>
        <translation>&amp;Classement&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Location:</source>
        <translation>&amp;Lieu&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Process:</source>
        <translation>&amp;Processus&#xa0;:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Clause references</source>
        <translation>Références d&apos;articles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The clauses this finding is raised against.</source>
        <translation>Les articles sur lesquels porte ce constat.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Requirement</source>
        <translation>Exigence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the clause requires, in your own words.</source>
        <translation>Ce qu&apos;exige l&apos;article, dans vos propres mots.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Objective evidence</source>
        <translation>Preuves tangibles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Describe what you found, and tick the notes and files that show it.</source>
        <translation>Décrivez ce que vous avez constaté et cochez les notes et fichiers qui le démontrent.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+110"/>
        <source>What is not fulfilled, stated so the auditee can act on it.</source>
        <translation>Ce qui n&apos;est pas satisfait, formulé de sorte que l&apos;audité puisse agir.</translation>
    </message>
    <message>
        <location line="-100"/>
        <source>&amp;Finding</source>
        <translation>Co&amp;nstat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>F&amp;ollow-up</source>
        <translation>Su&amp;ivi</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>A nonconformity needs a clause reference: add the clause it is raised against.</source>
        <translation>Une non-conformité exige une référence d&apos;article&#xa0;: ajoutez l&apos;article sur lequel elle porte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GHTF N19 grades ISO 13485 clauses 4 to 8: add one to the clause references.</source>
        <translation>GHTF N19 classe les articles 4 à 8 de l&apos;ISO 13485&#xa0;: ajoutez-en un aux références d&apos;articles.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A nonconformity needs objective evidence: describe what you found or tick a note, photo or document.</source>
        <translation>Une non-conformité exige des preuves tangibles&#xa0;: décrivez ce que vous avez constaté ou cochez une note, une photo ou un document.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A nonconformity needs a statement of nonconformity: say which requirement is not fulfilled (ISO/IEC 17021-1 9.4.5.2).</source>
        <translation>Une non-conformité exige un énoncé de la non-conformité&#xa0;: indiquez quelle exigence n&apos;est pas satisfaite (ISO/IEC 17021-1 9.4.5.2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Describe the finding: its objective evidence or its statement.</source>
        <translation>Décrivez le constat&#xa0;: ses preuves tangibles ou son énoncé.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>1 minor nonconformity already on %1 — consider whether together they indicate a major.</source>
        <translation>1 non-conformité mineure déjà relevée sur %1 — examinez si, ensemble, elles constituent une non-conformité majeure.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 minor nonconformities already on %2 — consider whether together they indicate a major.</source>
        <translation>%1 non-conformités mineures déjà relevées sur %2 — examinez si, ensemble, elles constituent une non-conformité majeure.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Statement of nonconformity</source>
        <translation>Énoncé de la non-conformité</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Statement</source>
        <translation>Énoncé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What was found, in a sentence or two the auditee will read in the report.</source>
        <translation>Ce qui a été constaté, en une ou deux phrases que l&apos;audité lira dans le rapport.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was found</source>
        <translation>Ce qui a été constaté</translation>
    </message>
</context>
<context>
    <name>FindingDetail</name>
    <message>
        <location filename="../../auditor_app/ui/findings/detail.py" line="+49"/>
        <source>Clauses</source>
        <translation>Articles</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>No clause reference.</source>
        <translation>Aucune référence d&apos;article.</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>raised by %1</source>
        <translation>émis par %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Requirement</source>
        <translation>Exigence</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Objective evidence</source>
        <translation>Preuves tangibles</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Statement of nonconformity</source>
        <translation>Énoncé de la non-conformité</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Statement</source>
        <translation>Énoncé</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Root cause</source>
        <translation>Cause racine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correction</source>
        <translation>Correction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Corrective action</source>
        <translation>Action corrective</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action owner</source>
        <translation>Responsable de l&apos;action</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due date</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verified by</source>
        <translation>Vérifié par</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed on</source>
        <translation>Clôturé le</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
</context>
<context>
    <name>FindingsFeature</name>
    <message>
        <location filename="../../auditor_app/ui/findings/feature.py" line="+35"/>
        <location line="+1"/>
        <location line="+47"/>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>New &amp;finding…</source>
        <translation>Nouveau &amp;constat…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show all f&amp;indings</source>
        <translation>Afficher &amp;tous les constats</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Findings (%1)</source>
        <translation>Constats (%1)</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Finding %1 deleted — Edit › Undo brings it back.</source>
        <translation>Constat %1 supprimé — Édition › Annuler le restaure.</translation>
    </message>
</context>
<context>
    <name>FindingsPage</name>
    <message>
        <location filename="../../auditor_app/ui/findings/page.py" line="+47"/>
        <source>Filter findings: reference, clause, text, owner…</source>
        <translation>Filtrer les constats&#xa0;: référence, article, texte, responsable…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show findings of one grade</source>
        <translation>Afficher les constats d&apos;un seul classement</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show findings with one follow-up status</source>
        <translation>Afficher les constats d&apos;un seul statut de suivi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;New finding…</source>
        <translation>&amp;Nouveau constat…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>All grades</source>
        <translation>Tous les classements</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>No findings yet. Raise one from a clause with Audit › New finding… (Ctrl+Shift+F).</source>
        <translation>Aucun constat pour le moment. Émettez-en un depuis un article avec Audit › Nouveau constat… (Ctrl+Maj+F).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Select a finding to see it in full.</source>
        <translation>Sélectionnez un constat pour le voir en entier.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2 findings</source>
        <translation>%1 sur %2 constats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 findings</source>
        <translation>%1 constats</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>1 finding</source>
        <translation>1 constat</translation>
    </message>
</context>
<context>
    <name>FindingsTable</name>
    <message>
        <location filename="../../auditor_app/ui/findings/table_model.py" line="+51"/>
        <source>Ref.</source>
        <translation>Réf.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grade</source>
        <translation>Classement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clauses</source>
        <translation>Articles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Statement</source>
        <translation>Énoncé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action owner</source>
        <translation>Responsable de l&apos;action</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Raised by</source>
        <translation>Émis par</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <location filename="../../auditor_app/ui/cycle/follow_up_dialog.py" line="+32"/>
        <source>the item</source>
        <translation>l&apos;élément</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Follow-up finding for %1</source>
        <translation>Constat de suivi pour %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>What is still not fulfilled</source>
        <translation>Ce qui n&apos;est toujours pas satisfait</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The objective evidence seen in this audit</source>
        <translation>Les preuves tangibles constatées lors de cet audit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Outcome:</source>
        <translation>Résultat&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grade:</source>
        <translation>Classement&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clauses:</source>
        <translation>Articles&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requirement:</source>
        <translation>Exigence&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Statement:</source>
        <translation>Énoncé&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence:</source>
        <translation>Preuves&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Raise finding</source>
        <translation>Émettre le constat</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Write the statement: what is still not fulfilled.</source>
        <translation>Rédigez l&apos;énoncé&#xa0;: ce qui n&apos;est toujours pas satisfait.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A nonconformity needs the objective evidence seen.</source>
        <translation>Une non-conformité exige les preuves tangibles constatées.</translation>
    </message>
</context>
<context>
    <name>FollowUpForm</name>
    <message>
        <location filename="../../auditor_app/ui/findings/follow_up.py" line="+52"/>
        <source>Why did it happen? (the auditee&apos;s analysis)</source>
        <translation>Pourquoi est-ce arrivé&#xa0;? (analyse de l&apos;audité)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was done about this case</source>
        <translation>Ce qui a été fait pour ce cas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What stops it happening again</source>
        <translation>Ce qui empêche que cela se reproduise</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agreed:</source>
        <translation>Convenue&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closed:</source>
        <translation>Clôturé&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Status:</source>
        <translation>&amp;Statut&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Root cause:</source>
        <translation>Cause &amp;racine&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;orrection:</source>
        <translation>C&amp;orrection&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Corrective &amp;action:</source>
        <translation>&amp;Action corrective&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action o&amp;wner:</source>
        <translation>Res&amp;ponsable de l&apos;action&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due date:</source>
        <translation>Échéance&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Verified by:</source>
        <translation>&amp;Vérifié par&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed on:</source>
        <translation>Clôturé le&#xa0;:</translation>
    </message>
</context>
<context>
    <name>GalleryPage</name>
    <message>
        <location filename="../../auditor_app/ui/evidence/gallery_page.py" line="+37"/>
        <source>Evidence</source>
        <translation>Preuves</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filter by caption, file name or camera</source>
        <translation>Filtrer par légende, nom de fichier ou appareil photo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All evidence</source>
        <translation>Toutes les preuves</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not yet assigned</source>
        <translation>Pas encore rattachées</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+51"/>
        <source>On the clause shown</source>
        <translation>Sur l&apos;article affiché</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>Oldest first</source>
        <translation>Les plus anciennes d&apos;abord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Newest first</source>
        <translation>Les plus récentes d&apos;abord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sorted by the time each photo was taken</source>
        <translation>Triées selon la date de prise de vue de chaque photo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add files…</source>
        <translation>Ajouter des fichiers…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paste</source>
        <translation>Coller</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No evidence here.
Drop photos or documents on this page, or use Add files…</source>
        <translation>Aucune preuve ici.
Déposez des photos ou des documents sur cette page, ou utilisez Ajouter des fichiers…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Show:</source>
        <translation>&amp;Afficher&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Order:</source>
        <translation>&amp;Ordre&#xa0;:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>On clause %1</source>
        <translation>Sur l&apos;article %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 files</source>
        <translation>%1 fichiers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2 files</source>
        <translation>%1 sur %2 fichiers</translation>
    </message>
</context>
<context>
    <name>HistoryDock</name>
    <message>
        <location filename="../../auditor_app/ui/history_dock.py" line="+28"/>
        <location line="+35"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select a clause to see who changed what in it, and when.</source>
        <translation>Sélectionnez un article pour voir qui y a modifié quoi, et quand.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nothing has been recorded for this clause yet.</source>
        <translation>Rien n&apos;a encore été enregistré pour cet article.</translation>
    </message>
</context>
<context>
    <name>InfoPane</name>
    <message>
        <location filename="../../auditor_app/ui/evidence/viewer_info.py" line="+34"/>
        <source>What the photo shows (appears in the report)</source>
        <translation>Ce que montre la photo (figure dans le rapport)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Taken</source>
        <translation>Prise de vue</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Camera</source>
        <translation>Appareil photo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added by</source>
        <translation>Ajouté par</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Picture</source>
        <translation>Image</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Caption</source>
        <translation>Légende</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Evidence integrity (SHA-256)</source>
        <translation>Intégrité de la preuve (SHA-256)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Used by</source>
        <translation>Utilisé par</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+1"/>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Of the original as taken; the audit stores a reduced copy.</source>
        <translation>De l&apos;original tel que pris&#xa0;; l&apos;audit conserve une copie réduite.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Of the file as stored, unchanged since it was added.</source>
        <translation>Du fichier tel que stocké, inchangé depuis son ajout.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Double-click to go to the clause</source>
        <translation>Double-cliquez pour aller à l&apos;article</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not used by any clause or finding yet.</source>
        <translation>Pas encore utilisé par un article ou un constat.</translation>
    </message>
</context>
<context>
    <name>IssueDialog</name>
    <message>
        <location filename="../../auditor_app/ui/issuing.py" line="+43"/>
        <source>Issue report</source>
        <translation>Émettre le rapport</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not signed</source>
        <translation>Non signé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2, until %3)</source>
        <translation>%1 (%2, jusqu&apos;au %3)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The certificate names a team member other than the lead auditor</source>
        <translation>Le certificat désigne un membre de l&apos;équipe autre que le responsable d&apos;audit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revision:</source>
        <translation>Révision :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Profile:</source>
        <translation>&amp;Profil :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Certificate:</source>
        <translation>&amp;Certificat :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pa&amp;ssphrase:</source>
        <translation>Phrase &amp;secrète :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The report is written at this revision, signed, and recorded in the audit. An issued revision is never issued again: a re-issue takes the next number.</source>
        <translation>Le rapport est établi à cette révision, signé et enregistré dans l&apos;audit. Une révision émise ne l&apos;est jamais à nouveau : une réémission prend le numéro suivant.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Continue…</source>
        <translation>Continuer…</translation>
    </message>
</context>
<context>
    <name>IssueFlow</name>
    <message>
        <location line="+62"/>
        <source>Issue report</source>
        <translation>Émettre le rapport</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Issuing the report</source>
        <translation>Émission du rapport</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Issuing the report to %1…</source>
        <translation>Émission du rapport vers %1…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stopping; nothing is written or recorded…</source>
        <translation>Arrêt en cours ; rien n&apos;est écrit ni enregistré…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Signed by %1.</source>
        <translation>Signé par %1.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not signed.</source>
        <translation>Non signé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revision %1 was issued and recorded in the audit.
%2

Saved as
%3</source>
        <translation>La révision %1 a été émise et enregistrée dans l&apos;audit.
%2

Enregistré sous
%3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It replaces revision %1.</source>
        <translation>Elle remplace la révision %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Report issued</source>
        <translation>Rapport émis</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Issued revision %1 to %2</source>
        <translation>Révision %1 émise vers %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Report not issued</source>
        <translation>Rapport non émis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1

No file was written and nothing was recorded.</source>
        <translation>%1

Aucun fichier n&apos;a été écrit et rien n&apos;a été enregistré.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../auditor_app/ui/main_window.py" line="+93"/>
        <source>Clauses</source>
        <translation>Articles</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Open audit</source>
        <translation>Ouvrir un audit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit files and sealed packages (*.audit *.age);;Audit files (*.audit);;Sealed packages (*.age);;All files (*)</source>
        <translation>Fichiers d&apos;audit et paquets scellés (*.audit *.age);;Fichiers d&apos;audit (*.audit);;Paquets scellés (*.age);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Copy saved to %1</source>
        <translation>Copie enregistrée dans %1</translation>
    </message>
    <message>
        <location filename="../../auditor_app/ui/window_session.py" line="+87"/>
        <source>Cannot open audit file</source>
        <translation>Impossible d&apos;ouvrir le fichier d&apos;audit</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Audit file damaged</source>
        <translation>Fichier d&apos;audit endommagé</translation>
    </message>
    <message>
        <location filename="../../auditor_app/ui/window_views.py" line="+71"/>
        <source>Change not saved</source>
        <translation>Modification non enregistrée</translation>
    </message>
    <message>
        <location filename="../../auditor_app/ui/window_menus.py" line="+16"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Audit</source>
        <translation>A&amp;udit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;vidence</source>
        <translation>&amp;Preuves</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;sample audit</source>
        <translation>Ouvrir l&apos;audit d&apos;&amp;exemple</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save a &amp;copy…</source>
        <translation>Enregistrer une &amp;copie…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Filter clauses</source>
        <translation>&amp;Filtrer les articles</translation>
    </message>
</context>
<context>
    <name>MeetingPanel</name>
    <message>
        <location filename="../../auditor_app/ui/details/meetings.py" line="+42"/>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Held at:</source>
        <translation>&amp;Tenue le&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Location:</source>
        <translation>&amp;Lieu&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Agenda points confirmed, questions</source>
        <translation>Points de l&apos;ordre du jour confirmés, questions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ac&amp;knowledgement:</source>
        <translation>&amp;Reconnaissance&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the auditee&apos;s management acknowledged</source>
        <translation>Ce que la direction de l&apos;audité a reconnu</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Name of an attendee, then Enter</source>
        <translation>Nom d&apos;un participant, puis Entrée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the auditee people</source>
        <translation>Ajouter les personnes de l&apos;audité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everyone recorded as interviewed or contacted at the client</source>
        <translation>Toutes les personnes enregistrées comme interrogées ou contactées chez le client</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the audit team</source>
        <translation>Ajouter l&apos;équipe d&apos;audit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&lt;b&gt;Attendance&lt;/b&gt; — %1 of %2 present</source>
        <translation>&lt;b&gt;Présence&lt;/b&gt; — présents&#xa0;: %1 sur %2</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Add %1 to the %2</source>
        <translation>Ajouter %1 à la %2</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Add %n attendees to the %1</source>
        <translation>
            <numerusform>Ajouter %n participant à la %1</numerusform>
            <numerusform>Ajouter %n participants à la %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Mark %1 present</source>
        <translation>Noter la présence de %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mark %1 absent</source>
        <translation>Noter l&apos;absence de %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit attendee %1</source>
        <translation>Modifier le participant %1</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>&lt;b&gt;Attendance&lt;/b&gt;</source>
        <translation>&lt;b&gt;Présence&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <location line="+71"/>
        <source>Remove %n attendee(s)</source>
        <translation>
            <numerusform>Retirer %n participant</numerusform>
            <numerusform>Retirer %n participants</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MeetingsSection</name>
    <message>
        <location line="+16"/>
        <source>Opening and closing meetings</source>
        <translation>Réunions d&apos;ouverture et de clôture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attendance lists and what was agreed (ISO 19011 6.4.3 and 6.4.10).</source>
        <translation>Listes de présence et ce qui a été convenu (ISO 19011 6.4.3 et 6.4.10).</translation>
    </message>
</context>
<context>
    <name>MergeFlow</name>
    <message numerus="yes">
        <location filename="../../auditor_app/ui/merging.py" line="+98"/>
        <source>Checking and merging %n file(s): %1.
Every file is verified before anything is written.</source>
        <translation>
            <numerusform>Vérification et fusion de %n fichier&#xa0;: %1.
Chaque fichier est vérifié avant toute écriture.</numerusform>
            <numerusform>Vérification et fusion de %n fichiers&#xa0;: %1.
Chaque fichier est vérifié avant toute écriture.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Merging team files</source>
        <translation>Fusion des fichiers de l&apos;équipe</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Merge a different audit?</source>
        <translation>Fusionner un autre audit&#xa0;?</translation>
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
        <translation>Rien de fusionné</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1

Your audit file was not changed.</source>
        <translation>%1

Votre fichier d&apos;audit n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: sealed package, checked; signed by %2</source>
        <translation>%1&#xa0;: paquet scellé, vérifié&#xa0;; signé par %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Merge finished</source>
        <translation>Fusion terminée</translation>
    </message>
</context>
<context>
    <name>MergeHistory</name>
    <message>
        <location filename="../../auditor_app/ui/merge_history.py" line="+63"/>
        <source>&amp;Merge history…</source>
        <translation>Historique des &amp;fusions…</translation>
    </message>
</context>
<context>
    <name>MergeHistoryDialog</name>
    <message>
        <location line="-38"/>
        <source>Merge history</source>
        <translation>Historique des fusions</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Merged</source>
        <translation>Fusionné</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Recorded by</source>
        <translation>Enregistré par</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Evidence files</source>
        <translation>Fichiers de preuve</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>nothing new</source>
        <translation>rien de nouveau</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 team file(s) merged into this audit; every change keeps its author.</source>
        <translation>%1 fichier(s) d&apos;équipe fusionné(s) dans cet audit&#xa0;; chaque modification conserve son auteur.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No team file has been merged into this audit yet (File › Merge team files…).</source>
        <translation>Aucun fichier d&apos;équipe n&apos;a encore été fusionné dans cet audit (Fichier › Fusionner les fichiers de l&apos;équipe…).</translation>
    </message>
</context>
<context>
    <name>MergeWords</name>
    <message>
        <location filename="../../auditor_app/ui/merging.py" line="+13"/>
        <source>%1: nothing new</source>
        <translation>%1&#xa0;: rien de nouveau</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n operation(s)</source>
        <translation>
            <numerusform>%n opération</numerusform>
            <numerusform>%n opérations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n evidence file(s)</source>
        <translation>
            <numerusform>%n fichier de preuve</numerusform>
            <numerusform>%n fichiers de preuve</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2, %3</source>
        <translation>%1&#xa0;: %2, %3</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1: %n of them unsigned (%2)</source>
        <translation>
            <numerusform>%1 : dont %n non signée (%2)</numerusform>
            <numerusform>%1 : dont %n non signées (%2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n conflict(s) to decide: see View ▸ Conflicts.</source>
        <translation>
            <numerusform>%n conflit à trancher&#xa0;: voir Affichage ▸ Conflits.</numerusform>
            <numerusform>%n conflits à trancher&#xa0;: voir Affichage ▸ Conflits.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No conflicts: every team member&apos;s work agrees.</source>
        <translation>Aucun conflit&#xa0;: le travail de tous les membres de l&apos;équipe concorde.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A merge cannot be undone, and earlier changes can no longer be undone either.</source>
        <translation>Une fusion ne peut pas être annulée, et les modifications antérieures ne peuvent plus l&apos;être non plus.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The audit as it was before the merge is saved as
%1</source>
        <translation>L&apos;audit dans son état d&apos;avant la fusion est enregistré sous
%1</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%1 holds %n unsigned change(s) (%2), made by a version without signing or added by hand: nothing shows who really made them.

Merge them only if you trust how the file reached you.</source>
        <translation>
            <numerusform>%1 contient %n modification non signée (%2), faite avec une version sans signature ou ajoutée à la main : rien ne montre qui l’a vraiment faite.

Ne la fusionnez que si vous faites confiance au chemin par lequel le fichier vous est parvenu.</numerusform>
            <numerusform>%1 contient %n modifications non signées (%2), faites avec une version sans signature ou ajoutées à la main : rien ne montre qui les a vraiment faites.

Ne les fusionnez que si vous faites confiance au chemin par lequel le fichier vous est parvenu.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Merge unsigned changes?</source>
        <translation>Fusionner des modifications non signées ?</translation>
    </message>
</context>
<context>
    <name>N19Factors</name>
    <message>
        <location filename="../../auditor_app/ui/findings/n19_factors.py" line="+25"/>
        <source>&amp;Repeat occurrence (raised at an earlier audit)</source>
        <translation>&amp;Récurrence (relevée lors d&apos;un audit antérieur)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No &amp;documented procedure or process</source>
        <translation>&amp;Absence de procédure ou de processus documenté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nonconforming medical devices &amp;released</source>
        <translation>&amp;Dispositifs médicaux non conformes libérés</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1 (computed by GHTF/SG3/N19; it cannot be picked)</source>
        <translation>%1 (calculé selon GHTF/SG3/N19&#xa0;; il ne peut pas être choisi)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Several ISO 13485 clauses are cited: the highest grade counts (%1).</source>
        <translation>Plusieurs articles de l&apos;ISO 13485 sont cités&#xa0;: le classement le plus élevé prévaut (%1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not graded by N19: %1.</source>
        <translation>Non classé selon N19&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Grade %1 (graded without N19 factors)</source>
        <translation>Classement %1 (établi sans les facteurs N19)</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>No grade yet: N19 grades ISO 13485 clauses 4 to 8; add one to the clause references.</source>
        <translation>Pas encore de classement&#xa0;: N19 classe les articles 4 à 8 de l&apos;ISO 13485&#xa0;; ajoutez-en un aux références d&apos;articles.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Nonconformity (grade computed by GHTF N19)</source>
        <translation>Non-conformité (classement calculé selon GHTF N19)</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../../auditor_app/ui/navigation.py" line="+19"/>
        <source>&amp;Next clause</source>
        <translation>Article &amp;suivant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Previous clause</source>
        <translation>Article &amp;précédent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next clause not yet &amp;audited</source>
        <translation>Prochain article non &amp;audité</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Show %1</source>
        <translation>Afficher la page %1</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>All clauses audited</source>
        <translation>Tous les articles audités</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every clause of this audit has a result.</source>
        <translation>Chaque article de cet audit a un résultat.</translation>
    </message>
</context>
<context>
    <name>NewAuditWizard</name>
    <message>
        <location filename="../../auditor_app/ui/new_audit_wizard.py" line="+124"/>
        <source>New audit</source>
        <translation>Nouvel audit</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Create audit</source>
        <translation>Créer l&apos;audit</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standards</source>
        <translation>Normes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 (%2 clauses)</source>
        <translation>%1 (%2 articles)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Creating the audit</source>
        <translation>Création de l&apos;audit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Creating %1…</source>
        <translation>Création de %1…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Creating %1; this cannot be stopped half-way.</source>
        <translation>Création de %1&#xa0;; elle ne peut pas être interrompue en cours de route.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Audit not created</source>
        <translation>Audit non créé</translation>
    </message>
</context>
<context>
    <name>NewFromPreviousDialog</name>
    <message>
        <location filename="../../auditor_app/ui/cycle/new_from_previous.py" line="+51"/>
        <source>New audit from previous</source>
        <translation>Nouvel audit à partir du précédent</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Choisir…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the audit file of the previous audit of this client.</source>
        <translation>Choisissez le fichier d&apos;audit du précédent audit de ce client.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Previous audit:</source>
        <translation>Audit précédent&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Audit &amp;type:</source>
        <translation>T&amp;ype d&apos;audit&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;itle:</source>
        <translation>T&amp;itre&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dates:</source>
        <translation>Dates&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checklists:</source>
        <translation>Listes de contrôle&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as:</source>
        <translation>Enregistrer sous&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Create audit</source>
        <translation>Créer l&apos;audit</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Previous audit</source>
        <translation>Audit précédent</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+93"/>
        <source>Audit files (*.audit)</source>
        <translation>Fichiers d&apos;audit (*.audit)</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>The folder %1 does not exist.</source>
        <translation>Le dossier %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 already exists. An audit file is never overwritten: choose another name.</source>
        <translation>%1 existe déjà. Un fichier d&apos;audit n&apos;est jamais écrasé&#xa0;: choisissez un autre nom.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Creating %1…</source>
        <translation>Création de %1…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Creating %1; this cannot be stopped half-way.</source>
        <translation>Création de %1&#xa0;; elle ne peut pas être interrompue en cours de route.</translation>
    </message>
    <message>
        <location line="-105"/>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Client: %1</source>
        <translation>Client&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n open finding(s) to verify</source>
        <translation>
            <numerusform>%n constat ouvert à vérifier</numerusform>
            <numerusform>%n constats ouverts à vérifier</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n area(s) of concern to check</source>
        <translation>
            <numerusform>%n point préoccupant à contrôler</numerusform>
            <numerusform>%n points préoccupants à contrôler</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 cannot be used: %2</source>
        <translation>%1 ne peut pas être utilisé&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 (%2): no other version in the library</source>
        <translation>%1 (%2)&#xa0;: aucune autre version dans la bibliothèque</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use %1 instead of %2</source>
        <translation>Utiliser %1 au lieu de %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>New audit file</source>
        <translation>Nouveau fichier d&apos;audit</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose where to save the new audit file.</source>
        <translation>Choisissez où enregistrer le nouveau fichier d&apos;audit.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Creating the audit</source>
        <translation>Création de l&apos;audit</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Audit not created</source>
        <translation>Audit non créé</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../../auditor_app/ui/note_dialog.py" line="+53"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Edit note</source>
        <translation>Modifier la note</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+45"/>
        <source>Add note</source>
        <translation>Ajouter une note</translation>
    </message>
    <message>
        <location line="-93"/>
        <source>Interview</source>
        <translation>Entretien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Observation on site</source>
        <translation>Observation sur site</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document review</source>
        <translation>Revue documentaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sampling</source>
        <translation>Échantillonnage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>General note</source>
        <translation>Note générale</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Pick from the people met, or type a new name</source>
        <translation>Choisissez parmi les personnes rencontrées ou saisissez un nouveau nom</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Role or job title of a new interviewee</source>
        <translation>Rôle ou fonction d&apos;une nouvelle personne interrogée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Department</source>
        <translation>Service</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hall, line, office, site…</source>
        <translation>Hall, ligne, bureau, site…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Document number or title</source>
        <translation>Numéro ou titre du document</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. 240 purchase orders Jan–Jun</source>
        <translation>p. ex. 240 bons de commande de janvier à juin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>random, every 10th, risk-based…</source>
        <translation>aléatoire, un sur dix, fondé sur les risques…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not given</source>
        <translation>non indiquée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The items checked, one per line</source>
        <translation>Les éléments vérifiés, un par ligne</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What was said, seen or read — facts, names, document numbers…</source>
        <translation>Ce qui a été dit, vu ou lu — faits, noms, numéros de documents…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Internal note (kept out of the client report)</source>
        <translation>Note interne (exclue du rapport client)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save note</source>
        <translation>Enregistrer la note</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Interviewee:</source>
        <translation>Personne &amp;interrogée&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role:</source>
        <translation>Rôle&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Department:</source>
        <translation>Service&#xa0;:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Document:</source>
        <translation>&amp;Document&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;vision:</source>
        <translation>Ré&amp;vision&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Population:</source>
        <translation>&amp;Population&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Method:</source>
        <translation>Méthode&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sample &amp;size:</source>
        <translation>&amp;Taille de l&apos;échantillon&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Items:</source>
        <translation>Éléments&#xa0;:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Kind:</source>
        <translation>T&amp;ype&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Where:</source>
        <translation>&amp;Lieu&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Text:</source>
        <translation>Te&amp;xte&#xa0;:</translation>
    </message>
</context>
<context>
    <name>OfficeStore</name>
    <message>
        <location filename="../../auditor_app/ui/office_store/feature.py" line="+29"/>
        <source>S&amp;ync with the office store…</source>
        <translation>S&amp;ynchroniser avec le serveur du bureau…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office store &amp;archive…</source>
        <translation>&amp;Archives du serveur du bureau…</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Preferences not saved</source>
        <translation>Préférences non enregistrées</translation>
    </message>
    <message>
        <location line="-19"/>
        <location line="+25"/>
        <source>Office store</source>
        <translation>Serveur du bureau</translation>
    </message>
</context>
<context>
    <name>PhotoReview</name>
    <message>
        <location filename="../../auditor_app/ui/evidence_import/review_model.py" line="+79"/>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Taken</source>
        <translation>Prise de vue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Camera</source>
        <translation>Appareil photo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clause</source>
        <translation>Article</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Caption</source>
        <translation>Légende</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Refused: %1</source>
        <translation>Refusée&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duplicate: already in this audit</source>
        <translation>Doublon&#xa0;: déjà dans cet audit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duplicate of %1</source>
        <translation>Doublon de %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New</source>
        <translation>Nouvelle</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1
Suggested by the audit-plan slot the photo was taken in</source>
        <translation>%1
Suggéré par le créneau du plan d&apos;audit pendant lequel la photo a été prise</translation>
    </message>
</context>
<context>
    <name>PlanSection</name>
    <message>
        <location filename="../../auditor_app/ui/details/plan.py" line="+55"/>
        <source>&amp;Add slot</source>
        <translation>&amp;Ajouter un créneau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new slot after the last one; double-click a cell to edit it</source>
        <translation>Un nouveau créneau après le dernier&#xa0;; double-cliquez sur une cellule pour la modifier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Audit plan</source>
        <translation>Plan d&apos;audit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The timetable agreed with the client, in order of day and start time. Double-click a cell to edit.</source>
        <translation>Le programme convenu avec le client, par jour et par heure de début. Double-cliquez sur une cellule pour la modifier.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Change %1 in the audit plan</source>
        <translation>Modifier %1 dans le plan d&apos;audit</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add a slot to the audit plan</source>
        <translation>Ajouter un créneau au plan d&apos;audit</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>Remove %n slot(s) from the audit plan</source>
        <translation>
            <numerusform>Supprimer %n créneau du plan d&apos;audit</numerusform>
            <numerusform>Supprimer %n créneaux du plan d&apos;audit</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../auditor_app/ui/preferences_dialog.py" line="+47"/>
        <source>The logo file is not there any more: %1</source>
        <translation>Le fichier du logo n&apos;existe plus&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not a picture that can be used: %1 (%2)</source>
        <translation>Image inutilisable&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>As it should appear on your changes and in reports</source>
        <translation>Tel qu&apos;il doit apparaître sur vos modifications et dans les rapports</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Your certification body or consultancy</source>
        <translation>Votre organisme de certification ou cabinet de conseil</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+8"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Built-in</source>
        <translation>Intégré</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep photos exactly as taken (largest files)</source>
        <translation>Conserver les photos exactement telles que prises (fichiers les plus volumineux)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Initials:</source>
        <translation>&amp;Initiales&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stamped on every change you make, so the audit trail shows who did what.</source>
        <translation>Apposé sur chacune de vos modifications, pour que la piste d&apos;audit montre qui a fait quoi.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Window</source>
        <translation>Fenêtre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new language takes effect at the next start.</source>
        <translation>Une nouvelle langue s&apos;applique au prochain démarrage.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New audits</source>
        <translation>Nouveaux audits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Grading of findings:</source>
        <translation>Classement des &amp;constats&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report branding</source>
        <translation>Identité visuelle du rapport</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisme&#xa0;:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Logo:</source>
        <translation>Logo&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Default Word template:</source>
        <translation>Modèle Word par défaut&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Photos added as evidence</source>
        <translation>Photos ajoutées comme preuves</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Otherwise, longest &amp;edge:</source>
        <translation>Sinon, plus &amp;grand côté&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JPEG &amp;quality:</source>
        <translation>&amp;Qualité JPEG&#xa0;:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Report logo</source>
        <translation>Logo du rapport</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pictures (*.png *.jpg *.jpeg *.bmp *.webp)</source>
        <translation>Images (*.png *.jpg *.jpeg *.bmp *.webp)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Logo not used</source>
        <translation>Logo non utilisé</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No logo</source>
        <translation>Aucun logo</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Word report template</source>
        <translation>Modèle du rapport Word</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Word documents (*.docx)</source>
        <translation>Documents Word (*.docx)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Template not used</source>
        <translation>Modèle non utilisé</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Built-in template (the PDF report&apos;s sections)</source>
        <translation>Modèle intégré (les sections du rapport PDF)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Preferences not saved</source>
        <translation>Préférences non enregistrées</translation>
    </message>
</context>
<context>
    <name>PreviousFindingsPage</name>
    <message>
        <location filename="../../auditor_app/ui/cycle/previous_page.py" line="+89"/>
        <source>What was seen that shows the action worked (or did not)</source>
        <translation>Ce qui a été constaté et montre que l&apos;action a été efficace (ou non)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Record verification</source>
        <translation>&amp;Enregistrer la vérification</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Raise &amp;follow-up finding…</source>
        <translation>Émettre un constat de &amp;suivi…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Outcome:</source>
        <translation>Résultat&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence:</source>
        <translation>Preuves&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verified by:</source>
        <translation>Vérifié par&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On:</source>
        <translation>Le&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rests on:</source>
        <translation>S&apos;appuie sur&#xa0;:</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Statement</source>
        <translation>Énoncé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Requirement / area</source>
        <translation>Exigence / secteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clauses</source>
        <translation>Articles</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status then</source>
        <translation>Statut à l&apos;époque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client response</source>
        <translation>Réponse du client</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not verified yet</source>
        <translation>Pas encore vérifié</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>A follow-up finding was raised.</source>
        <translation>Un constat de suivi a été émis.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Note: %1</source>
        <translation>Note&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photo: %1</source>
        <translation>Photo&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <location filename="../../auditor_app/ui/export_dialogs.py" line="-149"/>
        <source>Export report (PDF)</source>
        <translation>Exporter le rapport (PDF)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export report (Word)</source>
        <translation>Exporter le rapport (Word)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export workbook (Excel)</source>
        <translation>Exporter le classeur (Excel)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Profile:</source>
        <translation>&amp;Profil&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The audit&apos;s language</source>
        <translation>Langue de l&apos;audit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Report &amp;language:</source>
        <translation>&amp;Langue du rapport&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Second language:</source>
        <translation>&amp;Seconde langue&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Template:</source>
        <translation>Modèle&#xa0;:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>P&amp;hoto size:</source>
        <translation>&amp;Taille des photos&#xa0;:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Continue…</source>
        <translation>Continuer…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Required in a certification report (ISO/IEC 17021-1 9.4.8)</source>
        <translation>Exigé dans un rapport de certification (ISO/IEC 17021-1 9.4.8)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Estimated size: about %1 MB (%2 photos)</source>
        <translation>Taille estimée&#xa0;: environ %1&#xa0;Mo (%2 photos)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 of %2 photos measured from copies already made; the rest estimated from typical photos. Usually within 20 %.</source>
        <translation>%1 photos sur %2 mesurées sur des copies déjà faites&#xa0;; les autres estimées d&apos;après des photos typiques. En général à 20&#xa0;% près.</translation>
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
        <translation>Client</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progress</source>
        <translation>Avancement</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>File not found: %1</source>
        <translation>Fichier introuvable&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>file not found</source>
        <translation>fichier introuvable</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../auditor_app/ui/start_page.py" line="+178"/>
        <source>%1 of %2 clauses</source>
        <translation>%1 sur %2 articles</translation>
    </message>
</context>
<context>
    <name>RelatedClauses</name>
    <message>
        <location filename="../../auditor_app/ui/related_clauses.py" line="+56"/>
        <location line="+17"/>
        <source>Also relevant to</source>
        <translation>Concerne aussi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Also relevant to (%1)</source>
        <translation>Concerne aussi (%1)</translation>
    </message>
</context>
<context>
    <name>RelatedClausesTab</name>
    <message>
        <location line="-45"/>
        <source>In an integrated audit, evidence for this clause often also answers these clauses of the other standards (cross-walk). Double-click to go there.</source>
        <translation>Dans un audit intégré, les preuves de cet article répondent souvent aussi à ces articles des autres normes (table de correspondance). Double-cliquez pour y aller.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 %2 — %3 · %4</source>
        <translation>%1 %2 — %3 · %4</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No corresponding clause in the other standards loaded in this audit.</source>
        <translation>Aucun article correspondant dans les autres normes chargées dans cet audit.</translation>
    </message>
</context>
<context>
    <name>ResultDelegate</name>
    <message>
        <location filename="../../auditor_app/ui/search_panel.py" line="+118"/>
        <source>Not tied to a clause</source>
        <translation>Non rattaché à un article</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <location filename="../../auditor_app/ui/evidence_import/review_dialog.py" line="+64"/>
        <source>Import photos</source>
        <translation>Importer des photos</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>↑ ↓ move between photos · type a clause number, Enter to confirm and go on · Space includes or leaves out a photo · Tab to the caption · Ctrl+Enter imports</source>
        <translation>↑ ↓ passer d&apos;une photo à l&apos;autre · saisir un numéro d&apos;article, Entrée pour confirmer et continuer · Espace inclut ou exclut une photo · Tab vers la légende · Ctrl+Entrée importe</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>“%1” is not a clause of this audit; the clause was left as it was.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un article de cet audit&#xa0;; l&apos;article est resté inchangé.</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%n photo(s) found in %1</source>
        <translation>
            <numerusform>%n photo trouvée dans %1</numerusform>
            <numerusform>%n photos trouvées dans %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n already in this audit or found twice</source>
        <translation>
            <numerusform>%n déjà dans cet audit ou trouvée en double</numerusform>
            <numerusform>%n déjà dans cet audit ou trouvées en double</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n refused</source>
        <translation>
            <numerusform>%n refusée</numerusform>
            <numerusform>%n refusées</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each photo is suggested the first clause of the audit-plan slot it was taken in. Confirm or change it.</source>
        <translation>Pour chaque photo, le premier article du créneau du plan d&apos;audit pendant lequel elle a été prise est suggéré. Confirmez-le ou modifiez-le.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n photo(s) to import have no clause yet.</source>
        <translation>
            <numerusform>%n photo à importer n&apos;a pas encore d&apos;article.</numerusform>
            <numerusform>%n photos à importer n&apos;ont pas encore d&apos;article.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Import %n photo(s)</source>
        <translation>
            <numerusform>Importer %n photo</numerusform>
            <numerusform>Importer %n photos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScopePage</name>
    <message>
        <location filename="../../auditor_app/ui/new_audit_wizard.py" line="-103"/>
        <source>Scope, objectives and criteria</source>
        <translation>Champ, objectifs et critères</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As agreed with the client; the report states them (ISO 19011 6.5.1).</source>
        <translation>Tels que convenus avec le client&#xa0;; le rapport les mentionne (ISO 19011 6.5.1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activities, products, processes and sites covered, e.g. Design and manufacture of precision turned parts for the automotive industry</source>
        <translation>Activités, produits, processus et sites couverts, p. ex. Conception et fabrication de pièces de décolletage de précision pour l&apos;industrie automobile</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. Determine the conformity of the management system with the audit criteria and its ability to meet its objectives</source>
        <translation>p. ex. Déterminer la conformité du système de management aux critères d&apos;audit et son aptitude à atteindre ses objectifs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The standards, plus the client&apos;s own requirements</source>
        <translation>Les normes, ainsi que les exigences propres au client</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Scope:</source>
        <translation>&amp;Champ de l&apos;audit&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Objectives:</source>
        <translation>&amp;Objectifs&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Criteria:</source>
        <translation>C&amp;ritères&#xa0;:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1; the client&apos;s management system documentation; applicable legal requirements</source>
        <translation>%1&#xa0;; la documentation du système de management du client&#xa0;; les exigences légales applicables</translation>
    </message>
</context>
<context>
    <name>SearchFeature</name>
    <message>
        <location filename="../../auditor_app/ui/search_feature.py" line="+54"/>
        <source>&amp;Find in audit…</source>
        <translation>Rec&amp;hercher dans l&apos;audit…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;History</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <location line="+38"/>
        <location line="+29"/>
        <source>Search is not available: %1</source>
        <translation>La recherche n&apos;est pas disponible&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>%1 — with its notes, evidence and findings</source>
        <translation>%1 — avec ses notes, preuves et constats</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>This item is not tied to a clause.</source>
        <translation>Cet élément n&apos;est pas rattaché à un article.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Evidence</source>
        <translation>Preuves</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../auditor_app/ui/search_panel.py" line="+12"/>
        <source>Find in audit</source>
        <translation>Rechercher dans l&apos;audit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search notes, findings, evidence, people…</source>
        <translation>Rechercher notes, constats, preuves, personnes…</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Type to search notes, findings, evidence captions and file names, people and clause titles.</source>
        <translation>Saisissez du texte pour rechercher dans les notes, les constats, les légendes et noms de fichiers des preuves, les personnes et les titres d&apos;articles.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Indexing the audit…</source>
        <translation>Indexation de l&apos;audit…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No matches for “%1”.</source>
        <translation>Aucun résultat pour «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The first %1 results — add a word to narrow the search.</source>
        <translation>Les %1 premiers résultats — ajoutez un mot pour affiner la recherche.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 results</source>
        <translation>%1 résultats</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 result in 1 clause</source>
        <translation>1 résultat dans 1 article</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 results in 1 clause</source>
        <translation>%1 résultats dans 1 article</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 results in %2 clauses</source>
        <translation>%1 résultats dans %2 articles</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>1 result</source>
        <translation>1 résultat</translation>
    </message>
</context>
<context>
    <name>SecretDialog</name>
    <message>
        <location filename="../../auditor_app/ui/package_keys.py" line="+52"/>
        <source>Other key file…</source>
        <translation>Autre fichier de clé…</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <location filename="../../auditor_app/ui/details/signature_pad.py" line="+48"/>
        <source>Signature pad</source>
        <translation>Zone de signature</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign here with a pen, a finger or the mouse</source>
        <translation>Signez ici avec un stylet, le doigt ou la souris</translation>
    </message>
    <message>
        <location line="+176"/>
        <source>Sign above the line</source>
        <translation>Signez au-dessus de la ligne</translation>
    </message>
</context>
<context>
    <name>SignoffBox</name>
    <message>
        <location filename="../../auditor_app/ui/details/signoff_list.py" line="+101"/>
        <source>Sign attendance…</source>
        <translation>Signer la présence…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The client&apos;s representative signs on the screen that they attended the closing meeting</source>
        <translation>Le représentant du client signe à l&apos;écran qu&apos;il a assisté à la réunion de clôture</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Acknowledge findings…</source>
        <translation>Prendre acte des constats…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The client&apos;s representative signs on the screen that the findings were presented to them</source>
        <translation>Le représentant du client signe à l&apos;écran que les constats lui ont été présentés</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove sign-off</source>
        <translation>Retirer la signature</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&lt;b&gt;Sign-offs&lt;/b&gt; — %1</source>
        <translation>&lt;b&gt;Signatures&lt;/b&gt; — %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Sign-offs&lt;/b&gt;</source>
        <translation>&lt;b&gt;Signatures&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Sign-off by %1</source>
        <translation>Signature de %1</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Remove %n sign-off(s)</source>
        <translation>
            <numerusform>Retirer %n signature</numerusform>
            <numerusform>Retirer %n signatures</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SignoffDialog</name>
    <message>
        <location filename="../../auditor_app/ui/details/signoff_dialog.py" line="+36"/>
        <source>I attended the closing meeting of the audit “%1” of %2 on %3.</source>
        <translation>J&apos;ai assisté à la réunion de clôture de l&apos;audit «&#xa0;%1&#xa0;» de %2 le %3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Location: %1</source>
        <translation>Lieu&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The findings of the audit “%1” of %2 were presented to me at the closing meeting on %3. I have understood them:</source>
        <translation>Les constats de l&apos;audit «&#xa0;%1&#xa0;» de %2 m&apos;ont été présentés lors de la réunion de clôture du %3. Je les ai compris&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(no findings were raised)</source>
        <translation>(aucun constat n&apos;a été relevé)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Please read the statement, check your name, and sign in the box below.</source>
        <translation>Veuillez lire la déclaration, vérifier votre nom et signer dans le cadre ci-dessous.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Statement</source>
        <translation>Déclaration</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Role:</source>
        <translation>&amp;Fonction&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Clear</source>
        <translation>&amp;Effacer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Sign</source>
        <translation>&amp;Signer</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Signature:</source>
        <translation>Signature&#xa0;:</translation>
    </message>
</context>
<context>
    <name>SignoffModel</name>
    <message>
        <location filename="../../auditor_app/ui/details/signoff_list.py" line="-155"/>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed</source>
        <translation>Signé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Signed at</source>
        <translation>Signé le</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>(image missing)</source>
        <translation>(image manquante)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SHA-256 of the image: %1</source>
        <translation>SHA-256 de l&apos;image&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Stage1Page</name>
    <message>
        <location filename="../../auditor_app/ui/cycle/stage1_page.py" line="+44"/>
        <source>Why: what was seen of the documented system, the sites, the internal audits and the management review</source>
        <translation>Pourquoi&#xa0;: ce qui a été vu du système documenté, des sites, des audits internes et de la revue de direction</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Save readiness</source>
        <translation>&amp;Enregistrer l&apos;état de préparation</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Readiness for Stage 2</source>
        <translation>État de préparation pour l&apos;étape 2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conclusion:</source>
        <translation>Conclusion&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reasons:</source>
        <translation>Motifs&#xa0;:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Areas of concern (checked at Stage 2)</source>
        <translation>Points préoccupants (contrôlés à l&apos;étape 2)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>These were recorded when this audit was a Stage 1.</source>
        <translation>Ces éléments ont été enregistrés lorsque cet audit était un audit d&apos;étape 1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not concluded yet</source>
        <translation>Pas encore conclu</translation>
    </message>
</context>
<context>
    <name>StandardsPage</name>
    <message>
        <location filename="../../auditor_app/ui/new_audit_wizard.py" line="-87"/>
        <source>Standards</source>
        <translation>Normes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The audit criteria: one standard, or several for an integrated audit. Each brings its clauses with audit questions and typical evidence.</source>
        <translation>Les critères d&apos;audit&#xa0;: une norme, ou plusieurs pour un audit intégré. Chacune apporte ses articles avec des questions d&apos;audit et des preuves types.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reading the checklist library…</source>
        <translation>Lecture de la bibliothèque de listes de contrôle…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>built in</source>
        <translation>intégrée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>your own checklist</source>
        <translation>votre propre liste de contrôle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 clauses · edition %2 · %3</source>
        <translation>%1 articles · édition %2 · %3</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The checklist library cannot be read: %1</source>
        <translation>La bibliothèque de listes de contrôle est illisible&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Choose at least one standard.</source>
        <translation>Choisissez au moins une norme.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 chosen, %2 clauses in all.</source>
        <translation>%1 choisie(s), %2 articles au total.</translation>
    </message>
</context>
<context>
    <name>StartFeature</name>
    <message>
        <location filename="../../auditor_app/ui/start_feature.py" line="+54"/>
        <source>&amp;New audit…</source>
        <translation>&amp;Nouvel audit…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
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
        <translation>Atelier hors ligne pour les audits de systèmes de management&#xa0;: planifier, auditer sur site, fusionner le travail de l&apos;équipe et rédiger le rapport.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New audit…</source>
        <translation>Nouvel audit…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client, dates, standards and team; creates the audit file.</source>
        <translation>Client, dates, normes et équipe&#xa0;; crée le fichier d&apos;audit.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open…</source>
        <translation>Ouvrir…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>An audit file from this computer or a team member.</source>
        <translation>Un fichier d&apos;audit de cet ordinateur ou d&apos;un membre de l&apos;équipe.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open sample audit</source>
        <translation>Ouvrir l&apos;audit d&apos;exemple</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A finished integrated ISO 9001 + 14001 audit to explore.</source>
        <translation>Un audit intégré ISO 9001 + 14001 terminé, à explorer.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Recent audits</source>
        <translation>Audits récents</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+144"/>
        <source>Remove from list</source>
        <translation>Retirer de la liste</translation>
    </message>
    <message>
        <location line="-143"/>
        <source>Forget the selected audit here; the file itself is not touched.</source>
        <translation>Oublier ici l&apos;audit sélectionné&#xa0;; le fichier lui-même n&apos;est pas modifié.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No recent audits yet. The audits you create or open are listed here, with how far each one has got.</source>
        <translation>Aucun audit récent pour le moment. Les audits que vous créez ou ouvrez sont listés ici, avec l&apos;avancement de chacun.</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Audit file not found</source>
        <translation>Fichier d&apos;audit introuvable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1

This file is no longer there: it may have been moved, renamed or deleted, or be on a USB stick that is not plugged in.

Remove it from the list of recent audits?</source>
        <translation>%1

Ce fichier n&apos;est plus là&#xa0;: il a peut-être été déplacé, renommé ou supprimé, ou se trouve sur une clé USB non branchée.

Le retirer de la liste des audits récents&#xa0;?</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>List not changed</source>
        <translation>Liste inchangée</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show in folder</source>
        <translation>Afficher dans le dossier</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <location filename="../../auditor_app/ui/window_chrome.py" line="+39"/>
        <source>No audit open — File › New audit…, Open… or Open sample audit</source>
        <translation>Aucun audit ouvert — Fichier › Nouvel audit…, Ouvrir… ou Ouvrir l&apos;audit d&apos;exemple</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 [read-only]</source>
        <translation>%1 [lecture seule]</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1 of %n clause(s) audited</source>
        <translation>
            <numerusform>Article audité&#xa0;: %1 sur %n</numerusform>
            <numerusform>Articles audités&#xa0;: %1 sur %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n constat</numerusform>
            <numerusform>%n constats</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflit</numerusform>
            <numerusform>%n conflits</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>last edit stored at %1</source>
        <translation>dernière modification enregistrée à %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>read-only: %1</source>
        <translation>lecture seule&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>read-only</source>
        <translation>lecture seule</translation>
    </message>
</context>
<context>
    <name>StoreAddressBox</name>
    <message>
        <location filename="../../auditor_app/ui/store_address.py" line="+189"/>
        <source>Office store</source>
        <translation>Serveur du bureau</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sync with %1</source>
        <translation>Synchroniser avec %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not set: asked for at the first sync</source>
        <translation>Non défini&#xa0;: demandé à la première synchronisation</translation>
    </message>
</context>
<context>
    <name>StoreAddressDialog</name>
    <message>
        <location line="-178"/>
        <source>Encrypted, the server&apos;s certificate checked (recommended)</source>
        <translation>Chiffré, certificat du serveur vérifié (recommandé)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encrypted, the server not checked</source>
        <translation>Chiffré, serveur non vérifié</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not encrypted</source>
        <translation>Non chiffré</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Office store</source>
        <translation>Serveur du bureau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>store.example-cb.com</source>
        <translation>serveur.exemple-oc.fr</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your login name at the store</source>
        <translation>Votre identifiant sur le serveur</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The system&apos;s certificate authorities</source>
        <translation>Les autorités de certification du système</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Port:</source>
        <translation>&amp;Port&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Database:</source>
        <translation>&amp;Base de données&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Encryption:</source>
        <translation>&amp;Chiffrement&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;CA certificate:</source>
        <translation>Certificat d’&amp;AC&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fill in what your certification body&apos;s administrator gave you, or paste the address they sent. No password is kept here: it is asked for when the store needs it.</source>
        <translation>Saisissez ce que l’administrateur de votre organisme de certification vous a donné, ou collez l’adresse qu’il vous a envoyée. Aucun mot de passe n’est conservé ici&#xa0;: il est demandé quand le serveur en a besoin.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Without encryption, your password and the audit travel in the clear: anyone on the network can read them. Use it only on a network you trust.</source>
        <translation>Sans chiffrement, votre mot de passe et l’audit circulent en clair&#xa0;: toute personne sur le réseau peut les lire. À n’utiliser que sur un réseau de confiance.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server&apos;s certificate is not checked: anyone between you and the store can pose as it.</source>
        <translation>Le certificat du serveur n’est pas vérifié&#xa0;: n’importe qui entre vous et le serveur peut se faire passer pour lui.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>libpq&apos;s default (prefer)</source>
        <translation>Valeur par défaut de libpq (prefer)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>CA certificate</source>
        <translation>Certificat d’AC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificates (*.crt *.pem *.cer);;All files (*)</source>
        <translation>Certificats (*.crt *.pem *.cer);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>StorePasswordDialog</name>
    <message>
        <location filename="../../auditor_app/ui/office_store/password.py" line="+19"/>
        <location line="+72"/>
        <source>Office store password</source>
        <translation>Mot de passe du serveur du bureau</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>Your password at the %1:</source>
        <translation>Votre mot de passe sur le %1&#xa0;:</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Remember in %1 (not asked again on this computer)</source>
        <translation>Mémoriser dans %1 (ne plus la demander sur cet ordinateur)</translation>
    </message>
</context>
<context>
    <name>StoreRun</name>
    <message>
        <location filename="../../auditor_app/ui/office_store/archive_run.py" line="+35"/>
        <source>Stopping… Nothing is written.</source>
        <translation>Arrêt en cours… Rien n&apos;est écrit.</translation>
    </message>
</context>
<context>
    <name>SyncFlow</name>
    <message>
        <location filename="../../auditor_app/ui/office_store/password.py" line="+10"/>
        <source>office store %1:%2, database %3</source>
        <translation>serveur du bureau %1:%2, base %3</translation>
    </message>
    <message>
        <location filename="../../auditor_app/ui/office_store/flow.py" line="+56"/>
        <source>Synchronising with %1: your changes go to the store first, then your team&apos;s come into this audit.</source>
        <translation>Synchronisation avec %1&#xa0;: vos modifications partent d’abord vers le serveur, puis celles de votre équipe arrivent dans cet audit.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+41"/>
        <source>Office store</source>
        <translation>Serveur du bureau</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Stopping after the current batch… What was pushed stays in the store; nothing is pulled into your audit.</source>
        <translation>Arrêt après le lot en cours… Ce qui a été envoyé reste sur le serveur ; rien n’est importé dans votre audit.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Sync cancelled</source>
        <translation>Synchronisation annulée</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1

Your audit file was not changed.</source>
        <translation>%1

Votre fichier d&apos;audit n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <location filename="../../auditor_app/ui/office_store/password.py" line="+36"/>
        <source>The password remembered in %1 was refused by the store.</source>
        <translation>Le mot de passe conservé dans %1 a été refusé par le serveur.</translation>
    </message>
    <message>
        <location filename="../../auditor_app/ui/office_store/flow.py" line="+5"/>
        <source>The audit is now in the office store, assigned to you.</source>
        <translation>L’audit est maintenant sur le serveur du bureau, qui vous l’attribue.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n operation(s)</source>
        <translation>
            <numerusform>%n opération</numerusform>
            <numerusform>%n opérations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n evidence file(s)</source>
        <translation>
            <numerusform>%n fichier de preuve</numerusform>
            <numerusform>%n fichiers de preuve</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pushed to %1: %2, %3</source>
        <translation>Envoyé vers %1&#xa0;: %2, %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing new from your team in the store.</source>
        <translation>Rien de nouveau de votre équipe sur le serveur.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n conflict(s) still to decide: see View ▸ Conflicts.</source>
        <translation>
            <numerusform>%n conflit encore à trancher&#xa0;: voir Affichage ▸ Conflits.</numerusform>
            <numerusform>%n conflits encore à trancher&#xa0;: voir Affichage ▸ Conflits.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sync finished</source>
        <translation>Synchronisation terminée</translation>
    </message>
</context>
<context>
    <name>TeamMemberDialog</name>
    <message>
        <location filename="../../auditor_app/ui/details/team.py" line="+36"/>
        <source>Edit team member</source>
        <translation>Modifier le membre de l&apos;équipe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add team member</source>
        <translation>Ajouter un membre à l&apos;équipe</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Certification body or company</source>
        <translation>Organisme de certification ou entreprise</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add member</source>
        <translation>Ajouter le membre</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisme&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail&#xa0;:</translation>
    </message>
</context>
<context>
    <name>TeamModel</name>
    <message>
        <location filename="../../auditor_app/ui/new_audit_team.py" line="+87"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Organisation</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 (you)</source>
        <translation>%1 (vous)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your name comes from Edit ▸ Preferences; it is also stamped on every change you make.</source>
        <translation>Votre nom provient d&apos;Édition ▸ Préférences&#xa0;; il est aussi apposé sur chacune de vos modifications.</translation>
    </message>
</context>
<context>
    <name>TeamPage</name>
    <message>
        <location line="+48"/>
        <source>Audit team</source>
        <translation>Équipe d&apos;audit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One lead auditor, and the auditors, technical experts and observers with them. Double-click a cell to change it.</source>
        <translation>Un responsable de l&apos;équipe d&apos;audit, et les auditeurs, experts techniques et observateurs qui l&apos;accompagnent. Double-cliquez sur une cellule pour la modifier.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Add member</source>
        <translation>&amp;Ajouter un membre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You are listed as “%1”. To appear under your full name, cancel and set it in Edit ▸ Preferences… first: it is stamped on every change you make.</source>
        <translation>Vous figurez sous le nom «&#xa0;%1&#xa0;». Pour apparaître sous votre nom complet, annulez et saisissez-le d&apos;abord dans Édition ▸ Préférences…&#xa0;: il est apposé sur chacune de vos modifications.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Make one team member the lead auditor.</source>
        <translation>Désignez un membre de l&apos;équipe comme responsable de l&apos;équipe d&apos;audit.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only one team member can be the lead auditor.</source>
        <translation>Un seul membre de l&apos;équipe peut être responsable de l&apos;équipe d&apos;audit.</translation>
    </message>
</context>
<context>
    <name>TeamSection</name>
    <message>
        <location filename="../../auditor_app/ui/details/team.py" line="+22"/>
        <source>&amp;Add member…</source>
        <translation>&amp;Ajouter un membre…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Audit team</source>
        <translation>Équipe d&apos;audit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The lead auditor, auditors, technical experts and observers named in the report.</source>
        <translation>Le responsable de l&apos;équipe d&apos;audit, les auditeurs, les experts techniques et les observateurs nommés dans le rapport.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Add team member %1</source>
        <translation>Ajouter %1 à l&apos;équipe</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Edit team member %1</source>
        <translation>Modifier le membre de l&apos;équipe %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove team member %1</source>
        <translation>Retirer %1 de l&apos;équipe</translation>
    </message>
</context>
<context>
    <name>TeamWork</name>
    <message>
        <location filename="../../auditor_app/ui/team.py" line="+41"/>
        <source>&amp;Merge team files…</source>
        <translation>Fu&amp;sionner les fichiers de l&apos;équipe…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Hand over a copy…</source>
        <translation>&amp;Transmettre une copie…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+75"/>
        <source>&amp;Conflicts</source>
        <translation>&amp;Conflits</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>&amp;Conflicts (%1)</source>
        <translation>&amp;Conflits (%1)</translation>
    </message>
</context>
<context>
    <name>TemplateField</name>
    <message>
        <location filename="../../auditor_app/ui/details/template_field.py" line="+23"/>
        <source>The certification body&apos;s Word template this audit&apos;s report is filled into; templates are added in Edit › Preferences</source>
        <translation>Le modèle Word de l&apos;organisme de certification dans lequel le rapport de cet audit est rempli ; les modèles s&apos;ajoutent dans Édition › Préférences</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Built-in template</source>
        <translation>Modèle intégré</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Default from preferences (%1)</source>
        <translation>Par défaut des préférences (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default from preferences (none set: built-in template)</source>
        <translation>Par défaut des préférences (aucun choisi : modèle intégré)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 (not on this computer)</source>
        <translation>%1 (absent de cet ordinateur)</translation>
    </message>
</context>
<context>
    <name>TemplateLibraryBox</name>
    <message>
        <location filename="../../auditor_app/ui/template_library_box.py" line="+32"/>
        <source>Word templates on this computer</source>
        <translation>Modèles Word sur cet ordinateur</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Each audit chooses one of these for its Word report on its Audit page (Word report template). Added and removed at once, for every audit on this computer.</source>
        <translation>Chaque audit choisit l&apos;un d&apos;eux pour son rapport Word sur sa page Audit (Modèle du rapport Word). Ajouts et retraits valent aussitôt, pour tous les audits de cet ordinateur.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 KB, changed %2</source>
        <translation>%1 Ko, modifié le %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>None yet: add your certification body&apos;s templates</source>
        <translation>Aucun pour l&apos;instant : ajoutez les modèles de votre organisme de certification</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+4"/>
        <source>Add a Word report template</source>
        <translation>Ajouter un modèle de rapport Word</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Word documents (*.docx)</source>
        <translation>Documents Word (*.docx)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name shown to audits (e.g. the scheme and language):</source>
        <translation>Nom proposé aux audits (par ex. le programme et la langue)&#xa0;:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Replace the template?</source>
        <translation>Remplacer le modèle&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A template called “%1” is already on this computer. Replace it with %2? Audits that use it will use the new one.</source>
        <translation>Un modèle «&#xa0;%1&#xa0;» est déjà sur cet ordinateur. Le remplacer par %2&#xa0;? Les audits qui l&apos;utilisent utiliseront le nouveau.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Template not added</source>
        <translation>Modèle non ajouté</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Remove the template?</source>
        <translation>Retirer le modèle&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove “%1” from this computer? Audits that use it keep its name, and their Word report is refused here until it is added again.</source>
        <translation>Retirer «&#xa0;%1&#xa0;» de cet ordinateur&#xa0;? Les audits qui l&apos;utilisent gardent son nom, et leur rapport Word est refusé ici jusqu&apos;à ce qu&apos;il soit ajouté de nouveau.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Template not removed</source>
        <translation>Modèle non retiré</translation>
    </message>
</context>
<context>
    <name>UnpackFlow</name>
    <message>
        <location filename="../../auditor_app/ui/unpacking.py" line="+36"/>
        <source>Decrypting and checking %1: its signature, every file and the audit…</source>
        <translation>Déchiffrement et vérification de %1&#xa0;: sa signature, chaque fichier et l&apos;audit…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stopping at the next step… Nothing is written.</source>
        <translation>Arrêt à la prochaine étape… Rien n&apos;est écrit.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open sealed package</source>
        <translation>Ouvrir un paquet scellé</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Writing the files of %1 into %2…</source>
        <translation>Écriture des fichiers de %1 dans %2…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The files are being written; stopping half-way is not possible.</source>
        <translation>Les fichiers sont en cours d&apos;écriture&#xa0;; il n&apos;est pas possible de s&apos;arrêter à mi-chemin.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1

Nothing was written, and the open audit is as it was.</source>
        <translation>%1

Rien n&apos;a été écrit, et l&apos;audit ouvert est tel qu&apos;il était.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Package not opened</source>
        <translation>Paquet non ouvert</translation>
    </message>
</context>
<context>
    <name>annotate</name>
    <message>
        <location filename="../../auditor_app/ui/annotate/__init__.py" line="+32"/>
        <source>Annotate photo</source>
        <translation>Annoter la photo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This audit file is open read-only, so its photos cannot be annotated.</source>
        <translation>Ce fichier d&apos;audit est ouvert en lecture seule&#xa0;: ses photos ne peuvent donc pas être annotées.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot annotate photo</source>
        <translation>Impossible d&apos;annoter la photo</translation>
    </message>
</context>
<context>
    <name>clause_filter</name>
    <message>
        <location filename="../../auditor_app/ui/models/clause_filter.py" line="+29"/>
        <source>All clauses</source>
        <translation>Tous les articles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My clauses</source>
        <translation>Mes articles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not yet audited</source>
        <translation>Pas encore audité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With findings</source>
        <translation>Avec constats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audited (any result)</source>
        <translation>Audités (tout résultat)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With nonconformity</source>
        <translation>Avec non-conformité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With observation</source>
        <translation>Avec observation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With opportunity for improvement</source>
        <translation>Avec opportunité d&apos;amélioration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conforming</source>
        <translation>Conforme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not applicable</source>
        <translation>Non applicable</translation>
    </message>
</context>
<context>
    <name>clause_nodes</name>
    <message>
        <location filename="../../auditor_app/ui/models/clause_nodes.py" line="+50"/>
        <source>Checklist</source>
        <translation>Liste de contrôle</translation>
    </message>
</context>
<context>
    <name>clause_page</name>
    <message>
        <location filename="../../auditor_app/ui/clause_page.py" line="-215"/>
        <source>unknown person</source>
        <translation>personne inconnue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 rev. %2</source>
        <translation>%1 rév. %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>sample of %1 from %2</source>
        <translation>échantillon de %1 sur %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sample of %1</source>
        <translation>échantillon de %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>recorded by %1</source>
        <translation>consigné par %1</translation>
    </message>
</context>
<context>
    <name>commands</name>
    <message>
        <location filename="../../auditor_app/ui/commands.py" line="+55"/>
        <source>Set %1 to %2</source>
        <translation>Résultat de %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Add note to %1</source>
        <translation>Ajouter une note à %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Edit note on %1</source>
        <translation>Modifier la note sur %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit note</source>
        <translation>Modifier la note</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Delete note on %1</source>
        <translation>Supprimer la note sur %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete note</source>
        <translation>Supprimer la note</translation>
    </message>
</context>
<context>
    <name>conflict_list</name>
    <message>
        <location filename="../../auditor_app/ui/models/conflict_list.py" line="+72"/>
        <source>deleted by %1, changed by %2</source>
        <translation>supprimé par %1, modifié par %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>changed differently by %1</source>
        <translation>modifié différemment par %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 and %2</source>
        <translation>%1 et %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Deleted or kept</source>
        <translation>Supprimé ou conservé</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 “%2”</source>
        <translation>%1 «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Deleted</source>
        <translation>Supprimé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Restored</source>
        <translation>Restauré</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown auditor</source>
        <translation>auditeur inconnu</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>non</translation>
    </message>
</context>
<context>
    <name>conflicts</name>
    <message>
        <location filename="../../auditor_app/ui/conflicts.py" line="-202"/>
        <source>No conflicts — every team member&apos;s work agrees.</source>
        <translation>Aucun conflit — le travail de tous les membres de l&apos;équipe concorde.</translation>
    </message>
</context>
<context>
    <name>copies</name>
    <message>
        <location filename="../../auditor_app/ui/copies.py" line="+19"/>
        <source>Audit files (*.audit)</source>
        <translation>Fichiers d&apos;audit (*.audit)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sealed packages (*.age)</source>
        <translation>Paquets scellés (*.age)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 (copy)</source>
        <translation>%1 (copie)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save a copy</source>
        <translation>Enregistrer une copie</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Copy not saved</source>
        <translation>Copie non enregistrée</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Hand over a copy</source>
        <translation>Transmettre une copie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team member who will work on the copy:</source>
        <translation>Membre de l&apos;équipe qui travaillera sur la copie&#xa0;:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The package for %1 is signed with your key. Its passphrase:</source>
        <translation>Le paquet pour %1 est signé avec votre clé. Sa phrase secrète :</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Writing and checking the copy for %1…</source>
        <translation>Écriture et vérification de la copie pour %1…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The copy is being written; stopping half-way is not possible. It ends in a moment.</source>
        <translation>La copie est en cours d&apos;écriture&#xa0;; il n&apos;est pas possible de l&apos;interrompre. Elle se termine dans un instant.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The sealed copy for %1 is saved as
%2

It is encrypted and signed by you: %1 opens it with “auditor-app unpack” (or the standard age tool) and, when done, sends the audit file back to merge with File ▸ Merge team files…</source>
        <translation>La copie scellée pour %1 est enregistrée sous
%2

Elle est chiffrée et signée par vous : %1 l’ouvre avec « auditor-app unpack » (ou l’outil standard age) puis renvoie le fichier d’audit à fusionner avec Fichier ▸ Fusionner les fichiers de l&apos;équipe…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hand-over copy saved</source>
        <translation>Copie de transmission enregistrée</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>The copy for %1 is saved as
%2

When %1 is done, merge the file back with File ▸ Merge team files…</source>
        <translation>La copie pour %1 est enregistrée sous
%2

Quand %1 aura terminé, réintégrez le fichier avec Fichier ▸ Fusionner les fichiers de l&apos;équipe…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Copy not handed over</source>
        <translation>Copie non transmise</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No: a plain audit file</source>
        <translation>Non : un fichier d’audit ordinaire</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Yes, with a passphrase</source>
        <translation>Oui, avec une phrase secrète</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yes, to %1&apos;s key</source>
        <translation>Oui, pour la clé de %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seal the copy (encrypt)? A sealed package is signed by you and opens only with the passphrase or the member&apos;s key:</source>
        <translation>Sceller la copie (chiffrer) ? Un paquet scellé est signé par vous et ne s’ouvre qu’avec la phrase secrète ou la clé du membre :</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Passphrase for %1&apos;s package (%2 characters or more; tell it to %1 another way than the file travels):</source>
        <translation>Phrase secrète du paquet de %1 (%2 caractères ou plus ; communiquez-la à %1 par un autre moyen que le fichier) :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The two passphrases differ; nothing was written.</source>
        <translation>Les deux phrases secrètes diffèrent ; rien n’a été écrit.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1&apos;s public key (their “auditor-app key show” prints it), so that their copy signs every change and merging checks it. Leave empty for an unsigned copy:</source>
        <translation>Clé publique de %1 (affichée par « auditor-app key show »), pour que sa copie signe chaque modification et que la fusion la vérifie. Laisser vide pour une copie non signée :</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Binding %1&apos;s key is signed with your own key. Its passphrase:</source>
        <translation>L’association de la clé de %1 est signée avec votre propre clé. Sa phrase secrète :</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>You have no signing key yet; one is made now. Choose its passphrase (8 characters or more):</source>
        <translation>Vous n’avez pas encore de clé de signature ; elle est créée maintenant. Choisissez sa phrase secrète (8 caractères ou plus) :</translation>
    </message>
    <message>
        <location filename="../../auditor_app/ui/signing_dialogs.py" line="+59"/>
        <source>The same passphrase again:</source>
        <translation>La même phrase secrète encore une fois :</translation>
    </message>
    <message>
        <location filename="../../auditor_app/ui/copies.py" line="+2"/>
        <source>The two passphrases differ; no key was made.</source>
        <translation>Les deux phrases secrètes diffèrent ; aucune clé n’a été créée.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Your signing key is made (fingerprint %1). It signs this audit as its lead from now on.</source>
        <translation>Votre clé de signature est créée (empreinte %1). Elle signe désormais cet audit en tant que responsable.</translation>
    </message>
</context>
<context>
    <name>crash</name>
    <message>
        <location filename="../../auditor_app/ui/crash.py" line="+23"/>
        <source>auditor-app — unexpected error</source>
        <translation>auditor-app — erreur inattendue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something went wrong inside auditor-app.

%1

Changes made before this error are saved in your audit file.</source>
        <translation>Un problème est survenu dans auditor-app.

%1

Les modifications faites avant cette erreur sont enregistrées dans votre fichier d&apos;audit.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The details were written to %1</source>
        <translation>Les détails ont été écrits dans %1</translation>
    </message>
</context>
<context>
    <name>entities</name>
    <message>
        <location filename="../../auditor_app/ui/i18n.py" line="+136"/>
        <source>Audit details</source>
        <translation>Détails de l&apos;audit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Team member</source>
        <translation>Membre de l&apos;équipe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checklist</source>
        <translation>Liste de contrôle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Clause</source>
        <translation>Article</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence</source>
        <translation>Preuve</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Finding</source>
        <translation>Constat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Audit plan row</source>
        <translation>Ligne du plan d&apos;audit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Attendee</source>
        <translation>Participant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item from a previous audit</source>
        <translation>Élément d&apos;un audit précédent</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Area of concern</source>
        <translation>Point préoccupant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit time</source>
        <translation>Durée d&apos;audit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Issued report</source>
        <translation>Rapport émis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign-off</source>
        <translation>Signature</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Signing key</source>
        <translation>Clé de signature</translation>
    </message>
</context>
<context>
    <name>evidence_import.workers</name>
    <message>
        <location filename="../../auditor_app/ui/evidence_import/workers.py" line="+51"/>
        <source>Stopping after the photos being processed…</source>
        <translation>Arrêt après les photos en cours de traitement…</translation>
    </message>
</context>
<context>
    <name>export_dialogs</name>
    <message>
        <location filename="../../auditor_app/ui/export_dialogs.py" line="-120"/>
        <source>Certification audit</source>
        <translation>Audit de certification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Internal audit</source>
        <translation>Audit interne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gap analysis</source>
        <translation>Analyse des écarts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cover page</source>
        <translation>Page de garde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit details</source>
        <translation>Détails de l&apos;audit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary</source>
        <translation>Synthèse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage 1 conclusions</source>
        <translation>Conclusions de l&apos;étape 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diverging opinions</source>
        <translation>Opinions divergentes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disclaimer</source>
        <translation>Clause de non-responsabilité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous findings</source>
        <translation>Constats précédents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Statistics</source>
        <translation>Statistiques</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clause coverage</source>
        <translation>Couverture des articles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coverage over the cycle</source>
        <translation>Couverture sur le cycle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit notes</source>
        <translation>Notes d&apos;audit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interviews</source>
        <translation>Entretiens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meetings</source>
        <translation>Réunions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit plan</source>
        <translation>Plan d&apos;audit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit time</source>
        <translation>Durée d&apos;audit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence index</source>
        <translation>Index des preuves</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print: full quality</source>
        <translation>Impression&#xa0;: pleine qualité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail: smaller photos, sharp on screen</source>
        <translation>Courriel&#xa0;: photos plus petites, nettes à l&apos;écran</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compact: smallest file</source>
        <translation>Compact&#xa0;: fichier le plus petit</translation>
    </message>
    <message>
        <location line="+188"/>
        <source>The audit&apos;s template “%1” (this computer&apos;s template library)</source>
        <translation>Le modèle «&#xa0;%1&#xa0;» de l&apos;audit (modèles de cet ordinateur)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The default template from the preferences (%1)</source>
        <translation>Le modèle par défaut des préférences (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The built-in template</source>
        <translation>Le modèle intégré</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Decide the conflict in View ▸ Conflicts: %1</source>
        <translation>Tranchez le conflit dans Affichage ▸ Conflits&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fill in the audit details: %1</source>
        <translation>Complétez les détails de l&apos;audit&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Complete the finding: %1</source>
        <translation>Complétez le constat&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Audit the clause: %1</source>
        <translation>Auditez l&apos;article&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>exporting</name>
    <message>
        <location filename="../../auditor_app/ui/exporting.py" line="-196"/>
        <source>PDF report</source>
        <translation>rapport PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../auditor_app/ui/issuing.py" line="-45"/>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Word report</source>
        <translation>Rapport Word</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Word documents (*.docx)</source>
        <translation>Documents Word (*.docx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbook</source>
        <translation>classeur Excel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export cancelled: no file was written.</source>
        <translation>Export annulé&#xa0;: aucun fichier n&apos;a été écrit.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>audit report</source>
        <translation>rapport d&apos;audit</translation>
    </message>
    <message>
        <location filename="../../auditor_app/ui/tasks.py" line="+91"/>
        <source>Stopping…</source>
        <translation>Arrêt…</translation>
    </message>
</context>
<context>
    <name>grading</name>
    <message>
        <location filename="../../auditor_app/ui/i18n.py" line="+27"/>
        <source>Major / minor (ISO/IEC 17021-1)</source>
        <translation>Majeure / mineure (ISO/IEC 17021-1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GHTF/SG3/N19 grades 1–5 (medical devices)</source>
        <translation>GHTF/SG3/N19 classements 1 à 5 (dispositifs médicaux)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AFNOR (PF / PP / PS / NCmin / NCmaj)</source>
        <translation>AFNOR (PF / PP / PS / NCmin / NCmaj)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Major nonconformity</source>
        <translation>Non-conformité majeure</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Minor nonconformity</source>
        <translation>Non-conformité mineure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Observation</source>
        <translation>Observation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Opportunity for improvement</source>
        <translation>Opportunité d&apos;amélioration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Good practice</source>
        <translation>Bonne pratique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grade 1</source>
        <translation>Classement 1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Grade 2</source>
        <translation>Classement 2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grade 3</source>
        <translation>Classement 3</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Grade 4</source>
        <translation>Classement 4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grade 5</source>
        <translation>Classement 5</translation>
    </message>
</context>
<context>
    <name>history</name>
    <message>
        <location filename="../../auditor_app/ui/models/history_list.py" line="+28"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Signed by %1</source>
        <translation>Signé par %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not trusted: %1</source>
        <translation>Non fiable : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unsigned</source>
        <translation>Non signé</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Created — %1</source>
        <translation>Créé — %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deleted</source>
        <translation>Supprimé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restored</source>
        <translation>Restauré</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Restored — %1</source>
        <translation>Restauré — %1</translation>
    </message>
</context>
<context>
    <name>i18n</name>
    <message>
        <location filename="../../auditor_app/ui/i18n.py" line="-117"/>
        <source>LABELS_IN_SENTENCES=lowercase</source>
        <translation>LABELS_IN_SENTENCES=lowercase</translation>
    </message>
</context>
<context>
    <name>merging</name>
    <message>
        <location filename="../../auditor_app/ui/merging.py" line="-164"/>
        <source>Stopping the merge at the next file… Nothing of it is written to your audit.</source>
        <translation>Arrêt de la fusion au prochain fichier… Rien de cette fusion n&apos;est écrit dans votre audit.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Files of independent audits made from the same checklists still line up clause by clause, so their results and notes would be added to this audit&apos;s clauses.

Merge anyway only if they really belong to the same engagement.</source>
        <translation>Les fichiers d&apos;audits indépendants créés à partir des mêmes listes de contrôle se correspondent tout de même article par article&#xa0;: leurs résultats et notes seraient donc ajoutés aux articles de cet audit.

Ne fusionnez quand même que s&apos;ils relèvent réellement de la même mission.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+32"/>
        <source>Merge team files</source>
        <translation>Fusionner les fichiers de l&apos;équipe</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Audit files and sealed packages (*.audit *.age);;Audit files (*.audit);;Sealed packages (*.age);;All files (*)</source>
        <translation>Fichiers d&apos;audit et paquets scellés (*.audit *.age);;Fichiers d&apos;audit (*.audit);;Paquets scellés (*.age);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Merge into this audit:
%1

A backup is taken first; the merge itself cannot be undone.</source>
        <translation>Fusionner dans cet audit&#xa0;:
%1

Une sauvegarde est d&apos;abord effectuée&#xa0;; la fusion elle-même ne peut pas être annulée.</translation>
    </message>
</context>
<context>
    <name>opening</name>
    <message>
        <location filename="../../auditor_app/ui/opening.py" line="+22"/>
        <location filename="../../auditor_app/ui/staged_open.py" line="+132"/>
        <source>Cannot open audit file</source>
        <translation>Impossible d&apos;ouvrir le fichier d&apos;audit</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>changes to it are signed with your key, which was not unlocked</source>
        <translation>ses modifications sont signées avec votre clé, qui n’a pas été déverrouillée</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Opened read-only</source>
        <translation>Ouvert en lecture seule</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 is open read-only: %2.

You can read, search and export it. To edit it, save a copy (File ▸ Save a copy…) to a folder you can write to, and open the copy.</source>
        <translation>%1 est ouvert en lecture seule&#xa0;: %2.

Vous pouvez le lire, y rechercher et l&apos;exporter. Pour le modifier, enregistrez une copie (Fichier ▸ Enregistrer une copie…) dans un dossier où vous pouvez écrire, puis ouvrez cette copie.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Audit file in a risky place</source>
        <translation>Fichier d&apos;audit dans un emplacement à risque</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Work on a local copy</source>
        <translation>Travailler sur une copie locale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open it where it is</source>
        <translation>L&apos;ouvrir là où il se trouve</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Local copy</source>
        <translation>Copie locale</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>You are now working on a local copy:
%1

Use File ▸ Save a copy… to put it back on the stick or share when you are done.</source>
        <translation>Vous travaillez maintenant sur une copie locale&#xa0;:
%1

Une fois terminé, utilisez Fichier ▸ Enregistrer une copie… pour la remettre sur la clé ou le partage.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Audit file in use</source>
        <translation>Fichier d&apos;audit en cours d&apos;utilisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2.

Only one program can edit an audit file at a time. Open a read-only copy to look at it?</source>
        <translation>%1 %2.

Un seul programme à la fois peut modifier un fichier d&apos;audit. Ouvrir une copie en lecture seule pour le consulter&#xa0;?</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Closing the audit</source>
        <translation>Fermeture de l&apos;audit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keeping a safety backup of the audit before closing it…</source>
        <translation>Sauvegarde de sécurité de l&apos;audit avant sa fermeture…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stopping the backup…</source>
        <translation>Arrêt de la sauvegarde…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cannot create the sample audit</source>
        <translation>Impossible de créer l&apos;audit d&apos;exemple</translation>
    </message>
</context>
<context>
    <name>package_keys</name>
    <message>
        <location filename="../../auditor_app/ui/package_keys.py" line="-27"/>
        <source>Sealed package</source>
        <translation>Paquet scellé</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Key file that opens the package</source>
        <translation>Fichier de clé qui ouvre le paquet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 is sealed with a passphrase. Its passphrase:</source>
        <translation>%1 est scellé par une phrase secrète. Sa phrase secrète&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is sealed to a key. To open it with your signing key, give the key&apos;s passphrase; or choose another key file (an age identity or an OpenSSH private key):</source>
        <translation>%1 est scellé pour une clé. Pour l&apos;ouvrir avec votre clé de signature, saisissez la phrase secrète de la clé&#xa0;; ou choisissez un autre fichier de clé (une identité age ou une clé privée OpenSSH)&#xa0;:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Wrong passphrase for your signing key. Try again, or cancel.</source>
        <translation>Phrase secrète incorrecte pour votre clé de signature. Réessayez ou annulez.</translation>
    </message>
</context>
<context>
    <name>search</name>
    <message>
        <location filename="../../auditor_app/ui/models/search_results.py" line="+24"/>
        <source>Clause</source>
        <translation>Article</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finding</source>
        <translation>Constat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence</source>
        <translation>Preuve</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not tied to a clause</source>
        <translation>Non rattaché à un article</translation>
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
        <translation>Clé de signature</translation>
    </message>
    <message>
        <location line="-115"/>
        <source>Remember in %1 (not asked again on this computer)</source>
        <translation>Mémoriser dans %1 (ne plus la demander sur cet ordinateur)</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Changes to this audit are signed with your key. Its passphrase:</source>
        <translation>Les modifications de cet audit sont signées avec votre clé. Sa phrase secrète :</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Wrong passphrase. Try again, or cancel.</source>
        <translation>Phrase secrète incorrecte. Réessayez ou annulez.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Changes to the new audit are signed with your key, as its lead&apos;s. Its passphrase (cancel to create it unsigned):</source>
        <translation>Les modifications du nouvel audit sont signées avec votre clé, celle du responsable d’audit. Sa phrase secrète (annuler le crée sans signature) :</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Changes to %1 are signed with the key %2, which is not on this computer. The audit opens read-only.</source>
        <translation>Les modifications de %1 sont signées avec la clé %2, qui n’est pas sur cet ordinateur. L’audit s’ouvre en lecture seule.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Changes to %1 are signed with your key. Its passphrase (cancel to open the audit read-only):</source>
        <translation>Les modifications de %1 sont signées avec votre clé. Sa phrase secrète (annuler ouvre l’audit en lecture seule) :</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is bound to the key %2, but yours is %3: only its own team member can change it. The audit opens read-only.</source>
        <translation>%1 est lié à la clé %2, mais la vôtre est %3 : seul le membre de l’équipe concerné peut le modifier. L’audit s’ouvre en lecture seule.</translation>
    </message>
</context>
<context>
    <name>vocab</name>
    <message>
        <location filename="../../auditor_app/ui/i18n.py" line="+23"/>
        <source>%1 (unknown value)</source>
        <translation>%1 (valeur inconnue)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Gap analysis</source>
        <translation>Analyse des écarts</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Internal audit</source>
        <translation>Audit interne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supplier audit</source>
        <translation>Audit fournisseur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stage 1</source>
        <translation>Étape 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage 2</source>
        <translation>Étape 2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Surveillance</source>
        <translation>Surveillance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recertification</source>
        <translation>Renouvellement de la certification</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Special audit</source>
        <translation>Audit spécial</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not yet audited</source>
        <translation>Pas encore audité</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Conforming</source>
        <translation>Conforme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nonconformity</source>
        <translation>Non-conformité</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Observation</source>
        <translation>Observation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opportunity for improvement</source>
        <translation>Opportunité d&apos;amélioration</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not applicable</source>
        <translation>Non applicable</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lead auditor</source>
        <translation>Responsable de l&apos;équipe d&apos;audit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Auditor</source>
        <translation>Auditeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Technical expert</source>
        <translation>Expert technique</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Observer</source>
        <translation>Observateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trainee auditor</source>
        <translation>Auditeur en formation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Interview</source>
        <translation>Entretien</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Document review</source>
        <translation>Revue documentaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sampling</source>
        <translation>Échantillonnage</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Correction proposed</source>
        <translation>Correction proposée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action plan accepted</source>
        <translation>Plan d&apos;actions accepté</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Verified and closed</source>
        <translation>Vérifié et clôturé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdrawn</source>
        <translation>Retiré</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opening meeting</source>
        <translation>Réunion d&apos;ouverture</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Closing meeting</source>
        <translation>Réunion de clôture</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ready for Stage 2</source>
        <translation>Prêt pour l&apos;étape 2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ready for Stage 2, with areas of concern</source>
        <translation>Prêt pour l&apos;étape 2, avec des points préoccupants</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not ready for Stage 2</source>
        <translation>Pas prêt pour l&apos;étape 2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Previous finding</source>
        <translation>Constat précédent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage 1 area of concern</source>
        <translation>Point préoccupant de l&apos;étape 1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Effective</source>
        <translation>Efficace</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partly effective</source>
        <translation>Partiellement efficace</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not effective</source>
        <translation>Non efficace</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolved</source>
        <translation>Résolu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Partly resolved</source>
        <translation>Partiellement résolu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not resolved</source>
        <translation>Non résolu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yes, fulfilled</source>
        <translation>Oui, atteints</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Partly fulfilled</source>
        <translation>Partiellement atteints</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not fulfilled</source>
        <translation>Non atteints</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Recommended for certification</source>
        <translation>Certification recommandée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recommended once corrections and corrective actions are accepted</source>
        <translation>Certification recommandée après acceptation des corrections et des actions correctives</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not recommended for certification</source>
        <translation>Certification non recommandée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attendance at the closing meeting</source>
        <translation>Présence à la réunion de clôture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acknowledgement of the findings</source>
        <translation>Prise de connaissance des constats</translation>
    </message>
</context>
</TS>
