<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AnnotatePhoto</name>
    <message>
        <location filename="../../auditor_app/ui/annotate/command.py" line="+20"/>
        <source>Annotate %1</source>
        <translation>Anotar %1</translation>
    </message>
</context>
<context>
    <name>AnnotationEditor</name>
    <message>
        <location filename="../../auditor_app/ui/annotate/editor.py" line="+44"/>
        <source>Annotate %1</source>
        <translation>Anotar %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Loading photo…</source>
        <translation>Cargando la foto…</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>The stored annotations cannot be read (%1). Saving replaces them.</source>
        <translation>No se pueden leer las anotaciones guardadas (%1). Al guardar se sustituyen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The photo cannot be shown: %1</source>
        <translation>No se puede mostrar la foto: %1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Draw %1</source>
        <translation>Dibujar %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Resize shape</source>
        <translation>Cambiar el tamaño de la forma</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move shapes</source>
        <translation>Mover las formas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move shape</source>
        <translation>Mover la forma</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete shapes</source>
        <translation>Eliminar las formas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete shape</source>
        <translation>Eliminar la forma</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Change colour</source>
        <translation>Cambiar el color</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change line width</source>
        <translation>Cambiar el grosor de línea</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Delete text</source>
        <translation>Eliminar el texto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit text</source>
        <translation>Editar el texto</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Discard changes?</source>
        <translation>¿Descartar los cambios?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard your changes to the annotations of %1?</source>
        <translation>¿Descartar los cambios en las anotaciones de %1?</translation>
    </message>
</context>
<context>
    <name>Archive</name>
    <message>
        <location filename="../../auditor_app/ui/office_store/archive.py" line="+48"/>
        <source>Check out to a new audit file</source>
        <translation>Extraer a un archivo de auditoría nuevo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit files (*.audit)</source>
        <translation>Archivos de auditoría (*.audit)</translation>
    </message>
    <message>
        <location line="+132"/>
        <location line="+23"/>
        <source>Office store archive</source>
        <translation>Archivo del almacén de la oficina</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Reading the audits assigned to you in the office store…</source>
        <translation>Leyendo las auditorías asignadas a usted en el almacén de la oficina…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>cannot create %1: a file of that name already exists</source>
        <translation>no se puede crear %1: ya existe un archivo con ese nombre</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Check out</source>
        <translation>Extraer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Writing %1 from the office store…</source>
        <translation>Escribiendo %1 desde el almacén de la oficina…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Coverage over the cycle</source>
        <translation>Cobertura en el ciclo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading the chain&apos;s audits from the office store…</source>
        <translation>Leyendo las auditorías de la cadena del almacén de la oficina…</translation>
    </message>
</context>
<context>
    <name>ArchiveDialog</name>
    <message>
        <location line="-169"/>
        <source>Office store archive</source>
        <translation>Archivo del almacén de la oficina</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Client, chain, audit</source>
        <translation>Cliente, cadena, auditoría</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dates</source>
        <translation>Fechas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lead</source>
        <translation>Líder</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last push</source>
        <translation>Último envío</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Chain from %1 %2</source>
        <translation>Cadena desde %1 %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 by %2</source>
        <translation>%1 por %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not pushed yet</source>
        <translation>aún no enviado</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ref</source>
        <translation>Ref.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Grade</source>
        <translation>Clasificación</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Clauses</source>
        <translation>Apartados</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit</source>
        <translation>Auditoría</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Check &amp;out…</source>
        <translation>E&amp;xtraer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coverage over the &amp;cycle…</source>
        <translation>Cobertura en el &amp;ciclo…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The audits assigned to you in the office store %1.</source>
        <translation>Las auditorías asignadas a usted en el almacén de la oficina %1.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Open findings of %1: %2</source>
        <translation>Hallazgos abiertos de %1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a client, chain or audit.</source>
        <translation>Elija un cliente, una cadena o una auditoría.</translation>
    </message>
</context>
<context>
    <name>AuditDetails</name>
    <message>
        <location filename="../../auditor_app/ui/details/feature.py" line="+29"/>
        <source>Audit</source>
        <translation>Auditoría</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Audit &amp;details</source>
        <translation>&amp;Datos de la auditoría</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client, scope, team, audit plan, meetings and conclusions</source>
        <translation>Cliente, alcance, equipo, plan de auditoría, reuniones y conclusiones</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../../auditor_app/ui/new_audit_wizard.py" line="+58"/>
        <source>The audit</source>
        <translation>La auditoría</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who is audited, where and when. Everything can be changed later.</source>
        <translation>A quién se audita, dónde y cuándo. Todo se puede cambiar más adelante.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The organisation audited, e.g. Müller Präzisionsteile GmbH</source>
        <translation>La organización auditada, p. ej. Müller Präzisionsteile GmbH</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One site per line, with its address</source>
        <translation>Un emplazamiento por línea, con su dirección</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>t&amp;o</source>
        <translation>&amp;hasta</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Client:</source>
        <translation>&amp;Cliente:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sites:</source>
        <translation>&amp;Emplazamientos:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit t&amp;ype:</source>
        <translation>Ti&amp;po de auditoría:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dates:</source>
        <translation>&amp;Fechas:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Grading of findings:</source>
        <translation>C&amp;lasificación de los hallazgos:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Stage 2 certification audit 2026</source>
        <translation>p. ej. Auditoría de certificación de etapa 2, 2026</translation>
    </message>
    <message>
        <location filename="../../auditor_app/ui/details/models.py" line="+27"/>
        <location line="+49"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="-48"/>
        <location line="+50"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location line="-49"/>
        <location line="+48"/>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Process / area</source>
        <translation>Proceso / área</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clauses</source>
        <translation>Apartados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Auditor</source>
        <translation>Auditor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Auditee</source>
        <translation>Auditado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Present</source>
        <translation>Presente</translation>
    </message>
</context>
<context>
    <name>AuditTime</name>
    <message>
        <location filename="../../auditor_app/ui/details/time_models.py" line="+29"/>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+28"/>
        <source>Auditor</source>
        <translation>Auditor</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+28"/>
        <source>On site</source>
        <translation>In situ</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Planned</source>
        <translation>Planificado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Off site</source>
        <translation>Fuera de las instalaciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actual</source>
        <translation>Real</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Difference</source>
        <translation>Diferencia</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Total (counted time)</source>
        <translation>Total (tiempo contado)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 — not counted</source>
        <translation>%1 — no contado</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Not counted in the audit time (IAF MD 5): not assigned as an auditor</source>
        <translation>No contado en el tiempo de auditoría (IAF MD 5): no asignado como auditor</translation>
    </message>
</context>
<context>
    <name>AuditTimeSection</name>
    <message>
        <location filename="../../auditor_app/ui/details/audit_time.py" line="+43"/>
        <source>e.g. 4.5</source>
        <translation>p. ej. 4,5</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The audit time set at the application review, in auditor-days (8 hours each, IAF MD 5)</source>
        <translation>El tiempo de auditoría fijado en la revisión de la solicitud, en días-auditor (de 8 horas cada uno, IAF MD 5)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Add time</source>
        <translation>&amp;Añadir tiempo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A day of time for you; double-click a cell to change it</source>
        <translation>Añade un día de tiempo a su nombre; haga doble clic en una celda para cambiarlo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Audit time from the application review (auditor-days):</source>
        <translation>Tiempo de auditoría según la revisión de la solicitud (días-auditor):</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Audit time</source>
        <translation>Tiempo de auditoría</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The time each auditor spent, on site and off site, against the audit plan and the audit time of the application review (IAF MD 5; one auditor-day is 8 hours).</source>
        <translation>El tiempo dedicado por cada auditor, in situ y fuera de las instalaciones, frente al plan de auditoría y al tiempo de auditoría de la revisión de la solicitud (IAF MD 5; un día-auditor son 8 horas).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Time records&lt;/b&gt;</source>
        <translation>&lt;b&gt;Registros de tiempo&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Planned and actual time per auditor and day&lt;/b&gt;</source>
        <translation>&lt;b&gt;Tiempo planificado y real por auditor y día&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Planned in the audit plan: %1 auditor-days (%2 h).</source>
        <translation>Planificado en el plan de auditoría: %1 días-auditor (%2 h).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recorded: %1 auditor-days (%2 h), on site %3 h, off site %4 h.</source>
        <translation>Registrado: %1 días-auditor (%2 h), in situ %3 h, fuera de las instalaciones %4 h.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Against the application review: %1 auditor-days.</source>
        <translation>Según la revisión de la solicitud: %1 días-auditor.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n plan row(s) without usable times not counted.</source>
        <translation>
            <numerusform>%n fila del plan sin horas utilizables no se ha contado.</numerusform>
            <numerusform>%n filas del plan sin horas utilizables no se han contado.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Change the planned auditor-days</source>
        <translation>Cambiar los días-auditor planificados</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Change %1 of a time record</source>
        <translation>Cambiar %1 de un registro de tiempo</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Add a time record</source>
        <translation>Añadir un registro de tiempo</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Remove %n time record(s)</source>
        <translation>
            <numerusform>Quitar %n registro de tiempo</numerusform>
            <numerusform>Quitar %n registros de tiempo</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CarriedModel</name>
    <message>
        <location filename="../../auditor_app/ui/cycle/models.py" line="+41"/>
        <source>%1 to %2</source>
        <translation>del %1 al %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Audit</source>
        <translation>Auditoría</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>report %1</source>
        <translation>informe %1</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Ref</source>
        <translation>Ref.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>Auditoría de origen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grade</source>
        <translation>Clasificación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Statement</source>
        <translation>Declaración</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client response</source>
        <translation>Respuesta del cliente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clauses</source>
        <translation>Apartados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verification</source>
        <translation>Verificación</translation>
    </message>
</context>
<context>
    <name>ClauseDelegate</name>
    <message>
        <location filename="../../auditor_app/ui/evidence_import/review_dialog.py" line="+54"/>
        <source>clause number</source>
        <translation>número de apartado</translation>
    </message>
</context>
<context>
    <name>ClauseEvidenceTab</name>
    <message>
        <location filename="../../auditor_app/ui/evidence/clause_tab.py" line="+37"/>
        <location line="+40"/>
        <source>Evidence</source>
        <translation>Evidencias</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Add files…</source>
        <translation>Añadir archivos…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add photos or documents to this clause (Ctrl+Shift+E)</source>
        <translation>Añadir fotos o documentos a este apartado (Ctrl+Mayús+E)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paste</source>
        <translation>Pegar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a screenshot or copied files from the clipboard (Ctrl+Shift+V)</source>
        <translation>Añadir una captura de pantalla o archivos copiados desde el portapapeles (Ctrl+Mayús+V)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What new files are attached to: the clause, one of its notes, or a finding raised on it</source>
        <translation>A qué se vinculan los archivos nuevos: al apartado, a una de sus notas o a un hallazgo registrado en él</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Attach to:</source>
        <translation>Vincular a:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No evidence on this clause yet.
Drop photos, documents or a folder here, paste a screenshot (Ctrl+Shift+V) or use Add files…</source>
        <translation>Aún no hay evidencias en este apartado.
Arrastre aquí fotos, documentos o una carpeta, pegue una captura de pantalla (Ctrl+Mayús+V) o use Añadir archivos…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Evidence (%1)</source>
        <translation>Evidencias (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Clause %1</source>
        <translation>Apartado %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a note on %1</source>
        <translation>una nota sobre %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Finding %1</source>
        <translation>Hallazgo %1</translation>
    </message>
</context>
<context>
    <name>ClauseFindingsTab</name>
    <message>
        <location filename="../../auditor_app/ui/findings/clause_tab.py" line="+28"/>
        <location line="+25"/>
        <source>Findings</source>
        <translation>Hallazgos</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>New finding…</source>
        <translation>Nuevo hallazgo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Raise a finding on this clause (Ctrl+Shift+F)</source>
        <translation>Registrar un hallazgo en este apartado (Ctrl+Mayús+F)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Double-click a finding to edit it.</source>
        <translation>Haga doble clic en un hallazgo para editarlo.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Findings (%1)</source>
        <translation>Hallazgos (%1)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>⚠ %1 minor nonconformities on this clause — consider whether together they indicate a major.</source>
        <translation>⚠ %1 no conformidades menores en este apartado: valore si en conjunto indican una no conformidad mayor.</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>No findings on this clause.</source>
        <translation>No hay hallazgos en este apartado.</translation>
    </message>
</context>
<context>
    <name>ClauseKeys</name>
    <message>
        <location filename="../../auditor_app/ui/clause_keys.py" line="+28"/>
        <source>Add &amp;note to this clause…</source>
        <translation>Añadir &amp;nota a este apartado…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set clause &amp;result</source>
        <translation>Establecer el &amp;resultado del apartado</translation>
    </message>
</context>
<context>
    <name>ClausePage</name>
    <message>
        <location filename="../../auditor_app/ui/clause_page.py" line="+97"/>
        <source>Select a clause on the left to record its result and notes.</source>
        <translation>Seleccione un apartado a la izquierda para registrar su resultado y sus notas.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The clause&apos;s audit result</source>
        <translation>El resultado de la auditoría del apartado</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Add note…</source>
        <translation>Añadir nota…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Edit note…</source>
        <translation>&amp;Editar nota…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete note</source>
        <translation>E&amp;liminar nota</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Result:</source>
        <translation>&amp;Resultado:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Audit questions</source>
        <translation>Preguntas de auditoría</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Typical evidence</source>
        <translation>Evidencias típicas</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+65"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>No audit questions in the checklist.</source>
        <translation>La lista de verificación no tiene preguntas de auditoría.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No typical evidence in the checklist.</source>
        <translation>La lista de verificación no indica evidencias típicas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes (%1)</source>
        <translation>Notas (%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No notes yet for this clause.</source>
        <translation>Aún no hay notas para este apartado.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Not yet audited</source>
        <translation>Sin auditar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Audited by %1</source>
        <translation>Auditado por %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Audited</source>
        <translation>Auditado</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Justification:</source>
        <translation>Justificación:</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Why does %1 %2 not apply?
A justification is required; it appears in the audit report.</source>
        <translation>¿Por qué no aplica %1 %2?
Es obligatorio justificarlo; la justificación figura en el informe de auditoría.</translation>
    </message>
</context>
<context>
    <name>ClausePanel</name>
    <message>
        <location filename="../../auditor_app/ui/clause_panel.py" line="+36"/>
        <source>Filter clauses by number or title (Ctrl+L)</source>
        <translation>Filtrar apartados por número o título (Ctrl+L)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show only clauses with this result</source>
        <translation>Mostrar solo los apartados con este resultado</translation>
    </message>
    <message numerus="yes">
        <location line="+109"/>
        <source>%1 of %n clause(s) match</source>
        <translation>
            <numerusform>%1 de %n apartado coincide</numerusform>
            <numerusform>%1 de %n apartados coinciden</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No clause matches the filter.</source>
        <translation>Ningún apartado coincide con el filtro.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Audited by %1</source>
        <translation>Auditado por %1</translation>
    </message>
</context>
<context>
    <name>ClauseReferences</name>
    <message>
        <location filename="../../auditor_app/ui/findings/composer_parts.py" line="+105"/>
        <source>Add a clause by number or title…</source>
        <translation>Añadir un apartado por número o título…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remo&amp;ve</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also reference the corresponding clauses of the other standards</source>
        <translation>Referenciar también los apartados correspondientes de las demás normas</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>No clause %1 in this audit.</source>
        <translation>No hay ningún apartado %1 en esta auditoría.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is in several standards: pick one from the list.</source>
        <translation>%1 figura en varias normas: elija una en la lista.</translation>
    </message>
</context>
<context>
    <name>ClauseTreeModel</name>
    <message>
        <location filename="../../auditor_app/ui/models/clause_tree.py" line="+45"/>
        <source>Clause</source>
        <translation>Apartado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files</source>
        <translation>Archivos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Findings</source>
        <translation>Hallazgos</translation>
    </message>
    <message>
        <location line="+220"/>
        <source>%1 — audited by %2, %3</source>
        <translation>%1 — auditado por %2, %3</translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>Not yet audited itself; %1 of %n sub-clause(s) audited, %2 with a nonconformity</source>
        <translation>
            <numerusform>Aún sin auditar en sí; %1 de %n subapartado auditado, %2 con no conformidades</numerusform>
            <numerusform>Aún sin auditar en sí; %1 de %n subapartados auditados, %2 con no conformidades</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Not yet audited itself; %1 of %n sub-clause(s) audited</source>
        <translation>
            <numerusform>Aún sin auditar en sí; %1 de %n subapartado auditado</numerusform>
            <numerusform>Aún sin auditar en sí; %1 de %n subapartados auditados</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1/%2 audited</source>
        <translation>%1/%2 auditados</translation>
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
            <numerusform>%n archivo de evidencia</numerusform>
            <numerusform>%n archivos de evidencia</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n hallazgo</numerusform>
            <numerusform>%n hallazgos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n nota</numerusform>
            <numerusform>%n notas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CombineDialog</name>
    <message>
        <location filename="../../auditor_app/ui/conflicts.py" line="+67"/>
        <source>Write a combination</source>
        <translation>Redactar una combinación</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: every version is below, separated by blank lines. Edit it into the text to keep; it replaces all versions.</source>
        <translation>%1: abajo figuran todas las versiones, separadas por líneas en blanco. Edítelas hasta dejar el texto que se conserva; sustituye a todas las versiones.</translation>
    </message>
</context>
<context>
    <name>CompactDialog</name>
    <message>
        <location filename="../../auditor_app/ui/evidence_import/compact_dialog.py" line="+39"/>
        <source>Compact audit file</source>
        <translation>Compactar el archivo de auditoría</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Photos stored as taken can be replaced by reduced copies, so the audit file is easier to e-mail and archive. Each photo keeps the SHA-256 of its original as evidence of integrity.</source>
        <translation>Las fotos guardadas tal como se tomaron pueden sustituirse por copias reducidas, para que el archivo de auditoría sea más fácil de enviar por correo electrónico y de archivar. Cada foto conserva el SHA-256 de su original como prueba de integridad.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Long edge of the copies:</source>
        <translation>Lado mayor de las copias:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JPEG quality:</source>
        <translation>Calidad JPEG:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A verified backup of the file is taken first. The originals then leave this file: only that backup (or your camera) still has them. Undo cannot bring them back.</source>
        <translation>Primero se hace una copia de seguridad verificada del archivo. Después los originales salen de este archivo: solo esa copia de seguridad (o su cámara) los conserva. Deshacer no puede recuperarlos.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Compact</source>
        <translation>Compactar</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>No photo in this audit is larger than %1 pixels: there is nothing to compact.</source>
        <translation>Ninguna foto de esta auditoría supera los %1 píxeles: no hay nada que compactar.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n photo(s) are stored larger than that (%1 of this %2 file). Reduced copies would save about %3.</source>
        <translation>
            <numerusform>%n foto está guardada a un tamaño mayor (%1 de este archivo de %2). Las copias reducidas ahorrarían unos %3.</numerusform>
            <numerusform>%n fotos están guardadas a un tamaño mayor (%1 de este archivo de %2). Las copias reducidas ahorrarían unos %3.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompletenessDialog</name>
    <message>
        <location filename="../../auditor_app/ui/export_dialogs.py" line="+190"/>
        <source>Before exporting</source>
        <translation>Antes de exportar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The %1 report cannot be issued yet: complete what is shown in red.
Double-click an item to go to it.</source>
        <translation>Aún no se puede emitir el informe de %1: complete lo que aparece en rojo.
Haga doble clic en un elemento para ir a él.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Some things are missing; the report can still be exported.
Double-click an item to go to it.</source>
        <translation>Faltan algunos datos; aun así, el informe se puede exportar.
Haga doble clic en un elemento para ir a él.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Error: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Warning: %1</source>
        <translation>Advertencia: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export anyway</source>
        <translation>Exportar de todos modos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
</context>
<context>
    <name>ConcernDialog</name>
    <message>
        <location filename="../../auditor_app/ui/cycle/concern_dialog.py" line="+33"/>
        <source>Area of concern</source>
        <translation>Área de preocupación</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New area of concern</source>
        <translation>Nueva área de preocupación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What could be a nonconformity at Stage 2</source>
        <translation>Lo que podría ser una no conformidad en la etapa 2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Process, department or site</source>
        <translation>Proceso, departamento o emplazamiento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter clauses</source>
        <translation>Filtrar apartados</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Statement:</source>
        <translation>Declaración:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Area:</source>
        <translation>Área:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clauses:</source>
        <translation>Apartados:</translation>
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
        <translation>Área de preocupación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clauses</source>
        <translation>Apartados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Area</source>
        <translation>Área</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Raised by</source>
        <translation>Registrado por</translation>
    </message>
</context>
<context>
    <name>ConclusionsSection</name>
    <message>
        <location filename="../../auditor_app/ui/details/conclusions.py" line="+25"/>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <source>Not set</source>
        <translation>Sin indicar</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>O&amp;bjectives met:</source>
        <translation>&amp;Objetivos cumplidos:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whether the audit objectives were fulfilled; if not fully, say why below (ISO/IEC 17021-1 9.4.8.2)</source>
        <translation>Si se cumplieron los objetivos de la auditoría; si no se cumplieron del todo, explique por qué abajo (ISO/IEC 17021-1 9.4.8.2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why the objectives were not (fully) met, or a comment</source>
        <translation>Por qué no se cumplieron (plenamente) los objetivos, o un comentario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xplanation:</source>
        <translation>E&amp;xplicación:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decisi&amp;on:</source>
        <translation>D&amp;ecisión:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The team&apos;s recommendation; certification cannot be recommended while a major nonconformity is open</source>
        <translation>La recomendación del equipo; no se puede recomendar la certificación mientras haya una no conformidad mayor abierta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Conclusions:</source>
        <translation>&amp;Conclusiones:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whether the management system conforms and is effective, against the audit objectives</source>
        <translation>Si el sistema de gestión es conforme y eficaz, respecto a los objetivos de la auditoría</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Recommendation:</source>
        <translation>&amp;Recomendación:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. recommended for certification subject to accepted corrective action plans</source>
        <translation>p. ej. se recomienda la certificación, sujeta a la aceptación de los planes de acciones correctivas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Diverging opinions:</source>
        <translation>Opiniones di&amp;vergentes:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opinions of the auditee and the team that remained unresolved (ISO 19011 6.4.10)</source>
        <translation>Opiniones del auditado y del equipo que quedaron sin resolver (ISO 19011 6.4.10)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Plan deviations:</source>
        <translation>Desviaciones del &amp;plan:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes to the audit plan, areas not covered, obstacles met</source>
        <translation>Cambios en el plan de auditoría, áreas no cubiertas, obstáculos encontrados</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Conclusions</source>
        <translation>Conclusiones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Presented at the closing meeting and printed in the report. Saved when you leave a field.</source>
        <translation>Se presentan en la reunión de cierre y se imprimen en el informe. Se guardan al salir de un campo.</translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <location filename="../../auditor_app/ui/unpacking.py" line="+44"/>
        <source>Open sealed package</source>
        <translation>Abrir paquete sellado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is checked: its files match SHA256SUMS and the signed manifest, the signature verifies, and the audit file passes its full check.</source>
        <translation>%1 está comprobado: sus archivos coinciden con SHA256SUMS y con el manifiesto firmado, la firma es válida y el archivo de auditoría supera su comprobación completa.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Signed by:</source>
        <translation>Firmado por:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>untitled</source>
        <translation>sin título</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no client</source>
        <translation>sin cliente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Audit:</source>
        <translation>Auditoría:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>by %1 at %2</source>
        <translation>por %1 el %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, for %2</source>
        <translation>%1, para %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made:</source>
        <translation>Creado:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unpack into:</source>
        <translation>Desempaquetar en:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The folder is made; nothing in it is overwritten. The audit then opens here, in place of any audit open now.</source>
        <translation>Se crea la carpeta; no se sobrescribe nada en ella. Después la auditoría se abre aquí, en lugar de la auditoría abierta ahora.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unpack and open</source>
        <translation>Desempaquetar y abrir</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Unpack into a new folder in</source>
        <translation>Desempaquetar en una carpeta nueva dentro de</translation>
    </message>
</context>
<context>
    <name>ConflictPanel</name>
    <message>
        <location filename="../../auditor_app/ui/conflicts.py" line="+17"/>
        <source>Conflicts</source>
        <translation>Conflictos</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Write a combination…</source>
        <translation>Redactar una combinación…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep it (restore with the edits)</source>
        <translation>Conservarlo (restaurar con los cambios)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confirm deletion</source>
        <translation>Confirmar la eliminación</translation>
    </message>
    <message numerus="yes">
        <location line="+49"/>
        <source>%n conflict(s) to decide. Until you choose, the audit shows the latest version.</source>
        <translation>
            <numerusform>%n conflicto por decidir. Hasta que elija, la auditoría muestra la versión más reciente.</numerusform>
            <numerusform>%n conflictos por decidir. Hasta que elija, la auditoría muestra la versión más reciente.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1. Keep the item with the changes, or confirm that it is deleted.</source>
        <translation>%1. Conserve el elemento con los cambios o confirme que se elimina.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 — %2. Keep one version or write a combination.</source>
        <translation>%1 — %2. Conserve una versión o redacte una combinación.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 — %2. Keep one version.</source>
        <translation>%1 — %2. Conserve una versión.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep this version</source>
        <translation>Conservar esta versión</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Keep %1&apos;s %2 of %3</source>
        <translation>Conservar la versión de %1 (%2 de %3)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Combine the versions of %1</source>
        <translation>Combinar las versiones de %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restore %1</source>
        <translation>Restaurar %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Confirm deletion of %1</source>
        <translation>Confirmar la eliminación de %1</translation>
    </message>
</context>
<context>
    <name>CycleCommands</name>
    <message>
        <location filename="../../auditor_app/ui/cycle/commands.py" line="+17"/>
        <source>Verify %1</source>
        <translation>Verificar %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Cite for %1</source>
        <translation>Citar para %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stop citing for %1</source>
        <translation>Dejar de citar para %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Follow-up finding for %1</source>
        <translation>Hallazgo de seguimiento para %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Set readiness for Stage 2</source>
        <translation>Fijar la preparación para la etapa 2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Add area of concern</source>
        <translation>Añadir área de preocupación</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Edit area of concern</source>
        <translation>Editar área de preocupación</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Delete area of concern</source>
        <translation>Eliminar área de preocupación</translation>
    </message>
</context>
<context>
    <name>CycleCoverage</name>
    <message>
        <location filename="../../auditor_app/ui/cycle_coverage.py" line="+22"/>
        <source>Coverage over the &amp;cycle…</source>
        <translation>Cobertura en el &amp;ciclo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which clauses, processes and sites each audit of the certification cycle covered, and what is still uncovered</source>
        <translation>Qué apartados, procesos y emplazamientos cubrió cada auditoría del ciclo de certificación y qué queda aún sin cubrir</translation>
    </message>
    <message>
        <location filename="../../auditor_app/ui/cycle_coverage_view.py" line="+43"/>
        <source>Audit</source>
        <translation>Auditoría</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Clause</source>
        <translation>Apartado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Covered</source>
        <translation>Cubierto</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>CycleDialog</name>
    <message>
        <location line="+20"/>
        <source>Coverage over the certification cycle</source>
        <translation>Cobertura en el ciclo de certificación</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 audit(s) of the chain; the current cycle starts with %2.</source>
        <translation>%1 auditoría(s) de la cadena; el ciclo actual empieza con %2.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 — %2% covered, %3 clause(s) uncovered</source>
        <translation>%1 — %2 % cubierto, %3 apartado(s) sin cubrir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only &amp;uncovered clauses</source>
        <translation>Solo apartados &amp;no cubiertos</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Audit</source>
        <translation>Auditoría</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dates</source>
        <translation>Fechas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Clauses covered</source>
        <translation>Apartados cubiertos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read from</source>
        <translation>Leído de</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (earlier cycle)</source>
        <translation>%1 (ciclo anterior)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this audit&apos;s history</source>
        <translation>el historial de esta auditoría</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>this audit</source>
        <translation>esta auditoría</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Processes: none recorded.</source>
        <translation>Procesos: no se ha registrado ninguno.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Processes: all covered in the current cycle.</source>
        <translation>Procesos: todos cubiertos en el ciclo actual.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Processes not covered in the current cycle: %1</source>
        <translation>Procesos no cubiertos en el ciclo actual: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sites: none recorded.</source>
        <translation>Emplazamientos: no se ha registrado ninguno.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sites: all covered in the current cycle.</source>
        <translation>Emplazamientos: todos cubiertos en el ciclo actual.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sites not covered in the current cycle: %1</source>
        <translation>Emplazamientos no cubiertos en el ciclo actual: %1</translation>
    </message>
</context>
<context>
    <name>CycleFeature</name>
    <message>
        <location filename="../../auditor_app/ui/cycle/feature.py" line="+44"/>
        <source>Previous findings</source>
        <translation>Hallazgos anteriores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage 1</source>
        <translation>Etapa 1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>New audit from &amp;previous…</source>
        <translation>Nueva auditoría a partir de la an&amp;terior…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Previous fi&amp;ndings</source>
        <translation>Hallazgos &amp;anteriores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage &amp;1 readiness and concerns</source>
        <translation>Etapa &amp;1: preparación y áreas de preocupación</translation>
    </message>
    <message>
        <location line="+123"/>
        <source>Area of concern deleted — Edit › Undo brings it back.</source>
        <translation>Área de preocupación eliminada. Editar › Deshacer la recupera.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Made from %1: %2 finding(s) to verify, %3 area(s) of concern to check.</source>
        <translation>Creada a partir de %1: %2 hallazgo(s) por verificar, %3 área(s) de preocupación por comprobar.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../auditor_app/ui/details/fields.py" line="+149"/>
        <source>not set</source>
        <translation>sin indicar</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Clear the date</source>
        <translation>Borrar la fecha</translation>
    </message>
</context>
<context>
    <name>DetailsForm</name>
    <message>
        <location filename="../../auditor_app/ui/details/form.py" line="+31"/>
        <source>Engagement</source>
        <translation>Encargo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Client:</source>
        <translation>&amp;Cliente:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One site per line: name and address</source>
        <translation>Un emplazamiento por línea: nombre y dirección</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Sites:</source>
        <translation>&amp;Emplazamientos:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not set</source>
        <translation>Sin indicar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit t&amp;ype:</source>
        <translation>Ti&amp;po de auditoría:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>St&amp;art date:</source>
        <translation>Fecha de &amp;inicio:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;End date:</source>
        <translation>Fecha de &amp;fin:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client&apos;s re&amp;presentative:</source>
        <translation>&amp;Representante del cliente:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who accompanied the audit for the client and received the report (ISO/IEC 17021-1 9.4.8)</source>
        <translation>Quién acompañó la auditoría por parte del cliente y recibió el informe (ISO/IEC 17021-1 9.4.8)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Representat&amp;ive&apos;s role:</source>
        <translation>Car&amp;go del representante:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The end date is before the start date.</source>
        <translation>La fecha de fin es anterior a la de inicio.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Scope and criteria</source>
        <translation>Alcance y criterios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activities, products, processes and sites covered</source>
        <translation>Actividades, productos, procesos y emplazamientos cubiertos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sc&amp;ope:</source>
        <translation>&amp;Alcance:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Objectives:</source>
        <translation>&amp;Objetivos:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standards, the client&apos;s documents, legal requirements</source>
        <translation>Normas, documentos del cliente, requisitos legales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;riteria:</source>
        <translation>Criterio&amp;s:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Significant changes since the last audit: scope, organisation, sites, processes</source>
        <translation>Cambios significativos desde la última auditoría: alcance, organización, emplazamientos, procesos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hanges since last audit:</source>
        <translation>Cam&amp;bios desde la última auditoría:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How the client uses certification marks and refers to its certification (surveillance)</source>
        <translation>Cómo usa el cliente las marcas de certificación y cómo hace referencia a su certificación (seguimiento)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certification &amp;marks:</source>
        <translation>&amp;Marcas de certificación:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>I&amp;dioma:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. en, de, zh</source>
        <translation>p. ej. en, de, zh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Con&amp;fidentiality:</source>
        <translation>Confidencia&amp;lidad:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report &amp;number:</source>
        <translation>&amp;Número de informe:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report re&amp;vision:</source>
        <translation>Re&amp;visión del informe:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Grading scheme:</source>
        <translation>Es&amp;quema de clasificación:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How findings are graded; it can only change while no finding has a grade the new scheme lacks</source>
        <translation>Cómo se clasifican los hallazgos; solo se puede cambiar mientras ningún hallazgo tenga una clasificación que el nuevo esquema no contemple</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Word report template:</source>
        <translation>Plantilla del informe de &amp;Word:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report template</source>
        <translation>plantilla del informe</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Audit details</source>
        <translation>Datos de la auditoría</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the report&apos;s cover and introduction say. Changes are saved when you leave a field.</source>
        <translation>Lo que dicen la portada y la introducción del informe. Los cambios se guardan al salir de un campo.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Grading scheme not changed</source>
        <translation>Esquema de clasificación sin cambiar</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n finding(s) have grades that “%1” does not have:
%2

Regrade or delete these findings first, then choose the scheme again.</source>
        <translation>
            <numerusform>%n hallazgo tiene una clasificación que «%1» no contempla:
%2

Primero reclasifique o elimine estos hallazgos y luego vuelva a elegir el esquema.</numerusform>
            <numerusform>%n hallazgos tienen clasificaciones que «%1» no contempla:
%2

Primero reclasifique o elimine estos hallazgos y luego vuelva a elegir el esquema.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DetailsPage</name>
    <message>
        <location filename="../../auditor_app/ui/details/page.py" line="+31"/>
        <source>Details</source>
        <translation>Datos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit plan</source>
        <translation>Plan de auditoría</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Audit time</source>
        <translation>Tiempo de auditoría</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meetings</source>
        <translation>Reuniones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conclusions</source>
        <translation>Conclusiones</translation>
    </message>
</context>
<context>
    <name>EditorToolBar</name>
    <message>
        <location filename="../../auditor_app/ui/annotate/toolbar.py" line="+26"/>
        <source>Select</source>
        <translation>Seleccionar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Arrow</source>
        <translation>Flecha</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rectangle</source>
        <translation>Rectángulo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ellipse</source>
        <translation>Elipse</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Blur</source>
        <translation>Difuminar</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Red</source>
        <translation>Rojo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Yellow</source>
        <translation>Amarillo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Green</source>
        <translation>Verde</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Blue</source>
        <translation>Azul</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>White</source>
        <translation>Blanco</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Black</source>
        <translation>Negro</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Colour of new shapes and of the selected ones</source>
        <translation>Color de las formas nuevas y de las seleccionadas</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Thin</source>
        <translation>Fina</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Medium</source>
        <translation>Media</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Thick</source>
        <translation>Gruesa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Line width; for a new text, its size</source>
        <translation>Grosor de línea; para un texto nuevo, su tamaño</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the selected shapes (Del)</source>
        <translation>Eliminar las formas seleccionadas (Supr)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Fit</source>
        <translation>Ajustar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the whole photo (Ctrl+0); Ctrl+wheel zooms</source>
        <translation>Mostrar la foto entera (Ctrl+0); Ctrl+rueda amplía o reduce</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Click a shape to select it, drag it to move it, drag a corner handle to resize it; double-click a text to change it.</source>
        <translation>Haga clic en una forma para seleccionarla, arrástrela para moverla, arrastre un tirador de esquina para cambiar su tamaño; haga doble clic en un texto para modificarlo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drag from where the arrow starts to what it points at.</source>
        <translation>Arrastre desde donde empieza la flecha hasta lo que señala.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drag across the area to frame.</source>
        <translation>Arrastre sobre la zona que quiere enmarcar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drag across the area to circle.</source>
        <translation>Arrastre sobre la zona que quiere rodear con un círculo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click where the text starts and type; Enter adds a line, Ctrl+Enter or a click elsewhere finishes.</source>
        <translation>Haga clic donde empieza el texto y escriba; Intro añade una línea; Ctrl+Intro o un clic en otro sitio lo termina.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drag across faces, names or other personal data. The area is blurred here exactly as in reports and exports.</source>
        <translation>Arrastre sobre caras, nombres u otros datos personales. La zona se difumina aquí exactamente igual que en los informes y exportaciones.</translation>
    </message>
</context>
<context>
    <name>Evidence</name>
    <message>
        <location filename="../../auditor_app/ui/evidence/gallery_model.py" line="+40"/>
        <source>%1 bytes</source>
        <translation>%1 bytes</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Taken %1</source>
        <translation>Tomada el %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Camera: %1</source>
        <translation>Cámara: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Added by %1, %2</source>
        <translation>Añadida por %1, %2</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Time taken unknown</source>
        <translation>Hora de toma desconocida</translation>
    </message>
</context>
<context>
    <name>EvidenceAdder</name>
    <message>
        <location filename="../../auditor_app/ui/evidence/adding.py" line="+67"/>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Nothing to paste: the clipboard holds no picture or file.</source>
        <translation>Nada que pegar: el portapapeles no contiene ninguna imagen ni archivo.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Adding evidence</source>
        <translation>Añadiendo evidencias</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>Evidence files (%1)</source>
        <translation>Archivos de evidencia (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photos (%1)</source>
        <translation>Fotos (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents (%1)</source>
        <translation>Documentos (%1)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add evidence to %1</source>
        <translation>Añadir evidencias a %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Screenshot %1.png</source>
        <translation>Captura de pantalla %1.png</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Adding %1 files to %2…</source>
        <translation>Añadiendo %1 archivos a %2…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stopping after the file being added…</source>
        <translation>Deteniendo tras el archivo que se está añadiendo…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Evidence not added</source>
        <translation>Evidencias no añadidas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Adding cancelled: no files were added.</source>
        <translation>Operación cancelada: no se ha añadido ningún archivo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 evidence file added.</source>
        <translation>%1 archivo de evidencia añadido.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 evidence files added.</source>
        <translation>%1 archivos de evidencia añadidos.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>… and %1 more</source>
        <translation>… y %1 más</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 file was added; these were not:</source>
        <translation>Se ha añadido %1 archivo; estos no:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 files were added; these were not:</source>
        <translation>Se han añadido %1 archivos; estos no:</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>No file was added:</source>
        <translation>No se ha añadido ningún archivo:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Evidence can be photos (JPEG, PNG, WebP), PDF files and office documents.</source>
        <translation>Las evidencias pueden ser fotos (JPEG, PNG, WebP), archivos PDF y documentos ofimáticos.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some files were not added</source>
        <translation>Algunos archivos no se han añadido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files not added</source>
        <translation>Archivos no añadidos</translation>
    </message>
</context>
<context>
    <name>EvidenceCommands</name>
    <message>
        <location filename="../../auditor_app/ui/evidence/commands.py" line="+16"/>
        <source>Add evidence file to %1</source>
        <translation>Añadir archivo de evidencia a %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add %1 evidence files to %2</source>
        <translation>Añadir %1 archivos de evidencia a %2</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Remove %1</source>
        <translation>Quitar %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove %1 evidence files</source>
        <translation>Quitar %1 archivos de evidencia</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Edit caption</source>
        <translation>Editar pie de foto</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Rotate %1</source>
        <translation>Girar %1</translation>
    </message>
</context>
<context>
    <name>EvidenceFeature</name>
    <message>
        <location filename="../../auditor_app/ui/evidence/feature.py" line="+57"/>
        <location line="+1"/>
        <location line="+95"/>
        <source>Evidence</source>
        <translation>Evidencias</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>&amp;Add files…</source>
        <translation>&amp;Añadir archivos…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Paste screenshot</source>
        <translation>&amp;Pegar captura de pantalla</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show &amp;gallery</source>
        <translation>Mostrar &amp;galería</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Evidence (%1)</source>
        <translation>Evidencias (%1)</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Finding %1</source>
        <translation>Hallazgo %1</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>No program is set up to open %1. A copy was saved as
%2</source>
        <translation>No hay ningún programa configurado para abrir %1. Se ha guardado una copia como
%2</translation>
    </message>
    <message>
        <location line="-117"/>
        <location line="+6"/>
        <source>the audit</source>
        <translation>la auditoría</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Removed — Edit › Undo brings it back.</source>
        <translation>Quitado. Editar › Deshacer lo recupera.</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Cannot open the file</source>
        <translation>No se puede abrir el archivo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No viewer for this file</source>
        <translation>No hay visor para este archivo</translation>
    </message>
</context>
<context>
    <name>EvidenceGrid</name>
    <message>
        <location filename="../../auditor_app/ui/evidence/gallery_view.py" line="+138"/>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove from the audit</source>
        <translation>Quitar de la auditoría</translation>
    </message>
</context>
<context>
    <name>EvidenceImport</name>
    <message>
        <location filename="../../auditor_app/ui/evidence_import/feature.py" line="+43"/>
        <source>&amp;Import photos from folder…</source>
        <translation>&amp;Importar fotos desde una carpeta…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A folder or memory card: review the photos by time taken, each with the clause of its audit-plan slot, then import them</source>
        <translation>Una carpeta o tarjeta de memoria: revise las fotos por hora de toma, cada una con el apartado de su franja del plan de auditoría, y luego impórtelas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Compact audit file…</source>
        <translation>&amp;Compactar el archivo de auditoría…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Import photos from folder</source>
        <translation>Importar fotos desde una carpeta</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%n files and folders</source>
        <translation>
            <numerusform>%n archivo o carpeta</numerusform>
            <numerusform>%n archivos y carpetas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+38"/>
        <source>Import photos</source>
        <translation>Importar fotos</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Looking at the photos in %1…</source>
        <translation>Revisando las fotos de %1…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Photo import cancelled: nothing was imported.</source>
        <translation>Importación de fotos cancelada: no se ha importado nada.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No photos found</source>
        <translation>No se han encontrado fotos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There are no files in %1 (hidden and system files are skipped).</source>
        <translation>No hay archivos en %1 (se omiten los archivos ocultos y de sistema).</translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>Importing %n photo(s)…</source>
        <translation>
            <numerusform>Importando %n foto…</numerusform>
            <numerusform>Importando %n fotos…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Import %n photo(s)</source>
        <translation>
            <numerusform>Importar %n foto</numerusform>
            <numerusform>Importar %n fotos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Photo import</source>
        <translation>Importación de fotos</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n photo(s) imported.</source>
        <translation>
            <numerusform>%n foto importada.</numerusform>
            <numerusform>%n fotos importadas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n stored as reduced copies (your preference); the original&apos;s SHA-256 is recorded with each.</source>
        <translation>
            <numerusform>%n guardada como copia reducida (según sus preferencias); con ella se registra el SHA-256 del original.</numerusform>
            <numerusform>%n guardadas como copias reducidas (según sus preferencias); con cada una se registra el SHA-256 del original.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The import was cancelled: the photos above are in the audit, the rest are not.</source>
        <translation>Se ha cancelado la importación: las fotos anteriores están en la auditoría; las demás, no.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The import stopped: %1. The photos above are in the audit.</source>
        <translation>La importación se ha detenido: %1. Las fotos anteriores están en la auditoría.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n skipped: already in this audit.</source>
        <translation>
            <numerusform>%n omitida: ya está en esta auditoría.</numerusform>
            <numerusform>%n omitidas: ya están en esta auditoría.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not imported:</source>
        <translation>No importadas:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>… and %1 more</source>
        <translation>… y %1 más</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Compact audit file</source>
        <translation>Compactar el archivo de auditoría</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taking a backup, then replacing photos by reduced copies…</source>
        <translation>Haciendo una copia de seguridad y sustituyendo las fotos por copias reducidas…</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Saved %1: the audit file is now %2 (it was %3). %n photo(s) replaced by reduced copies.</source>
        <translation>
            <numerusform>Ahorro de %1: el archivo de auditoría ocupa ahora %2 (antes, %3). %n foto sustituida por una copia reducida.</numerusform>
            <numerusform>Ahorro de %1: el archivo de auditoría ocupa ahora %2 (antes, %3). %n fotos sustituidas por copias reducidas.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Compaction was cancelled; the photos not reached yet are unchanged.</source>
        <translation>Se ha cancelado la compactación; las fotos a las que aún no se había llegado no han cambiado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Left as they were:</source>
        <translation>Se dejaron como estaban:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file as it was before is kept as a backup:
%1</source>
        <translation>El archivo tal como estaba antes se conserva como copia de seguridad:
%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit file compacted</source>
        <translation>Archivo de auditoría compactado</translation>
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
        <translation>Aún no hay notas en estos apartados.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No photos or documents on these clauses yet.</source>
        <translation>Aún no hay fotos ni documentos en estos apartados.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notes (%1)</source>
        <translation>Notas (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photos and documents (%1)</source>
        <translation>Fotos y documentos (%1)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 (internal)</source>
        <translation>%1 (interna)</translation>
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
        <translation>Anterior</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit</source>
        <translation>Ajustar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1:1</source>
        <translation>1:1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom in</source>
        <translation>Acercar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom out</source>
        <translation>Alejar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rotate left</source>
        <translation>Girar a la izquierda</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rotate right</source>
        <translation>Girar a la derecha</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Annotate…</source>
        <translation>Anotar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open file</source>
        <translation>Abrir archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the stored file with the system&apos;s viewer</source>
        <translation>Abrir el archivo guardado con el visor del sistema</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1
Open file shows it with the system&apos;s viewer.</source>
        <translation>%1
Abrir archivo lo muestra con el visor del sistema.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This photo cannot be shown: %1</source>
        <translation>No se puede mostrar esta foto: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
</context>
<context>
    <name>ExportProgress</name>
    <message>
        <location filename="../../auditor_app/ui/tasks.py" line="+163"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exporting</source>
        <translation>Exportando</translation>
    </message>
</context>
<context>
    <name>Exports</name>
    <message>
        <location filename="../../auditor_app/ui/exporting.py" line="+64"/>
        <source>Export &amp;report (PDF)…</source>
        <translation>Exportar &amp;informe (PDF)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export report (Wor&amp;d)…</source>
        <translation>Exportar informe (&amp;Word)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;workbook (Excel)…</source>
        <translation>Exportar &amp;libro de cálculo (Excel)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Issue report…</source>
        <translation>&amp;Emitir informe…</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Word report not exported</source>
        <translation>Informe de Word no exportado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This audit&apos;s Word report uses the template “%1”, which is not on this computer.

Add it in Edit › Preferences › Word templates on this computer, or choose another template on the Audit page (Word report template). No other template is used in its place.</source>
        <translation>El informe de Word de esta auditoría usa la plantilla «%1», que no está en este ordenador.

Añádala en Editar › Preferencias › Plantillas de Word en este ordenador, o elija otra plantilla en la página Auditoría (Plantilla del informe de Word). No se usa ninguna otra plantilla en su lugar.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Cannot check the report</source>
        <translation>No se puede comprobar el informe</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Export %1</source>
        <translation>Exportar %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Exporting the %1 to %2…</source>
        <translation>Exportando el %1 a %2…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Exporting</source>
        <translation>Exportando</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stopping the export; no file is written…</source>
        <translation>Deteniendo la exportación; no se escribe ningún archivo…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Template: %1</source>
        <translation>Plantilla: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export finished</source>
        <translation>Exportación terminada</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Saved as
%1</source>
        <translation>Guardado como
%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open folder</source>
        <translation>Abrir carpeta</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exported to %1</source>
        <translation>Exportado a %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+2"/>
        <source>Report not exported</source>
        <translation>Informe no exportado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1

No file was written.</source>
        <translation>%1

No se ha escrito ningún archivo.</translation>
    </message>
</context>
<context>
    <name>FieldSection</name>
    <message>
        <location filename="../../auditor_app/ui/details/field_section.py" line="+120"/>
        <source>Change %1</source>
        <translation>Cambiar %1</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../auditor_app/ui/new_audit_file.py" line="+93"/>
        <source>Audit file</source>
        <translation>Archivo de auditoría</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The audit is one file. Keep it on this computer&apos;s own disk while you work; use File ▸ Save a copy… for a USB stick or a shared folder.</source>
        <translation>La auditoría es un único archivo. Manténgalo en el disco propio de este ordenador mientras trabaja; use Archivo ▸ Guardar una copia… para una memoria USB o una carpeta compartida.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Save the new audit as:</source>
        <translation>&amp;Guardar la nueva auditoría como:</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>New audit file</source>
        <translation>Nuevo archivo de auditoría</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit files (*.audit)</source>
        <translation>Archivos de auditoría (*.audit)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose where to save the audit file.</source>
        <translation>Elija dónde guardar el archivo de auditoría.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The folder %1 does not exist.</source>
        <translation>La carpeta %1 no existe.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 already exists. An audit file is never overwritten: choose another name.</source>
        <translation>%1 ya existe. Un archivo de auditoría nunca se sobrescribe: elija otro nombre.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This folder is on removable media (%1), which can be unplugged while the audit is being written.</source>
        <translation>Esta carpeta está en un medio extraíble (%1), que puede desconectarse mientras se escribe la auditoría.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This folder is on a network share (%1), where file locking is unreliable.</source>
        <translation>Esta carpeta está en un recurso compartido de red (%1), donde el bloqueo de archivos no es fiable.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This folder is synchronised by %1, whose agent can copy the file half-written.</source>
        <translation>Esta carpeta la sincroniza %1, cuyo agente puede copiar el archivo a medio escribir.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This folder is not on a local disk (%1).</source>
        <translation>Esta carpeta no está en un disco local (%1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the audit on this computer&apos;s own disk; File ▸ Save a copy… puts a verified copy there when you are done.</source>
        <translation>Mantenga la auditoría en el disco propio de este ordenador; al terminar, Archivo ▸ Guardar una copia… deja allí una copia verificada.</translation>
    </message>
</context>
<context>
    <name>FindingCommands</name>
    <message>
        <location filename="../../auditor_app/ui/findings/commands.py" line="+37"/>
        <source>Add finding on %1</source>
        <translation>Añadir hallazgo en %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add finding</source>
        <translation>Añadir hallazgo</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Add finding %1</source>
        <translation>Añadir hallazgo %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Edit finding %1</source>
        <translation>Editar hallazgo %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Delete finding %1</source>
        <translation>Eliminar hallazgo %1</translation>
    </message>
</context>
<context>
    <name>FindingComposer</name>
    <message>
        <location filename="../../auditor_app/ui/findings/composer.py" line="+48"/>
        <location line="+12"/>
        <source>New finding</source>
        <translation>Nuevo hallazgo</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Finding %1</source>
        <translation>Hallazgo %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>New finding on %1</source>
        <translation>Nuevo hallazgo en %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Site, building, line…</source>
        <translation>Emplazamiento, edificio, línea…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Process or area audited</source>
        <translation>Proceso o área auditada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The requirement, paraphrased</source>
        <translation>El requisito, parafraseado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was seen, heard or read: records, places, people, numbers</source>
        <translation>Lo que se vio, oyó o leyó: registros, lugares, personas, cifras</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+167"/>
        <source>What is not fulfilled</source>
        <translation>Lo que no se cumple</translation>
    </message>
    <message>
        <location line="-155"/>
        <source>Save changes</source>
        <translation>Guardar los cambios</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Create finding</source>
        <translation>Crear hallazgo</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Grade:</source>
        <translation>&amp;Clasificación:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Location:</source>
        <translation>&amp;Ubicación:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Process:</source>
        <translation>&amp;Proceso:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Clause references</source>
        <translation>Referencias a apartados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The clauses this finding is raised against.</source>
        <translation>Los apartados respecto a los que se registra este hallazgo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Requirement</source>
        <translation>Requisito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the clause requires, in your own words.</source>
        <translation>Lo que exige el apartado, con sus propias palabras.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Objective evidence</source>
        <translation>Evidencia objetiva</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Describe what you found, and tick the notes and files that show it.</source>
        <translation>Describa lo que encontró y marque las notas y los archivos que lo demuestran.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+110"/>
        <source>What is not fulfilled, stated so the auditee can act on it.</source>
        <translation>Lo que no se cumple, expresado de forma que el auditado pueda actuar.</translation>
    </message>
    <message>
        <location line="-100"/>
        <source>&amp;Finding</source>
        <translation>&amp;Hallazgo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>F&amp;ollow-up</source>
        <translation>&amp;Seguimiento</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>A nonconformity needs a clause reference: add the clause it is raised against.</source>
        <translation>Una no conformidad necesita una referencia a un apartado: añada el apartado respecto al que se registra.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GHTF N19 grades ISO 13485 clauses 4 to 8: add one to the clause references.</source>
        <translation>GHTF N19 clasifica los apartados 4 a 8 de ISO 13485: añada uno a las referencias.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A nonconformity needs objective evidence: describe what you found or tick a note, photo or document.</source>
        <translation>Una no conformidad necesita evidencia objetiva: describa lo que encontró o marque una nota, una foto o un documento.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A nonconformity needs a statement of nonconformity: say which requirement is not fulfilled (ISO/IEC 17021-1 9.4.5.2).</source>
        <translation>Una no conformidad necesita una declaración de la no conformidad: indique qué requisito no se cumple (ISO/IEC 17021-1 9.4.5.2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Describe the finding: its objective evidence or its statement.</source>
        <translation>Describa el hallazgo: su evidencia objetiva o su declaración.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>1 minor nonconformity already on %1 — consider whether together they indicate a major.</source>
        <translation>Ya hay 1 no conformidad menor en %1 — valore si en conjunto indican una no conformidad mayor.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 minor nonconformities already on %2 — consider whether together they indicate a major.</source>
        <translation>Ya hay %1 no conformidades menores en %2 — valore si en conjunto indican una no conformidad mayor.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Statement of nonconformity</source>
        <translation>Declaración de la no conformidad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Statement</source>
        <translation>Declaración</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What was found, in a sentence or two the auditee will read in the report.</source>
        <translation>Lo que se encontró, en una o dos frases que el auditado leerá en el informe.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was found</source>
        <translation>Lo que se encontró</translation>
    </message>
</context>
<context>
    <name>FindingDetail</name>
    <message>
        <location filename="../../auditor_app/ui/findings/detail.py" line="+34"/>
        <source>raised by %1</source>
        <translation>registrado por %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No clause reference.</source>
        <translation>Sin referencia a un apartado.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clauses</source>
        <translation>Apartados</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Requirement</source>
        <translation>Requisito</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Objective evidence</source>
        <translation>Evidencia objetiva</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Statement of nonconformity</source>
        <translation>Declaración de la no conformidad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Statement</source>
        <translation>Declaración</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Root cause</source>
        <translation>Causa raíz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correction</source>
        <translation>Corrección</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Corrective action</source>
        <translation>Acción correctiva</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action owner</source>
        <translation>Responsable de la acción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due date</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verified by</source>
        <translation>Verificado por</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed on</source>
        <translation>Cerrado el</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
</context>
<context>
    <name>FindingsFeature</name>
    <message>
        <location filename="../../auditor_app/ui/findings/feature.py" line="+35"/>
        <location line="+1"/>
        <location line="+47"/>
        <source>Findings</source>
        <translation>Hallazgos</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>New &amp;finding…</source>
        <translation>Nuevo &amp;hallazgo…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show all f&amp;indings</source>
        <translation>Mostrar &amp;todos los hallazgos</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Findings (%1)</source>
        <translation>Hallazgos (%1)</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Finding %1 deleted — Edit › Undo brings it back.</source>
        <translation>Hallazgo %1 eliminado. Editar › Deshacer lo recupera.</translation>
    </message>
</context>
<context>
    <name>FindingsPage</name>
    <message>
        <location filename="../../auditor_app/ui/findings/page.py" line="+47"/>
        <source>Filter findings: reference, clause, text, owner…</source>
        <translation>Filtrar hallazgos: referencia, apartado, texto, responsable…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show findings of one grade</source>
        <translation>Mostrar los hallazgos de una clasificación</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show findings with one follow-up status</source>
        <translation>Mostrar los hallazgos con un estado de seguimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All statuses</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;New finding…</source>
        <translation>&amp;Nuevo hallazgo…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>All grades</source>
        <translation>Todas las clasificaciones</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>No findings yet. Raise one from a clause with Audit › New finding… (Ctrl+Shift+F).</source>
        <translation>Aún no hay hallazgos. Registre uno desde un apartado con Auditoría › Nuevo hallazgo… (Ctrl+Mayús+F).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Select a finding to see it in full.</source>
        <translation>Seleccione un hallazgo para verlo completo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2 findings</source>
        <translation>%1 de %2 hallazgos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 findings</source>
        <translation>%1 hallazgos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>1 finding</source>
        <translation>1 hallazgo</translation>
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
        <translation>Clasificación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clauses</source>
        <translation>Apartados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Statement</source>
        <translation>Declaración</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action owner</source>
        <translation>Responsable de la acción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Raised by</source>
        <translation>Registrado por</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <location filename="../../auditor_app/ui/cycle/follow_up_dialog.py" line="+32"/>
        <source>the item</source>
        <translation>el elemento</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Follow-up finding for %1</source>
        <translation>Hallazgo de seguimiento para %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>What is still not fulfilled</source>
        <translation>Lo que sigue sin cumplirse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The objective evidence seen in this audit</source>
        <translation>La evidencia objetiva vista en esta auditoría</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Outcome:</source>
        <translation>Resultado:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grade:</source>
        <translation>Clasificación:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clauses:</source>
        <translation>Apartados:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requirement:</source>
        <translation>Requisito:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Statement:</source>
        <translation>Declaración:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence:</source>
        <translation>Evidencia:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Raise finding</source>
        <translation>Registrar hallazgo</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Write the statement: what is still not fulfilled.</source>
        <translation>Escriba la declaración: lo que sigue sin cumplirse.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A nonconformity needs the objective evidence seen.</source>
        <translation>Una no conformidad necesita la evidencia objetiva vista.</translation>
    </message>
</context>
<context>
    <name>FollowUpForm</name>
    <message>
        <location filename="../../auditor_app/ui/findings/follow_up.py" line="+52"/>
        <source>Why did it happen? (the auditee&apos;s analysis)</source>
        <translation>¿Por qué ocurrió? (el análisis del auditado)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was done about this case</source>
        <translation>Lo que se hizo con este caso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What stops it happening again</source>
        <translation>Lo que evita que vuelva a ocurrir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agreed:</source>
        <translation>Acordada:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closed:</source>
        <translation>Cerrado:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Status:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Root cause:</source>
        <translation>Causa &amp;raíz:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;orrection:</source>
        <translation>C&amp;orrección:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Corrective &amp;action:</source>
        <translation>&amp;Acción correctiva:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action o&amp;wner:</source>
        <translation>Responsa&amp;ble de la acción:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due date:</source>
        <translation>Fecha límite:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Verified by:</source>
        <translation>&amp;Verificado por:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed on:</source>
        <translation>Cerrado el:</translation>
    </message>
</context>
<context>
    <name>GalleryPage</name>
    <message>
        <location filename="../../auditor_app/ui/evidence/gallery_page.py" line="+37"/>
        <source>Evidence</source>
        <translation>Evidencias</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filter by caption, file name or camera</source>
        <translation>Filtrar por pie de foto, nombre de archivo o cámara</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All evidence</source>
        <translation>Todas las evidencias</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not yet assigned</source>
        <translation>Aún sin asignar</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+51"/>
        <source>On the clause shown</source>
        <translation>En el apartado mostrado</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>Oldest first</source>
        <translation>Más antiguas primero</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Newest first</source>
        <translation>Más recientes primero</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sorted by the time each photo was taken</source>
        <translation>Ordenadas por la hora en que se tomó cada foto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add files…</source>
        <translation>Añadir archivos…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paste</source>
        <translation>Pegar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No evidence here.
Drop photos or documents on this page, or use Add files…</source>
        <translation>Aquí no hay evidencias.
Arrastre fotos o documentos a esta página o use Añadir archivos…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Show:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Order:</source>
        <translation>&amp;Orden:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>On clause %1</source>
        <translation>En el apartado %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 files</source>
        <translation>%1 archivos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2 files</source>
        <translation>%1 de %2 archivos</translation>
    </message>
</context>
<context>
    <name>HistoryDock</name>
    <message>
        <location filename="../../auditor_app/ui/history_dock.py" line="+28"/>
        <location line="+35"/>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select a clause to see who changed what in it, and when.</source>
        <translation>Seleccione un apartado para ver quién cambió qué en él y cuándo.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nothing has been recorded for this clause yet.</source>
        <translation>Aún no se ha registrado nada para este apartado.</translation>
    </message>
</context>
<context>
    <name>InfoPane</name>
    <message>
        <location filename="../../auditor_app/ui/evidence/viewer_info.py" line="+34"/>
        <source>What the photo shows (appears in the report)</source>
        <translation>Lo que muestra la foto (aparece en el informe)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Taken</source>
        <translation>Tomada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Camera</source>
        <translation>Cámara</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added by</source>
        <translation>Añadido por</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Picture</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Caption</source>
        <translation>Pie de foto</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Evidence integrity (SHA-256)</source>
        <translation>Integridad de la evidencia (SHA-256)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Used by</source>
        <translation>Usado en</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+1"/>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Of the original as taken; the audit stores a reduced copy.</source>
        <translation>Del original tal como se tomó; la auditoría guarda una copia reducida.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Of the file as stored, unchanged since it was added.</source>
        <translation>Del archivo tal como se guardó, sin cambios desde que se añadió.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Double-click to go to the clause</source>
        <translation>Doble clic para ir al apartado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not used by any clause or finding yet.</source>
        <translation>Aún no se usa en ningún apartado ni hallazgo.</translation>
    </message>
</context>
<context>
    <name>IssueDialog</name>
    <message>
        <location filename="../../auditor_app/ui/issuing.py" line="+43"/>
        <source>Issue report</source>
        <translation>Emitir informe</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not signed</source>
        <translation>Sin firmar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2, until %3)</source>
        <translation>%1 (%2, hasta %3)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The certificate names a team member other than the lead auditor</source>
        <translation>El certificado nombra a un miembro del equipo distinto del auditor líder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revision:</source>
        <translation>Revisión:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Profile:</source>
        <translation>&amp;Perfil:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Certificate:</source>
        <translation>&amp;Certificado:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pa&amp;ssphrase:</source>
        <translation>Frase de &amp;contraseña:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The report is written at this revision, signed, and recorded in the audit. An issued revision is never issued again: a re-issue takes the next number.</source>
        <translation>El informe se genera con esta revisión, se firma y se registra en la auditoría. Una revisión emitida no se vuelve a emitir: una reemisión toma el número siguiente.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Continue…</source>
        <translation>Continuar…</translation>
    </message>
</context>
<context>
    <name>IssueFlow</name>
    <message>
        <location line="+62"/>
        <source>Issue report</source>
        <translation>Emitir informe</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Issuing the report</source>
        <translation>Emitiendo el informe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Issuing the report to %1…</source>
        <translation>Emitiendo el informe en %1…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stopping; nothing is written or recorded…</source>
        <translation>Deteniendo; no se escribe ni se registra nada…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Signed by %1.</source>
        <translation>Firmado por %1.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not signed.</source>
        <translation>Sin firmar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revision %1 was issued and recorded in the audit.
%2

Saved as
%3</source>
        <translation>La revisión %1 se emitió y se registró en la auditoría.
%2

Guardado como
%3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It replaces revision %1.</source>
        <translation>Sustituye a la revisión %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Report issued</source>
        <translation>Informe emitido</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Issued revision %1 to %2</source>
        <translation>Revisión %1 emitida en %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Report not issued</source>
        <translation>Informe no emitido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1

No file was written and nothing was recorded.</source>
        <translation>%1

No se escribió ningún archivo ni se registró nada.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../auditor_app/ui/main_window.py" line="+93"/>
        <source>Clauses</source>
        <translation>Apartados</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Open audit</source>
        <translation>Abrir auditoría</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit files and sealed packages (*.audit *.age);;Audit files (*.audit);;Sealed packages (*.age);;All files (*)</source>
        <translation>Archivos de auditoría y paquetes sellados (*.audit *.age);;Archivos de auditoría (*.audit);;Paquetes sellados (*.age);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Copy saved to %1</source>
        <translation>Copia guardada en %1</translation>
    </message>
    <message>
        <location filename="../../auditor_app/ui/window_session.py" line="+87"/>
        <source>Cannot open audit file</source>
        <translation>No se puede abrir el archivo de auditoría</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Audit file damaged</source>
        <translation>Archivo de auditoría dañado</translation>
    </message>
    <message>
        <location filename="../../auditor_app/ui/window_views.py" line="+71"/>
        <source>Change not saved</source>
        <translation>Cambio no guardado</translation>
    </message>
    <message>
        <location filename="../../auditor_app/ui/window_menus.py" line="+16"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Audit</source>
        <translation>A&amp;uditoría</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;vidence</source>
        <translation>Ev&amp;idencias</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;sample audit</source>
        <translation>Abrir auditoría de &amp;ejemplo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save a &amp;copy…</source>
        <translation>Guardar una co&amp;pia…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Filter clauses</source>
        <translation>&amp;Filtrar apartados</translation>
    </message>
</context>
<context>
    <name>MeetingPanel</name>
    <message>
        <location filename="../../auditor_app/ui/details/meetings.py" line="+42"/>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Held at:</source>
        <translation>&amp;Fecha y hora:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Location:</source>
        <translation>&amp;Lugar:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Notas:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Agenda points confirmed, questions</source>
        <translation>Puntos del orden del día confirmados, preguntas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ac&amp;knowledgement:</source>
        <translation>&amp;Reconocimiento:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the auditee&apos;s management acknowledged</source>
        <translation>Lo que reconoció la dirección del auditado</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Name of an attendee, then Enter</source>
        <translation>Nombre de un asistente y luego Intro</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the auditee people</source>
        <translation>Añadir a las personas del auditado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everyone recorded as interviewed or contacted at the client</source>
        <translation>Todas las personas registradas como entrevistadas o contactadas en el cliente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the audit team</source>
        <translation>Añadir al equipo auditor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&lt;b&gt;Attendance&lt;/b&gt; — %1 of %2 present</source>
        <translation>&lt;b&gt;Asistencia&lt;/b&gt;: %1 de %2 presentes</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Add %1 to the %2</source>
        <translation>Añadir a %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Add %n attendees to the %1</source>
        <translation>
            <numerusform>Añadir %n asistente (%1)</numerusform>
            <numerusform>Añadir %n asistentes (%1)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Mark %1 present</source>
        <translation>Marcar a %1 como presente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mark %1 absent</source>
        <translation>Marcar a %1 como ausente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit attendee %1</source>
        <translation>Editar el asistente %1</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>&lt;b&gt;Attendance&lt;/b&gt;</source>
        <translation>&lt;b&gt;Asistencia&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <location line="+71"/>
        <source>Remove %n attendee(s)</source>
        <translation>
            <numerusform>Quitar %n asistente</numerusform>
            <numerusform>Quitar %n asistentes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MeetingsSection</name>
    <message>
        <location line="+16"/>
        <source>Opening and closing meetings</source>
        <translation>Reuniones de apertura y de cierre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attendance lists and what was agreed (ISO 19011 6.4.3 and 6.4.10).</source>
        <translation>Listas de asistencia y lo acordado (ISO 19011 6.4.3 y 6.4.10).</translation>
    </message>
</context>
<context>
    <name>MergeFlow</name>
    <message numerus="yes">
        <location filename="../../auditor_app/ui/merging.py" line="+98"/>
        <source>Checking and merging %n file(s): %1.
Every file is verified before anything is written.</source>
        <translation>
            <numerusform>Comprobando y fusionando %n archivo: %1.
Cada archivo se verifica antes de escribir nada.</numerusform>
            <numerusform>Comprobando y fusionando %n archivos: %1.
Cada archivo se verifica antes de escribir nada.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Merging team files</source>
        <translation>Fusionando archivos del equipo</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Merge a different audit?</source>
        <translation>¿Fusionar una auditoría distinta?</translation>
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
        <translation>No se ha fusionado nada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1

Your audit file was not changed.</source>
        <translation>%1

Su archivo de auditoría no ha cambiado.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: sealed package, checked; signed by %2</source>
        <translation>%1: paquete sellado, comprobado; firmado por %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Merge finished</source>
        <translation>Fusión terminada</translation>
    </message>
</context>
<context>
    <name>MergeHistory</name>
    <message>
        <location filename="../../auditor_app/ui/merge_history.py" line="+63"/>
        <source>&amp;Merge history…</source>
        <translation>Historial de &amp;fusiones…</translation>
    </message>
</context>
<context>
    <name>MergeHistoryDialog</name>
    <message>
        <location line="-38"/>
        <source>Merge history</source>
        <translation>Historial de fusiones</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Merged</source>
        <translation>Fecha de fusión</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Recorded by</source>
        <translation>Registrado por</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes</source>
        <translation>Cambios</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Evidence files</source>
        <translation>Archivos de evidencia</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>nothing new</source>
        <translation>nada nuevo</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 team file(s) merged into this audit; every change keeps its author.</source>
        <translation>%1 archivo(s) del equipo fusionado(s) en esta auditoría; cada cambio conserva su autor.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No team file has been merged into this audit yet (File › Merge team files…).</source>
        <translation>Aún no se ha fusionado ningún archivo del equipo en esta auditoría (Archivo › Fusionar archivos del equipo…).</translation>
    </message>
</context>
<context>
    <name>MergeWords</name>
    <message>
        <location filename="../../auditor_app/ui/merging.py" line="+13"/>
        <source>%1: nothing new</source>
        <translation>%1: nada nuevo</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n operation(s)</source>
        <translation>
            <numerusform>%n operación</numerusform>
            <numerusform>%n operaciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n evidence file(s)</source>
        <translation>
            <numerusform>%n archivo de evidencia</numerusform>
            <numerusform>%n archivos de evidencia</numerusform>
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
            <numerusform>%1: %n de ellos sin firmar (%2)</numerusform>
            <numerusform>%1: %n de ellos sin firmar (%2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n conflict(s) to decide: see View ▸ Conflicts.</source>
        <translation>
            <numerusform>%n conflicto por decidir: véase Ver ▸ Conflictos.</numerusform>
            <numerusform>%n conflictos por decidir: véase Ver ▸ Conflictos.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No conflicts: every team member&apos;s work agrees.</source>
        <translation>No hay conflictos: el trabajo de todos los miembros del equipo coincide.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A merge cannot be undone, and earlier changes can no longer be undone either.</source>
        <translation>Una fusión no se puede deshacer, y los cambios anteriores tampoco se podrán deshacer ya.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The audit as it was before the merge is saved as
%1</source>
        <translation>La auditoría tal como estaba antes de la fusión se ha guardado como
%1</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%1 holds %n unsigned change(s) (%2), made by a version without signing or added by hand: nothing shows who really made them.

Merge them only if you trust how the file reached you.</source>
        <translation>
            <numerusform>%1 contiene %n cambio sin firmar (%2), hecho con una versión sin firmas o añadido a mano: nada muestra quién lo hizo realmente.

Fusiónelo solo si confía en cómo le llegó el archivo.</numerusform>
            <numerusform>%1 contiene %n cambios sin firmar (%2), hechos con una versión sin firmas o añadidos a mano: nada muestra quién los hizo realmente.

Fusiónelos solo si confía en cómo le llegó el archivo.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Merge unsigned changes?</source>
        <translation>¿Fusionar cambios sin firmar?</translation>
    </message>
</context>
<context>
    <name>N19Factors</name>
    <message>
        <location filename="../../auditor_app/ui/findings/n19_factors.py" line="+25"/>
        <source>&amp;Repeat occurrence (raised at an earlier audit)</source>
        <translation>&amp;Repetición (detectada en una auditoría anterior)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No &amp;documented procedure or process</source>
        <translation>Sin procedimiento o proceso &amp;documentado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nonconforming medical devices &amp;released</source>
        <translation>Productos sanitarios no conformes &amp;liberados</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1 (computed by GHTF/SG3/N19; it cannot be picked)</source>
        <translation>%1 (calculada según GHTF/SG3/N19; no se puede elegir)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Several ISO 13485 clauses are cited: the highest grade counts (%1).</source>
        <translation>Se citan varios apartados de ISO 13485: cuenta la clasificación más alta (%1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not graded by N19: %1.</source>
        <translation>Sin clasificar según N19: %1.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Grade %1 (graded without N19 factors)</source>
        <translation>Clasificación %1 (sin factores N19)</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>No grade yet: N19 grades ISO 13485 clauses 4 to 8; add one to the clause references.</source>
        <translation>Aún sin clasificación: N19 clasifica los apartados 4 a 8 de ISO 13485; añada uno a las referencias.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Nonconformity (grade computed by GHTF N19)</source>
        <translation>No conformidad (clasificación calculada según GHTF N19)</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../../auditor_app/ui/navigation.py" line="+19"/>
        <source>&amp;Next clause</source>
        <translation>Apartado &amp;siguiente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Previous clause</source>
        <translation>Apartado &amp;anterior</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next clause not yet &amp;audited</source>
        <translation>Siguiente apartado &amp;no auditado</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Show %1</source>
        <translation>Mostrar %1</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>All clauses audited</source>
        <translation>Todos los apartados auditados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every clause of this audit has a result.</source>
        <translation>Todos los apartados de esta auditoría tienen un resultado.</translation>
    </message>
</context>
<context>
    <name>NewAuditWizard</name>
    <message>
        <location filename="../../auditor_app/ui/new_audit_wizard.py" line="+124"/>
        <source>New audit</source>
        <translation>Nueva auditoría</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Create audit</source>
        <translation>Crear auditoría</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Audit</source>
        <translation>Auditoría</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dates</source>
        <translation>Fechas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standards</source>
        <translation>Normas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 (%2 clauses)</source>
        <translation>%1 (%2 apartados)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Creating the audit</source>
        <translation>Creando la auditoría</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Creating %1…</source>
        <translation>Creando %1…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Creating %1; this cannot be stopped half-way.</source>
        <translation>Creando %1; no se puede detener a medias.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Audit not created</source>
        <translation>Auditoría no creada</translation>
    </message>
</context>
<context>
    <name>NewFromPreviousDialog</name>
    <message>
        <location filename="../../auditor_app/ui/cycle/new_from_previous.py" line="+51"/>
        <source>New audit from previous</source>
        <translation>Nueva auditoría a partir de la anterior</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Elegir…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the audit file of the previous audit of this client.</source>
        <translation>Elija el archivo de auditoría de la auditoría anterior de este cliente.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Browse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Previous audit:</source>
        <translation>Auditoría anterior:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Audit &amp;type:</source>
        <translation>Ti&amp;po de auditoría:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;itle:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dates:</source>
        <translation>Fechas:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checklists:</source>
        <translation>Listas de verificación:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as:</source>
        <translation>Guardar como:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Create audit</source>
        <translation>Crear auditoría</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Previous audit</source>
        <translation>Auditoría anterior</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+93"/>
        <source>Audit files (*.audit)</source>
        <translation>Archivos de auditoría (*.audit)</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>Reading %1…</source>
        <translation>Leyendo %1…</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>The folder %1 does not exist.</source>
        <translation>La carpeta %1 no existe.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 already exists. An audit file is never overwritten: choose another name.</source>
        <translation>%1 ya existe. Un archivo de auditoría nunca se sobrescribe: elija otro nombre.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Creating %1…</source>
        <translation>Creando %1…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Creating %1; this cannot be stopped half-way.</source>
        <translation>Creando %1; no se puede detener a medias.</translation>
    </message>
    <message>
        <location line="-105"/>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Client: %1</source>
        <translation>Cliente: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n open finding(s) to verify</source>
        <translation>
            <numerusform>%n hallazgo abierto por verificar</numerusform>
            <numerusform>%n hallazgos abiertos por verificar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n area(s) of concern to check</source>
        <translation>
            <numerusform>%n área de preocupación por comprobar</numerusform>
            <numerusform>%n áreas de preocupación por comprobar</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 cannot be used: %2</source>
        <translation>No se puede usar %1: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 (%2): no other version in the library</source>
        <translation>%1 (%2): no hay otra versión en la biblioteca</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use %1 instead of %2</source>
        <translation>Usar %1 en lugar de %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Audit</source>
        <translation>Auditoría</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>New audit file</source>
        <translation>Nuevo archivo de auditoría</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose where to save the new audit file.</source>
        <translation>Elija dónde guardar el nuevo archivo de auditoría.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Creating the audit</source>
        <translation>Creando la auditoría</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Audit not created</source>
        <translation>Auditoría no creada</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../../auditor_app/ui/note_dialog.py" line="+33"/>
        <source>Interview</source>
        <translation>Entrevista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Observation on site</source>
        <translation>Observación in situ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document review</source>
        <translation>Revisión documental</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sampling</source>
        <translation>Muestreo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>General note</source>
        <translation>Nota general</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Edit note</source>
        <translation>Editar nota</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+45"/>
        <source>Add note</source>
        <translation>Añadir nota</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Pick from the people met, or type a new name</source>
        <translation>Elija entre las personas con las que se ha hablado o escriba un nombre nuevo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Role or job title of a new interviewee</source>
        <translation>Función o cargo de una nueva persona entrevistada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hall, line, office, site…</source>
        <translation>Nave, línea, oficina, emplazamiento…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Document number or title</source>
        <translation>Número o título del documento</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. 240 purchase orders Jan–Jun</source>
        <translation>p. ej. 240 pedidos de compra de enero a junio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>random, every 10th, risk-based…</source>
        <translation>aleatorio, uno de cada diez, basado en riesgos…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not given</source>
        <translation>no indicado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The items checked, one per line</source>
        <translation>Los elementos comprobados, uno por línea</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What was said, seen or read — facts, names, document numbers…</source>
        <translation>Lo que se dijo, se vio o se leyó: hechos, nombres, números de documento…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Internal note (kept out of the client report)</source>
        <translation>Nota interna (no se incluye en el informe para el cliente)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save note</source>
        <translation>Guardar nota</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Interviewee:</source>
        <translation>Persona &amp;entrevistada:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role:</source>
        <translation>Función:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Department:</source>
        <translation>Departamento:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Document:</source>
        <translation>&amp;Documento:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;vision:</source>
        <translation>Re&amp;visión:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Population:</source>
        <translation>&amp;Población:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Method:</source>
        <translation>Método:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sample &amp;size:</source>
        <translation>Tamaño de la &amp;muestra:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Items:</source>
        <translation>Elementos:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Kind:</source>
        <translation>T&amp;ipo:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Where:</source>
        <translation>&amp;Lugar:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Text:</source>
        <translation>&amp;Texto:</translation>
    </message>
</context>
<context>
    <name>OfficeStore</name>
    <message>
        <location filename="../../auditor_app/ui/office_store/feature.py" line="+29"/>
        <source>S&amp;ync with the office store…</source>
        <translation>S&amp;incronizar con el almacén de la oficina…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office store &amp;archive…</source>
        <translation>Archi&amp;vo del almacén de la oficina…</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Preferences not saved</source>
        <translation>Preferencias no guardadas</translation>
    </message>
    <message>
        <location line="-19"/>
        <location line="+25"/>
        <source>Office store</source>
        <translation>Almacén de la oficina</translation>
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
        <translation>Tomada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Camera</source>
        <translation>Cámara</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clause</source>
        <translation>Apartado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Caption</source>
        <translation>Pie de foto</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Refused: %1</source>
        <translation>Rechazada: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duplicate: already in this audit</source>
        <translation>Duplicada: ya está en esta auditoría</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duplicate of %1</source>
        <translation>Duplicada de %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New</source>
        <translation>Nueva</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1
Suggested by the audit-plan slot the photo was taken in</source>
        <translation>%1
Propuesto por la franja del plan de auditoría en la que se tomó la foto</translation>
    </message>
</context>
<context>
    <name>PlanSection</name>
    <message>
        <location filename="../../auditor_app/ui/details/plan.py" line="+55"/>
        <source>&amp;Add slot</source>
        <translation>&amp;Añadir franja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new slot after the last one; double-click a cell to edit it</source>
        <translation>Una franja nueva después de la última; haga doble clic en una celda para editarla</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Audit plan</source>
        <translation>Plan de auditoría</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The timetable agreed with the client, in order of day and start time. Double-click a cell to edit.</source>
        <translation>El horario acordado con el cliente, por orden de día y hora de inicio. Haga doble clic en una celda para editarla.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Change %1 in the audit plan</source>
        <translation>Cambiar %1 en el plan de auditoría</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add a slot to the audit plan</source>
        <translation>Añadir una franja al plan de auditoría</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>Remove %n slot(s) from the audit plan</source>
        <translation>
            <numerusform>Quitar %n franja del plan de auditoría</numerusform>
            <numerusform>Quitar %n franjas del plan de auditoría</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../auditor_app/ui/preferences_dialog.py" line="+47"/>
        <source>The logo file is not there any more: %1</source>
        <translation>El archivo del logotipo ya no está: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not a picture that can be used: %1 (%2)</source>
        <translation>No es una imagen utilizable: %1 (%2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>As it should appear on your changes and in reports</source>
        <translation>Tal como debe aparecer en sus cambios y en los informes</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>System default</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Your certification body or consultancy</source>
        <translation>Su entidad de certificación o consultoría</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+8"/>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Built-in</source>
        <translation>Integrada</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep photos exactly as taken (largest files)</source>
        <translation>Conservar las fotos exactamente como se tomaron (archivos más grandes)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>You</source>
        <translation>Usted</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Initials:</source>
        <translation>&amp;Iniciales:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stamped on every change you make, so the audit trail shows who did what.</source>
        <translation>Se registra en cada cambio que haga, para que la pista de auditoría muestre quién hizo qué.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Window</source>
        <translation>Ventana</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Language:</source>
        <translation>I&amp;dioma:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new language takes effect at the next start.</source>
        <translation>Un idioma nuevo se aplica a partir del próximo inicio.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New audits</source>
        <translation>Auditorías nuevas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Grading of findings:</source>
        <translation>C&amp;lasificación de los hallazgos:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report branding</source>
        <translation>Imagen corporativa del informe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organización:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Logo:</source>
        <translation>Logotipo:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Default Word template:</source>
        <translation>Plantilla de Word predeterminada:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Photos added as evidence</source>
        <translation>Fotos añadidas como evidencia</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Otherwise, longest &amp;edge:</source>
        <translation>Si no, lado &amp;mayor:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JPEG &amp;quality:</source>
        <translation>&amp;Calidad JPEG:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Report logo</source>
        <translation>Logotipo del informe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pictures (*.png *.jpg *.jpeg *.bmp *.webp)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg *.bmp *.webp)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Logo not used</source>
        <translation>Logotipo no utilizado</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No logo</source>
        <translation>Sin logotipo</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Word report template</source>
        <translation>Plantilla del informe de Word</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Word documents (*.docx)</source>
        <translation>Documentos de Word (*.docx)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Template not used</source>
        <translation>Plantilla no utilizada</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Built-in template (the PDF report&apos;s sections)</source>
        <translation>Plantilla integrada (las secciones del informe PDF)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Preferences not saved</source>
        <translation>Preferencias no guardadas</translation>
    </message>
</context>
<context>
    <name>PreviousFindingsPage</name>
    <message>
        <location filename="../../auditor_app/ui/cycle/previous_page.py" line="+89"/>
        <source>What was seen that shows the action worked (or did not)</source>
        <translation>Lo que se vio y demuestra que la acción funcionó (o no)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Record verification</source>
        <translation>&amp;Registrar verificación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Raise &amp;follow-up finding…</source>
        <translation>Registrar hallazgo de &amp;seguimiento…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Outcome:</source>
        <translation>Resultado:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence:</source>
        <translation>Evidencia:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verified by:</source>
        <translation>Verificado por:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On:</source>
        <translation>El:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rests on:</source>
        <translation>Se basa en:</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Statement</source>
        <translation>Declaración</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Requirement / area</source>
        <translation>Requisito / área</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clauses</source>
        <translation>Apartados</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status then</source>
        <translation>Estado en su momento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client response</source>
        <translation>Respuesta del cliente</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not verified yet</source>
        <translation>Aún no verificado</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>A follow-up finding was raised.</source>
        <translation>Se registró un hallazgo de seguimiento.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Note: %1</source>
        <translation>Nota: %1</translation>
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
        <translation>Exportar informe (PDF)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export report (Word)</source>
        <translation>Exportar informe (Word)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export workbook (Excel)</source>
        <translation>Exportar libro de cálculo (Excel)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Profile:</source>
        <translation>&amp;Perfil:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The audit&apos;s language</source>
        <translation>Idioma de la auditoría</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Report &amp;language:</source>
        <translation>&amp;Idioma del informe:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Second language:</source>
        <translation>&amp;Segundo idioma:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Template:</source>
        <translation>Plantilla:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>P&amp;hoto size:</source>
        <translation>&amp;Tamaño de las fotos:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Continue…</source>
        <translation>Continuar…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Required in a certification report (ISO/IEC 17021-1 9.4.8)</source>
        <translation>Obligatorio en un informe de certificación (ISO/IEC 17021-1 9.4.8)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Estimated size: about %1 MB (%2 photos)</source>
        <translation>Tamaño estimado: unos %1 MB (%2 fotos)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 of %2 photos measured from copies already made; the rest estimated from typical photos. Usually within 20 %.</source>
        <translation>%1 de %2 fotos medidas en copias ya hechas; el resto, estimado a partir de fotos típicas. Normalmente con un margen del 20 %.</translation>
    </message>
</context>
<context>
    <name>RecentAuditsModel</name>
    <message>
        <location filename="../../auditor_app/ui/models/recent_audits.py" line="+53"/>
        <source>Audit</source>
        <translation>Auditoría</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dates</source>
        <translation>Fechas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>File not found: %1</source>
        <translation>Archivo no encontrado: %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>file not found</source>
        <translation>archivo no encontrado</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../auditor_app/ui/start_page.py" line="+178"/>
        <source>%1 of %2 clauses</source>
        <translation>%1 de %2 apartados</translation>
    </message>
</context>
<context>
    <name>RelatedClauses</name>
    <message>
        <location filename="../../auditor_app/ui/related_clauses.py" line="+56"/>
        <location line="+17"/>
        <source>Also relevant to</source>
        <translation>También pertinente para</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Also relevant to (%1)</source>
        <translation>También pertinente para (%1)</translation>
    </message>
</context>
<context>
    <name>RelatedClausesTab</name>
    <message>
        <location line="-45"/>
        <source>In an integrated audit, evidence for this clause often also answers these clauses of the other standards (cross-walk). Double-click to go there.</source>
        <translation>En una auditoría integrada, la evidencia de este apartado a menudo responde también a estos apartados de las demás normas (tabla de correspondencias). Haga doble clic para ir allí.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 %2 — %3 · %4</source>
        <translation>%1 %2 — %3 · %4</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No corresponding clause in the other standards loaded in this audit.</source>
        <translation>No hay ningún apartado correspondiente en las demás normas cargadas en esta auditoría.</translation>
    </message>
</context>
<context>
    <name>ResultDelegate</name>
    <message>
        <location filename="../../auditor_app/ui/search_panel.py" line="+118"/>
        <source>Not tied to a clause</source>
        <translation>Sin vincular a un apartado</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <location filename="../../auditor_app/ui/evidence_import/review_dialog.py" line="+64"/>
        <source>Import photos</source>
        <translation>Importar fotos</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>↑ ↓ move between photos · type a clause number, Enter to confirm and go on · Space includes or leaves out a photo · Tab to the caption · Ctrl+Enter imports</source>
        <translation>↑ ↓ pasar de una foto a otra · escriba un número de apartado, Intro para confirmar y seguir · Espacio incluye o excluye una foto · Tab va al pie de foto · Ctrl+Intro importa</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>“%1” is not a clause of this audit; the clause was left as it was.</source>
        <translation>«%1» no es un apartado de esta auditoría; el apartado se ha dejado como estaba.</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%n photo(s) found in %1</source>
        <translation>
            <numerusform>%n foto encontrada en %1</numerusform>
            <numerusform>%n fotos encontradas en %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n already in this audit or found twice</source>
        <translation>
            <numerusform>%n ya está en esta auditoría o se encontró dos veces</numerusform>
            <numerusform>%n ya están en esta auditoría o se encontraron dos veces</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n refused</source>
        <translation>
            <numerusform>%n rechazada</numerusform>
            <numerusform>%n rechazadas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each photo is suggested the first clause of the audit-plan slot it was taken in. Confirm or change it.</source>
        <translation>A cada foto se le propone el primer apartado de la franja del plan de auditoría en la que se tomó. Confírmelo o cámbielo.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n photo(s) to import have no clause yet.</source>
        <translation>
            <numerusform>%n foto por importar aún no tiene apartado.</numerusform>
            <numerusform>%n fotos por importar aún no tienen apartado.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Import %n photo(s)</source>
        <translation>
            <numerusform>Importar %n foto</numerusform>
            <numerusform>Importar %n fotos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScopePage</name>
    <message>
        <location filename="../../auditor_app/ui/new_audit_wizard.py" line="-103"/>
        <source>Scope, objectives and criteria</source>
        <translation>Alcance, objetivos y criterios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As agreed with the client; the report states them (ISO 19011 6.5.1).</source>
        <translation>Tal como se acordaron con el cliente; el informe los indica (ISO 19011 6.5.1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activities, products, processes and sites covered, e.g. Design and manufacture of precision turned parts for the automotive industry</source>
        <translation>Actividades, productos, procesos y emplazamientos cubiertos, p. ej. Diseño y fabricación de piezas torneadas de precisión para la industria del automóvil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. Determine the conformity of the management system with the audit criteria and its ability to meet its objectives</source>
        <translation>p. ej. Determinar la conformidad del sistema de gestión con los criterios de auditoría y su capacidad para lograr sus objetivos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The standards, plus the client&apos;s own requirements</source>
        <translation>Las normas, más los requisitos propios del cliente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Scope:</source>
        <translation>&amp;Alcance:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Objectives:</source>
        <translation>&amp;Objetivos:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Criteria:</source>
        <translation>&amp;Criterios:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1; the client&apos;s management system documentation; applicable legal requirements</source>
        <translation>%1; la documentación del sistema de gestión del cliente; los requisitos legales aplicables</translation>
    </message>
</context>
<context>
    <name>SearchFeature</name>
    <message>
        <location filename="../../auditor_app/ui/search_feature.py" line="+54"/>
        <source>&amp;Find in audit…</source>
        <translation>&amp;Buscar en la auditoría…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;History</source>
        <translation>&amp;Historial</translation>
    </message>
    <message>
        <location line="+38"/>
        <location line="+29"/>
        <source>Search is not available: %1</source>
        <translation>La búsqueda no está disponible: %1</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>%1 — with its notes, evidence and findings</source>
        <translation>%1 — con sus notas, evidencias y hallazgos</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>This item is not tied to a clause.</source>
        <translation>Este elemento no está vinculado a ningún apartado.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Evidence</source>
        <translation>Evidencias</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../auditor_app/ui/search_panel.py" line="+12"/>
        <source>Find in audit</source>
        <translation>Buscar en la auditoría</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search notes, findings, evidence, people…</source>
        <translation>Buscar notas, hallazgos, evidencias, personas…</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Type to search notes, findings, evidence captions and file names, people and clause titles.</source>
        <translation>Escriba para buscar en notas, hallazgos, pies de foto y nombres de archivo de las evidencias, personas y títulos de apartados.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Indexing the audit…</source>
        <translation>Indexando la auditoría…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No matches for “%1”.</source>
        <translation>No hay resultados para «%1».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The first %1 results — add a word to narrow the search.</source>
        <translation>Los primeros %1 resultados: añada una palabra para acotar la búsqueda.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 results</source>
        <translation>%1 resultados</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 result in 1 clause</source>
        <translation>1 resultado en 1 apartado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 results in 1 clause</source>
        <translation>%1 resultados en 1 apartado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 results in %2 clauses</source>
        <translation>%1 resultados en %2 apartados</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>1 result</source>
        <translation>1 resultado</translation>
    </message>
</context>
<context>
    <name>SecretDialog</name>
    <message>
        <location filename="../../auditor_app/ui/package_keys.py" line="+52"/>
        <source>Other key file…</source>
        <translation>Otro archivo de clave…</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <location filename="../../auditor_app/ui/details/signature_pad.py" line="+48"/>
        <source>Signature pad</source>
        <translation>Panel de firma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign here with a pen, a finger or the mouse</source>
        <translation>Firme aquí con un lápiz, el dedo o el ratón</translation>
    </message>
    <message>
        <location line="+176"/>
        <source>Sign above the line</source>
        <translation>Firme encima de la línea</translation>
    </message>
</context>
<context>
    <name>SignoffBox</name>
    <message>
        <location filename="../../auditor_app/ui/details/signoff_list.py" line="+101"/>
        <source>Sign attendance…</source>
        <translation>Firmar la asistencia…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The client&apos;s representative signs on the screen that they attended the closing meeting</source>
        <translation>El representante del cliente firma en la pantalla que asistió a la reunión de cierre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Acknowledge findings…</source>
        <translation>Reconocer los hallazgos…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The client&apos;s representative signs on the screen that the findings were presented to them</source>
        <translation>El representante del cliente firma en la pantalla que se le presentaron los hallazgos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove sign-off</source>
        <translation>Quitar la firma</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&lt;b&gt;Sign-offs&lt;/b&gt; — %1</source>
        <translation>&lt;b&gt;Firmas&lt;/b&gt; — %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Sign-offs&lt;/b&gt;</source>
        <translation>&lt;b&gt;Firmas&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Sign-off by %1</source>
        <translation>Firma de %1</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Remove %n sign-off(s)</source>
        <translation>
            <numerusform>Quitar %n firma</numerusform>
            <numerusform>Quitar %n firmas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SignoffDialog</name>
    <message>
        <location filename="../../auditor_app/ui/details/signoff_dialog.py" line="+36"/>
        <source>I attended the closing meeting of the audit “%1” of %2 on %3.</source>
        <translation>Asistí a la reunión de cierre de la auditoría «%1» de %2 el %3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Location: %1</source>
        <translation>Lugar: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The findings of the audit “%1” of %2 were presented to me at the closing meeting on %3. I have understood them:</source>
        <translation>Los hallazgos de la auditoría «%1» de %2 me fueron presentados en la reunión de cierre del %3. Los he entendido:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(no findings were raised)</source>
        <translation>(no se registraron hallazgos)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Please read the statement, check your name, and sign in the box below.</source>
        <translation>Lea la declaración, compruebe su nombre y firme en el recuadro de abajo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Statement</source>
        <translation>Declaración</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Role:</source>
        <translation>&amp;Cargo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organización:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Clear</source>
        <translation>&amp;Borrar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Sign</source>
        <translation>&amp;Firmar</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Signature:</source>
        <translation>Firma:</translation>
    </message>
</context>
<context>
    <name>SignoffModel</name>
    <message>
        <location filename="../../auditor_app/ui/details/signoff_list.py" line="-155"/>
        <source>Signature</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed</source>
        <translation>Firmado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Signed at</source>
        <translation>Firmado el</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>(image missing)</source>
        <translation>(falta la imagen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SHA-256 of the image: %1</source>
        <translation>SHA-256 de la imagen: %1</translation>
    </message>
</context>
<context>
    <name>Stage1Page</name>
    <message>
        <location filename="../../auditor_app/ui/cycle/stage1_page.py" line="+44"/>
        <source>Why: what was seen of the documented system, the sites, the internal audits and the management review</source>
        <translation>Por qué: lo que se vio del sistema documentado, los emplazamientos, las auditorías internas y la revisión por la dirección</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Save readiness</source>
        <translation>&amp;Guardar preparación</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Readiness for Stage 2</source>
        <translation>Preparación para la etapa 2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conclusion:</source>
        <translation>Conclusión:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reasons:</source>
        <translation>Motivos:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Add…</source>
        <translation>&amp;Añadir…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Areas of concern (checked at Stage 2)</source>
        <translation>Áreas de preocupación (se comprueban en la etapa 2)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>These were recorded when this audit was a Stage 1.</source>
        <translation>Se registraron cuando esta auditoría era de etapa 1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not concluded yet</source>
        <translation>Aún sin concluir</translation>
    </message>
</context>
<context>
    <name>StandardsPage</name>
    <message>
        <location filename="../../auditor_app/ui/new_audit_wizard.py" line="-87"/>
        <source>Standards</source>
        <translation>Normas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The audit criteria: one standard, or several for an integrated audit. Each brings its clauses with audit questions and typical evidence.</source>
        <translation>Los criterios de auditoría: una norma, o varias para una auditoría integrada. Cada una aporta sus apartados con preguntas de auditoría y evidencias típicas.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reading the checklist library…</source>
        <translation>Leyendo la biblioteca de listas de verificación…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>built in</source>
        <translation>incluida</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>your own checklist</source>
        <translation>su propia lista de verificación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 clauses · edition %2 · %3</source>
        <translation>%1 apartados · edición %2 · %3</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The checklist library cannot be read: %1</source>
        <translation>No se puede leer la biblioteca de listas de verificación: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Choose at least one standard.</source>
        <translation>Elija al menos una norma.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 chosen, %2 clauses in all.</source>
        <translation>Elegidas: %1; %2 apartados en total.</translation>
    </message>
</context>
<context>
    <name>StartFeature</name>
    <message>
        <location filename="../../auditor_app/ui/start_feature.py" line="+54"/>
        <source>&amp;New audit…</source>
        <translation>&amp;Nueva auditoría…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
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
        <translation>Banco de trabajo sin conexión para auditorías de sistemas de gestión: planificar, auditar in situ, fusionar el trabajo del equipo e informar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New audit…</source>
        <translation>Nueva auditoría…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client, dates, standards and team; creates the audit file.</source>
        <translation>Cliente, fechas, normas y equipo; crea el archivo de auditoría.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open…</source>
        <translation>Abrir…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>An audit file from this computer or a team member.</source>
        <translation>Un archivo de auditoría de este ordenador o de un miembro del equipo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open sample audit</source>
        <translation>Abrir auditoría de ejemplo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A finished integrated ISO 9001 + 14001 audit to explore.</source>
        <translation>Una auditoría integrada ISO 9001 + 14001 terminada, para explorar.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Recent audits</source>
        <translation>Auditorías recientes</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+144"/>
        <source>Remove from list</source>
        <translation>Quitar de la lista</translation>
    </message>
    <message>
        <location line="-143"/>
        <source>Forget the selected audit here; the file itself is not touched.</source>
        <translation>Olvidar aquí la auditoría seleccionada; el archivo en sí no se toca.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No recent audits yet. The audits you create or open are listed here, with how far each one has got.</source>
        <translation>Aún no hay auditorías recientes. Las auditorías que cree o abra aparecen aquí, con su grado de avance.</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Audit file not found</source>
        <translation>Archivo de auditoría no encontrado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1

This file is no longer there: it may have been moved, renamed or deleted, or be on a USB stick that is not plugged in.

Remove it from the list of recent audits?</source>
        <translation>%1

Este archivo ya no está ahí: puede que se haya movido, cambiado de nombre o eliminado, o que esté en una memoria USB que no está conectada.

¿Quitarlo de la lista de auditorías recientes?</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>List not changed</source>
        <translation>Lista sin cambios</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show in folder</source>
        <translation>Mostrar en la carpeta</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <location filename="../../auditor_app/ui/window_chrome.py" line="+39"/>
        <source>No audit open — File › New audit…, Open… or Open sample audit</source>
        <translation>Ninguna auditoría abierta: Archivo › Nueva auditoría…, Abrir… o Abrir auditoría de ejemplo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 [read-only]</source>
        <translation>%1 [solo lectura]</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1 of %n clause(s) audited</source>
        <translation>
            <numerusform>%1 de %n apartado auditado</numerusform>
            <numerusform>%1 de %n apartados auditados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n hallazgo</numerusform>
            <numerusform>%n hallazgos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflicto</numerusform>
            <numerusform>%n conflictos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>last edit stored at %1</source>
        <translation>última modificación guardada: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>read-only: %1</source>
        <translation>solo lectura: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>read-only</source>
        <translation>solo lectura</translation>
    </message>
</context>
<context>
    <name>StoreAddressBox</name>
    <message>
        <location filename="../../auditor_app/ui/store_address.py" line="+189"/>
        <source>Office store</source>
        <translation>Almacén de la oficina</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change…</source>
        <translation>Cambiar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sync with %1</source>
        <translation>Sincronizar con %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not set: asked for at the first sync</source>
        <translation>Sin definir: se pregunta en la primera sincronización</translation>
    </message>
</context>
<context>
    <name>StoreAddressDialog</name>
    <message>
        <location line="-178"/>
        <source>Encrypted, the server&apos;s certificate checked (recommended)</source>
        <translation>Cifrado, con el certificado del servidor comprobado (recomendado)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encrypted, the server not checked</source>
        <translation>Cifrado, sin comprobar el servidor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not encrypted</source>
        <translation>Sin cifrar</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Office store</source>
        <translation>Almacén de la oficina</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>store.example-cb.com</source>
        <translation>almacen.ejemplo-oc.es</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your login name at the store</source>
        <translation>Su nombre de usuario en el almacén</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The system&apos;s certificate authorities</source>
        <translation>Las autoridades de certificación del sistema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&amp;Server:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Port:</source>
        <translation>&amp;Puerto:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Database:</source>
        <translation>&amp;Base de datos:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Role:</source>
        <translation>&amp;Rol:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Encryption:</source>
        <translation>&amp;Cifrado:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;CA certificate:</source>
        <translation>Certificado de la &amp;CA:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Address:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fill in what your certification body&apos;s administrator gave you, or paste the address they sent. No password is kept here: it is asked for when the store needs it.</source>
        <translation>Rellene lo que le dio el administrador de su organismo de certificación o pegue la dirección que le envió. Aquí no se guarda ninguna contraseña: se pide cuando el almacén la necesita.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Without encryption, your password and the audit travel in the clear: anyone on the network can read them. Use it only on a network you trust.</source>
        <translation>Sin cifrado, su contraseña y la auditoría viajan en claro: cualquiera en la red puede leerlas. Úselo solo en una red de confianza.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server&apos;s certificate is not checked: anyone between you and the store can pose as it.</source>
        <translation>El certificado del servidor no se comprueba: cualquiera entre usted y el almacén puede hacerse pasar por él.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>libpq&apos;s default (prefer)</source>
        <translation>Valor predeterminado de libpq (prefer)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>CA certificate</source>
        <translation>Certificado de la CA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificates (*.crt *.pem *.cer);;All files (*)</source>
        <translation>Certificados (*.crt *.pem *.cer);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>StorePasswordDialog</name>
    <message>
        <location filename="../../auditor_app/ui/office_store/password.py" line="+19"/>
        <location line="+72"/>
        <source>Office store password</source>
        <translation>Contraseña del almacén de la oficina</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>Your password at the %1:</source>
        <translation>Su contraseña en el %1:</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Remember in %1 (not asked again on this computer)</source>
        <translation>Recordar en %1 (no volver a preguntar en este equipo)</translation>
    </message>
</context>
<context>
    <name>StoreRun</name>
    <message>
        <location filename="../../auditor_app/ui/office_store/archive_run.py" line="+35"/>
        <source>Stopping… Nothing is written.</source>
        <translation>Deteniendo… No se escribe nada.</translation>
    </message>
</context>
<context>
    <name>SyncFlow</name>
    <message>
        <location filename="../../auditor_app/ui/office_store/password.py" line="+10"/>
        <source>office store %1:%2, database %3</source>
        <translation>almacén de la oficina %1:%2, base de datos %3</translation>
    </message>
    <message>
        <location filename="../../auditor_app/ui/office_store/flow.py" line="+56"/>
        <source>Synchronising with %1: your changes go to the store first, then your team&apos;s come into this audit.</source>
        <translation>Sincronizando con %1: primero sus cambios van al almacén, luego los de su equipo llegan a esta auditoría.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+41"/>
        <source>Office store</source>
        <translation>Almacén de la oficina</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Stopping after the current batch… What was pushed stays in the store; nothing is pulled into your audit.</source>
        <translation>Deteniendo tras el lote actual… Lo enviado se queda en el almacén; no se trae nada a su auditoría.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Sync cancelled</source>
        <translation>Sincronización cancelada</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1

Your audit file was not changed.</source>
        <translation>%1

Su archivo de auditoría no ha cambiado.</translation>
    </message>
    <message>
        <location filename="../../auditor_app/ui/office_store/password.py" line="+36"/>
        <source>The password remembered in %1 was refused by the store.</source>
        <translation>El almacén rechazó la contraseña guardada en %1.</translation>
    </message>
    <message>
        <location filename="../../auditor_app/ui/office_store/flow.py" line="+5"/>
        <source>The audit is now in the office store, assigned to you.</source>
        <translation>La auditoría ya está en el almacén de la oficina, asignada a usted.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n operation(s)</source>
        <translation>
            <numerusform>%n operación</numerusform>
            <numerusform>%n operaciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n evidence file(s)</source>
        <translation>
            <numerusform>%n archivo de evidencia</numerusform>
            <numerusform>%n archivos de evidencia</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pushed to %1: %2, %3</source>
        <translation>Enviado a %1: %2, %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing new from your team in the store.</source>
        <translation>Nada nuevo de su equipo en el almacén.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n conflict(s) still to decide: see View ▸ Conflicts.</source>
        <translation>
            <numerusform>%n conflicto aún por decidir: véase Ver ▸ Conflictos.</numerusform>
            <numerusform>%n conflictos aún por decidir: véase Ver ▸ Conflictos.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sync finished</source>
        <translation>Sincronización terminada</translation>
    </message>
</context>
<context>
    <name>TeamMemberDialog</name>
    <message>
        <location filename="../../auditor_app/ui/details/team.py" line="+36"/>
        <source>Edit team member</source>
        <translation>Editar miembro del equipo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add team member</source>
        <translation>Añadir miembro del equipo</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Certification body or company</source>
        <translation>Entidad de certificación o empresa</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add member</source>
        <translation>Añadir miembro</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Role:</source>
        <translation>&amp;Rol:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organización:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;Correo electrónico:</translation>
    </message>
</context>
<context>
    <name>TeamModel</name>
    <message>
        <location filename="../../auditor_app/ui/new_audit_team.py" line="+87"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 (you)</source>
        <translation>%1 (usted)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your name comes from Edit ▸ Preferences; it is also stamped on every change you make.</source>
        <translation>Su nombre procede de Editar ▸ Preferencias; también se registra en cada cambio que haga.</translation>
    </message>
</context>
<context>
    <name>TeamPage</name>
    <message>
        <location line="+48"/>
        <source>Audit team</source>
        <translation>Equipo auditor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One lead auditor, and the auditors, technical experts and observers with them. Double-click a cell to change it.</source>
        <translation>Un líder del equipo auditor y los auditores, expertos técnicos y observadores que lo acompañan. Haga doble clic en una celda para cambiarla.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Add member</source>
        <translation>&amp;Añadir miembro</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You are listed as “%1”. To appear under your full name, cancel and set it in Edit ▸ Preferences… first: it is stamped on every change you make.</source>
        <translation>Figura como «%1». Para aparecer con su nombre completo, cancele e indíquelo antes en Editar ▸ Preferencias…: se registra en cada cambio que haga.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Make one team member the lead auditor.</source>
        <translation>Designe a un miembro del equipo como líder del equipo auditor.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only one team member can be the lead auditor.</source>
        <translation>Solo un miembro del equipo puede ser el líder del equipo auditor.</translation>
    </message>
</context>
<context>
    <name>TeamSection</name>
    <message>
        <location filename="../../auditor_app/ui/details/team.py" line="+22"/>
        <source>&amp;Add member…</source>
        <translation>&amp;Añadir miembro…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Audit team</source>
        <translation>Equipo auditor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The lead auditor, auditors, technical experts and observers named in the report.</source>
        <translation>El líder del equipo auditor, los auditores, los expertos técnicos y los observadores que figuran en el informe.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Add team member %1</source>
        <translation>Añadir a %1 al equipo</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Edit team member %1</source>
        <translation>Editar los datos de %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove team member %1</source>
        <translation>Quitar a %1 del equipo</translation>
    </message>
</context>
<context>
    <name>TeamWork</name>
    <message>
        <location filename="../../auditor_app/ui/team.py" line="+41"/>
        <source>&amp;Merge team files…</source>
        <translation>&amp;Fusionar archivos del equipo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Hand over a copy…</source>
        <translation>Entre&amp;gar una copia…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+75"/>
        <source>&amp;Conflicts</source>
        <translation>&amp;Conflictos</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>&amp;Conflicts (%1)</source>
        <translation>&amp;Conflictos (%1)</translation>
    </message>
</context>
<context>
    <name>TemplateField</name>
    <message>
        <location filename="../../auditor_app/ui/details/template_field.py" line="+23"/>
        <source>The certification body&apos;s Word template this audit&apos;s report is filled into; templates are added in Edit › Preferences</source>
        <translation>La plantilla de Word del organismo de certificación que se rellena con el informe de esta auditoría; las plantillas se añaden en Editar › Preferencias</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Built-in template</source>
        <translation>Plantilla integrada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Default from preferences (%1)</source>
        <translation>Predeterminada de las preferencias (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default from preferences (none set: built-in template)</source>
        <translation>Predeterminada de las preferencias (ninguna elegida: plantilla integrada)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 (not on this computer)</source>
        <translation>%1 (no está en este ordenador)</translation>
    </message>
</context>
<context>
    <name>TemplateLibraryBox</name>
    <message>
        <location filename="../../auditor_app/ui/template_library_box.py" line="+32"/>
        <source>Word templates on this computer</source>
        <translation>Plantillas de Word en este ordenador</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Add…</source>
        <translation>&amp;Añadir…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Each audit chooses one of these for its Word report on its Audit page (Word report template). Added and removed at once, for every audit on this computer.</source>
        <translation>Cada auditoría elige una de ellas para su informe de Word en su página Auditoría (Plantilla del informe de Word). Se añaden y quitan al momento, para todas las auditorías de este ordenador.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 KB, changed %2</source>
        <translation>%1 KB, modificada el %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>None yet: add your certification body&apos;s templates</source>
        <translation>Ninguna todavía: añada las plantillas de su organismo de certificación</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+4"/>
        <source>Add a Word report template</source>
        <translation>Añadir una plantilla de informe de Word</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Word documents (*.docx)</source>
        <translation>Documentos de Word (*.docx)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name shown to audits (e.g. the scheme and language):</source>
        <translation>Nombre que verán las auditorías (p. ej. el esquema y el idioma):</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Replace the template?</source>
        <translation>¿Reemplazar la plantilla?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A template called “%1” is already on this computer. Replace it with %2? Audits that use it will use the new one.</source>
        <translation>Ya hay una plantilla llamada «%1» en este ordenador. ¿Reemplazarla por %2? Las auditorías que la usan usarán la nueva.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Template not added</source>
        <translation>Plantilla no añadida</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Remove the template?</source>
        <translation>¿Quitar la plantilla?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove “%1” from this computer? Audits that use it keep its name, and their Word report is refused here until it is added again.</source>
        <translation>¿Quitar «%1» de este ordenador? Las auditorías que la usan conservan su nombre, y su informe de Word se rechaza aquí hasta que se vuelva a añadir.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Template not removed</source>
        <translation>Plantilla no quitada</translation>
    </message>
</context>
<context>
    <name>UnpackFlow</name>
    <message>
        <location filename="../../auditor_app/ui/unpacking.py" line="+36"/>
        <source>Decrypting and checking %1: its signature, every file and the audit…</source>
        <translation>Descifrando y comprobando %1: su firma, cada archivo y la auditoría…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stopping at the next step… Nothing is written.</source>
        <translation>Deteniéndose en el siguiente paso… No se escribe nada.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open sealed package</source>
        <translation>Abrir paquete sellado</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Writing the files of %1 into %2…</source>
        <translation>Escribiendo los archivos de %1 en %2…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The files are being written; stopping half-way is not possible.</source>
        <translation>Se están escribiendo los archivos; no es posible detenerse a mitad.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1

Nothing was written, and the open audit is as it was.</source>
        <translation>%1

No se ha escrito nada y la auditoría abierta sigue como estaba.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Package not opened</source>
        <translation>Paquete no abierto</translation>
    </message>
</context>
<context>
    <name>annotate</name>
    <message>
        <location filename="../../auditor_app/ui/annotate/__init__.py" line="+32"/>
        <source>Annotate photo</source>
        <translation>Anotar foto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This audit file is open read-only, so its photos cannot be annotated.</source>
        <translation>Este archivo de auditoría está abierto en modo de solo lectura, por lo que sus fotos no se pueden anotar.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot annotate photo</source>
        <translation>No se puede anotar la foto</translation>
    </message>
</context>
<context>
    <name>clause_filter</name>
    <message>
        <location filename="../../auditor_app/ui/models/clause_filter.py" line="+29"/>
        <source>All clauses</source>
        <translation>Todos los apartados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My clauses</source>
        <translation>Mis apartados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not yet audited</source>
        <translation>Sin auditar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With findings</source>
        <translation>Con hallazgos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audited (any result)</source>
        <translation>Auditados (cualquier resultado)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With nonconformity</source>
        <translation>Con no conformidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With observation</source>
        <translation>Con observación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With opportunity for improvement</source>
        <translation>Con oportunidad de mejora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conforming</source>
        <translation>Conformes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not applicable</source>
        <translation>No aplicables</translation>
    </message>
</context>
<context>
    <name>clause_nodes</name>
    <message>
        <location filename="../../auditor_app/ui/models/clause_nodes.py" line="+50"/>
        <source>Checklist</source>
        <translation>Lista de verificación</translation>
    </message>
</context>
<context>
    <name>clause_page</name>
    <message>
        <location filename="../../auditor_app/ui/clause_page.py" line="-215"/>
        <source>unknown person</source>
        <translation>persona desconocida</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 rev. %2</source>
        <translation>%1 rev. %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>sample of %1 from %2</source>
        <translation>muestra de %1 entre %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sample of %1</source>
        <translation>muestra de %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>recorded by %1</source>
        <translation>registrado por %1</translation>
    </message>
</context>
<context>
    <name>commands</name>
    <message>
        <location filename="../../auditor_app/ui/commands.py" line="+55"/>
        <source>Set %1 to %2</source>
        <translation>Establecer %1 como %2</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Add note to %1</source>
        <translation>Añadir nota a %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Edit note on %1</source>
        <translation>Editar nota de %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit note</source>
        <translation>Editar nota</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Delete note on %1</source>
        <translation>Eliminar nota de %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete note</source>
        <translation>Eliminar nota</translation>
    </message>
</context>
<context>
    <name>conflict_list</name>
    <message>
        <location filename="../../auditor_app/ui/models/conflict_list.py" line="+72"/>
        <source>deleted by %1, changed by %2</source>
        <translation>eliminado por %1, modificado por %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>changed differently by %1</source>
        <translation>modificado de forma distinta por %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 and %2</source>
        <translation>%1 y %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Deleted or kept</source>
        <translation>Eliminado o conservado</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 “%2”</source>
        <translation>%1 «%2»</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Deleted</source>
        <translation>Eliminado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Restored</source>
        <translation>Restaurado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown auditor</source>
        <translation>auditor desconocido</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>conflicts</name>
    <message>
        <location filename="../../auditor_app/ui/conflicts.py" line="-202"/>
        <source>No conflicts — every team member&apos;s work agrees.</source>
        <translation>No hay conflictos: el trabajo de todos los miembros del equipo coincide.</translation>
    </message>
</context>
<context>
    <name>copies</name>
    <message>
        <location filename="../../auditor_app/ui/copies.py" line="+19"/>
        <source>Audit files (*.audit)</source>
        <translation>Archivos de auditoría (*.audit)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sealed packages (*.age)</source>
        <translation>Paquetes sellados (*.age)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 (copy)</source>
        <translation>%1 (copia)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save a copy</source>
        <translation>Guardar una copia</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Copy not saved</source>
        <translation>Copia no guardada</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Hand over a copy</source>
        <translation>Entregar una copia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team member who will work on the copy:</source>
        <translation>Miembro del equipo que trabajará en la copia:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The package for %1 is signed with your key. Its passphrase:</source>
        <translation>El paquete para %1 se firma con su clave. Su frase de contraseña:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Writing and checking the copy for %1…</source>
        <translation>Escribiendo y comprobando la copia para %1…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The copy is being written; stopping half-way is not possible. It ends in a moment.</source>
        <translation>Se está escribiendo la copia; no es posible detenerla a medias. Termina en un momento.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The sealed copy for %1 is saved as
%2

It is encrypted and signed by you: %1 opens it with “auditor-app unpack” (or the standard age tool) and, when done, sends the audit file back to merge with File ▸ Merge team files…</source>
        <translation>La copia sellada para %1 se ha guardado como
%2

Está cifrada y firmada por usted: %1 la abre con «auditor-app unpack» (o la herramienta estándar age) y, al terminar, devuelve el archivo de auditoría para fusionarlo con Archivo ▸ Fusionar archivos del equipo…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hand-over copy saved</source>
        <translation>Copia de entrega guardada</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>The copy for %1 is saved as
%2

When %1 is done, merge the file back with File ▸ Merge team files…</source>
        <translation>La copia para %1 se ha guardado como
%2

Cuando %1 termine, vuelva a fusionar el archivo con Archivo ▸ Fusionar archivos del equipo…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Copy not handed over</source>
        <translation>Copia no entregada</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No: a plain audit file</source>
        <translation>No: un archivo de auditoría normal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Yes, with a passphrase</source>
        <translation>Sí, con una frase de contraseña</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yes, to %1&apos;s key</source>
        <translation>Sí, para la clave de %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seal the copy (encrypt)? A sealed package is signed by you and opens only with the passphrase or the member&apos;s key:</source>
        <translation>¿Sellar la copia (cifrar)? Un paquete sellado lo firma usted y solo se abre con la frase de contraseña o la clave del miembro:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Passphrase for %1&apos;s package (%2 characters or more; tell it to %1 another way than the file travels):</source>
        <translation>Frase de contraseña del paquete de %1 (%2 caracteres o más; comuníquesela a %1 por otra vía distinta del archivo):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The two passphrases differ; nothing was written.</source>
        <translation>Las dos frases de contraseña no coinciden; no se ha escrito nada.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1&apos;s public key (their “auditor-app key show” prints it), so that their copy signs every change and merging checks it. Leave empty for an unsigned copy:</source>
        <translation>Clave pública de %1 (la muestra «auditor-app key show»), para que su copia firme cada cambio y la fusión lo compruebe. Déjelo vacío para una copia sin firmar:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Binding %1&apos;s key is signed with your own key. Its passphrase:</source>
        <translation>La vinculación de la clave de %1 se firma con su propia clave. Su frase de contraseña:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>You have no signing key yet; one is made now. Choose its passphrase (8 characters or more):</source>
        <translation>Aún no tiene clave de firma; se crea ahora. Elija su frase de contraseña (8 caracteres o más):</translation>
    </message>
    <message>
        <location filename="../../auditor_app/ui/signing_dialogs.py" line="+59"/>
        <source>The same passphrase again:</source>
        <translation>La misma frase de contraseña otra vez:</translation>
    </message>
    <message>
        <location filename="../../auditor_app/ui/copies.py" line="+2"/>
        <source>The two passphrases differ; no key was made.</source>
        <translation>Las dos frases de contraseña no coinciden; no se creó ninguna clave.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Your signing key is made (fingerprint %1). It signs this audit as its lead from now on.</source>
        <translation>Su clave de firma está creada (huella %1). A partir de ahora firma esta auditoría como líder.</translation>
    </message>
</context>
<context>
    <name>crash</name>
    <message>
        <location filename="../../auditor_app/ui/crash.py" line="+23"/>
        <source>auditor-app — unexpected error</source>
        <translation>auditor-app: error inesperado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something went wrong inside auditor-app.

%1

Changes made before this error are saved in your audit file.</source>
        <translation>Se ha producido un error interno en auditor-app.

%1

Los cambios hechos antes de este error están guardados en su archivo de auditoría.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The details were written to %1</source>
        <translation>Los detalles se han escrito en %1</translation>
    </message>
</context>
<context>
    <name>entities</name>
    <message>
        <location filename="../../auditor_app/ui/i18n.py" line="+136"/>
        <source>Audit details</source>
        <translation>Datos de la auditoría</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Team member</source>
        <translation>Miembro del equipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checklist</source>
        <translation>Lista de verificación</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Clause</source>
        <translation>Apartado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence</source>
        <translation>Evidencia</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Finding</source>
        <translation>Hallazgo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link</source>
        <translation>Vínculo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Audit plan row</source>
        <translation>Fila del plan de auditoría</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Attendee</source>
        <translation>Asistente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item from a previous audit</source>
        <translation>Elemento de una auditoría anterior</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Area of concern</source>
        <translation>Área de preocupación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit time</source>
        <translation>Tiempo de auditoría</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Issued report</source>
        <translation>Informe emitido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign-off</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Signing key</source>
        <translation>Clave de firma</translation>
    </message>
</context>
<context>
    <name>evidence_import.workers</name>
    <message>
        <location filename="../../auditor_app/ui/evidence_import/workers.py" line="+51"/>
        <source>Stopping after the photos being processed…</source>
        <translation>Deteniendo tras las fotos que se están procesando…</translation>
    </message>
</context>
<context>
    <name>export_dialogs</name>
    <message>
        <location filename="../../auditor_app/ui/export_dialogs.py" line="-120"/>
        <source>Certification audit</source>
        <translation>Auditoría de certificación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Internal audit</source>
        <translation>Auditoría interna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gap analysis</source>
        <translation>Análisis de brechas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cover page</source>
        <translation>Portada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contents</source>
        <translation>Índice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit details</source>
        <translation>Datos de la auditoría</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage 1 conclusions</source>
        <translation>Conclusiones de la etapa 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diverging opinions</source>
        <translation>Opiniones divergentes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disclaimer</source>
        <translation>Exención de responsabilidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous findings</source>
        <translation>Hallazgos anteriores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Statistics</source>
        <translation>Estadísticas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Findings</source>
        <translation>Hallazgos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clause coverage</source>
        <translation>Cobertura de apartados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coverage over the cycle</source>
        <translation>Cobertura en el ciclo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit notes</source>
        <translation>Notas de auditoría</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interviews</source>
        <translation>Entrevistas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meetings</source>
        <translation>Reuniones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit plan</source>
        <translation>Plan de auditoría</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit time</source>
        <translation>Tiempo de auditoría</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence index</source>
        <translation>Índice de evidencias</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print: full quality</source>
        <translation>Impresión: calidad completa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail: smaller photos, sharp on screen</source>
        <translation>Correo electrónico: fotos más pequeñas, nítidas en pantalla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compact: smallest file</source>
        <translation>Compacto: archivo más pequeño</translation>
    </message>
    <message>
        <location line="+188"/>
        <source>The audit&apos;s template “%1” (this computer&apos;s template library)</source>
        <translation>La plantilla «%1» de la auditoría (plantillas de este ordenador)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The default template from the preferences (%1)</source>
        <translation>La plantilla predeterminada de las preferencias (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The built-in template</source>
        <translation>La plantilla integrada</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Decide the conflict in View ▸ Conflicts: %1</source>
        <translation>Decida el conflicto en Ver ▸ Conflictos: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fill in the audit details: %1</source>
        <translation>Complete los datos de la auditoría: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Complete the finding: %1</source>
        <translation>Complete el hallazgo: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Audit the clause: %1</source>
        <translation>Audite el apartado: %1</translation>
    </message>
</context>
<context>
    <name>exporting</name>
    <message>
        <location filename="../../auditor_app/ui/exporting.py" line="-196"/>
        <source>PDF report</source>
        <translation>informe PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../auditor_app/ui/issuing.py" line="-45"/>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Word report</source>
        <translation>Informe de Word</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Word documents (*.docx)</source>
        <translation>Documentos de Word (*.docx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbook</source>
        <translation>libro de Excel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Libros de Excel (*.xlsx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export cancelled: no file was written.</source>
        <translation>Exportación cancelada: no se ha escrito ningún archivo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>audit report</source>
        <translation>informe de auditoría</translation>
    </message>
    <message>
        <location filename="../../auditor_app/ui/tasks.py" line="+91"/>
        <source>Stopping…</source>
        <translation>Deteniendo…</translation>
    </message>
</context>
<context>
    <name>grading</name>
    <message>
        <location filename="../../auditor_app/ui/i18n.py" line="+27"/>
        <source>Major / minor (ISO/IEC 17021-1)</source>
        <translation>Mayor / menor (ISO/IEC 17021-1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GHTF/SG3/N19 grades 1–5 (medical devices)</source>
        <translation>GHTF/SG3/N19 clasificaciones 1–5 (productos sanitarios)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AFNOR (PF / PP / PS / NCmin / NCmaj)</source>
        <translation>AFNOR (PF / PP / PS / NCmin / NCmaj)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Major nonconformity</source>
        <translation>No conformidad mayor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Minor nonconformity</source>
        <translation>No conformidad menor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Observation</source>
        <translation>Observación</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Opportunity for improvement</source>
        <translation>Oportunidad de mejora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Good practice</source>
        <translation>Buena práctica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grade 1</source>
        <translation>Clasificación 1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Grade 2</source>
        <translation>Clasificación 2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grade 3</source>
        <translation>Clasificación 3</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Grade 4</source>
        <translation>Clasificación 4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grade 5</source>
        <translation>Clasificación 5</translation>
    </message>
</context>
<context>
    <name>history</name>
    <message>
        <location filename="../../auditor_app/ui/models/history_list.py" line="+28"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signature</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Signed by %1</source>
        <translation>Firmado por %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not trusted: %1</source>
        <translation>No fiable: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unsigned</source>
        <translation>Sin firmar</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Created — %1</source>
        <translation>Creado — %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deleted</source>
        <translation>Eliminado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restored</source>
        <translation>Restaurado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Restored — %1</source>
        <translation>Restaurado — %1</translation>
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
        <translation>Deteniendo la fusión en el siguiente archivo… No se escribe nada de ella en su auditoría.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Files of independent audits made from the same checklists still line up clause by clause, so their results and notes would be added to this audit&apos;s clauses.

Merge anyway only if they really belong to the same engagement.</source>
        <translation>Los archivos de auditorías independientes hechas a partir de las mismas listas de verificación coinciden igualmente apartado por apartado, así que sus resultados y notas se añadirían a los apartados de esta auditoría.

Fusione de todos modos solo si de verdad pertenecen al mismo encargo.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+32"/>
        <source>Merge team files</source>
        <translation>Fusionar archivos del equipo</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Audit files and sealed packages (*.audit *.age);;Audit files (*.audit);;Sealed packages (*.age);;All files (*)</source>
        <translation>Archivos de auditoría y paquetes sellados (*.audit *.age);;Archivos de auditoría (*.audit);;Paquetes sellados (*.age);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Merge into this audit:
%1

A backup is taken first; the merge itself cannot be undone.</source>
        <translation>Fusionar en esta auditoría:
%1

Primero se hace una copia de seguridad; la fusión en sí no se puede deshacer.</translation>
    </message>
</context>
<context>
    <name>opening</name>
    <message>
        <location filename="../../auditor_app/ui/opening.py" line="+22"/>
        <location filename="../../auditor_app/ui/staged_open.py" line="+132"/>
        <source>Cannot open audit file</source>
        <translation>No se puede abrir el archivo de auditoría</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>changes to it are signed with your key, which was not unlocked</source>
        <translation>sus cambios se firman con su clave, que no se ha desbloqueado</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Opened read-only</source>
        <translation>Abierto en modo de solo lectura</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 is open read-only: %2.

You can read, search and export it. To edit it, save a copy (File ▸ Save a copy…) to a folder you can write to, and open the copy.</source>
        <translation>%1 está abierto en modo de solo lectura: %2.

Puede leerlo, buscar en él y exportarlo. Para editarlo, guarde una copia (Archivo ▸ Guardar una copia…) en una carpeta en la que pueda escribir y abra la copia.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Audit file in a risky place</source>
        <translation>Archivo de auditoría en una ubicación arriesgada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Work on a local copy</source>
        <translation>Trabajar en una copia local</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open it where it is</source>
        <translation>Abrirlo donde está</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Local copy</source>
        <translation>Copia local</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>You are now working on a local copy:
%1

Use File ▸ Save a copy… to put it back on the stick or share when you are done.</source>
        <translation>Ahora está trabajando en una copia local:
%1

Cuando termine, use Archivo ▸ Guardar una copia… para volver a ponerla en la memoria o en la carpeta compartida.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Audit file in use</source>
        <translation>Archivo de auditoría en uso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2.

Only one program can edit an audit file at a time. Open a read-only copy to look at it?</source>
        <translation>%1 %2.

Solo un programa a la vez puede editar un archivo de auditoría. ¿Abrir una copia de solo lectura para consultarlo?</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Closing the audit</source>
        <translation>Cerrando la auditoría</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keeping a safety backup of the audit before closing it…</source>
        <translation>Guardando una copia de seguridad de la auditoría antes de cerrarla…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stopping the backup…</source>
        <translation>Deteniendo la copia de seguridad…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cannot create the sample audit</source>
        <translation>No se puede crear la auditoría de ejemplo</translation>
    </message>
</context>
<context>
    <name>package_keys</name>
    <message>
        <location filename="../../auditor_app/ui/package_keys.py" line="-27"/>
        <source>Sealed package</source>
        <translation>Paquete sellado</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Key file that opens the package</source>
        <translation>Archivo de clave que abre el paquete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 is sealed with a passphrase. Its passphrase:</source>
        <translation>%1 está sellado con una frase de contraseña. Su frase de contraseña:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is sealed to a key. To open it with your signing key, give the key&apos;s passphrase; or choose another key file (an age identity or an OpenSSH private key):</source>
        <translation>%1 está sellado para una clave. Para abrirlo con su clave de firma, escriba la frase de contraseña de la clave; o elija otro archivo de clave (una identidad age o una clave privada OpenSSH):</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Wrong passphrase for your signing key. Try again, or cancel.</source>
        <translation>Frase de contraseña incorrecta para su clave de firma. Inténtelo de nuevo o cancele.</translation>
    </message>
</context>
<context>
    <name>search</name>
    <message>
        <location filename="../../auditor_app/ui/models/search_results.py" line="+24"/>
        <source>Clause</source>
        <translation>Apartado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finding</source>
        <translation>Hallazgo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence</source>
        <translation>Evidencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not tied to a clause</source>
        <translation>Sin vincular a un apartado</translation>
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
        <translation>Clave de firma</translation>
    </message>
    <message>
        <location line="-115"/>
        <source>Remember in %1 (not asked again on this computer)</source>
        <translation>Recordar en %1 (no volver a preguntar en este equipo)</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Changes to this audit are signed with your key. Its passphrase:</source>
        <translation>Los cambios en esta auditoría se firman con su clave. Su frase de contraseña:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Wrong passphrase. Try again, or cancel.</source>
        <translation>Frase de contraseña incorrecta. Inténtelo de nuevo o cancele.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Changes to the new audit are signed with your key, as its lead&apos;s. Its passphrase (cancel to create it unsigned):</source>
        <translation>Los cambios en la nueva auditoría se firman con su clave, como auditor líder. Su frase de contraseña (cancelar la crea sin firmar):</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Changes to %1 are signed with the key %2, which is not on this computer. The audit opens read-only.</source>
        <translation>Los cambios en %1 se firman con la clave %2, que no está en este equipo. La auditoría se abre en solo lectura.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Changes to %1 are signed with your key. Its passphrase (cancel to open the audit read-only):</source>
        <translation>Los cambios en %1 se firman con su clave. Su frase de contraseña (cancelar abre la auditoría en solo lectura):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is bound to the key %2, but yours is %3: only its own team member can change it. The audit opens read-only.</source>
        <translation>%1 está vinculado a la clave %2, pero la suya es %3: solo su propio miembro del equipo puede modificarlo. La auditoría se abre en solo lectura.</translation>
    </message>
</context>
<context>
    <name>vocab</name>
    <message>
        <location filename="../../auditor_app/ui/i18n.py" line="+23"/>
        <source>%1 (unknown value)</source>
        <translation>%1 (valor desconocido)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Gap analysis</source>
        <translation>Análisis de brechas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Internal audit</source>
        <translation>Auditoría interna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supplier audit</source>
        <translation>Auditoría de proveedor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stage 1</source>
        <translation>Etapa 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage 2</source>
        <translation>Etapa 2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Surveillance</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recertification</source>
        <translation>Recertificación</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Special audit</source>
        <translation>Auditoría especial</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not yet audited</source>
        <translation>Sin auditar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Conforming</source>
        <translation>Conforme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nonconformity</source>
        <translation>No conformidad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Observation</source>
        <translation>Observación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opportunity for improvement</source>
        <translation>Oportunidad de mejora</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not applicable</source>
        <translation>No aplicable</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lead auditor</source>
        <translation>Líder del equipo auditor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Auditor</source>
        <translation>Auditor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Technical expert</source>
        <translation>Experto técnico</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Observer</source>
        <translation>Observador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trainee auditor</source>
        <translation>Auditor en formación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Interview</source>
        <translation>Entrevista</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Document review</source>
        <translation>Revisión documental</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sampling</source>
        <translation>Muestreo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open</source>
        <translation>Abierto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Correction proposed</source>
        <translation>Corrección propuesta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action plan accepted</source>
        <translation>Plan de acción aceptado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Verified and closed</source>
        <translation>Verificado y cerrado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdrawn</source>
        <translation>Retirado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opening meeting</source>
        <translation>Reunión de apertura</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Closing meeting</source>
        <translation>Reunión de cierre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ready for Stage 2</source>
        <translation>Se puede pasar a la etapa 2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ready for Stage 2, with areas of concern</source>
        <translation>Se puede pasar a la etapa 2, con áreas de preocupación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not ready for Stage 2</source>
        <translation>No se puede pasar a la etapa 2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Previous finding</source>
        <translation>Hallazgo anterior</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage 1 area of concern</source>
        <translation>Área de preocupación de la etapa 1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Effective</source>
        <translation>Eficaz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partly effective</source>
        <translation>Parcialmente eficaz</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not effective</source>
        <translation>No eficaz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolved</source>
        <translation>Resuelta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Partly resolved</source>
        <translation>Parcialmente resuelta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not resolved</source>
        <translation>No resuelta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yes, fulfilled</source>
        <translation>Sí, cumplidos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Partly fulfilled</source>
        <translation>Parcialmente cumplidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not fulfilled</source>
        <translation>No cumplidos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Recommended for certification</source>
        <translation>Certificación recomendada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recommended once corrections and corrective actions are accepted</source>
        <translation>Certificación recomendada una vez aceptadas las correcciones y las acciones correctivas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not recommended for certification</source>
        <translation>Certificación no recomendada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attendance at the closing meeting</source>
        <translation>Asistencia a la reunión de cierre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acknowledgement of the findings</source>
        <translation>Reconocimiento de los hallazgos</translation>
    </message>
</context>
</TS>
