<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AnnotatePhoto</name>
    <message>
        <location filename="../../auditor_app/ui/annotate/command.py" line="+20"/>
        <source>Annotate %1</source>
        <translation>标注 %1</translation>
    </message>
</context>
<context>
    <name>AnnotationEditor</name>
    <message>
        <location filename="../../auditor_app/ui/annotate/editor.py" line="+44"/>
        <source>Annotate %1</source>
        <translation>标注 %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Loading photo…</source>
        <translation>正在加载照片…</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>The stored annotations cannot be read (%1). Saving replaces them.</source>
        <translation>无法读取已存储的标注（%1）。保存将替换这些标注。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The photo cannot be shown: %1</source>
        <translation>无法显示照片：%1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Draw %1</source>
        <translation>绘制%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Resize shape</source>
        <translation>调整图形大小</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move shapes</source>
        <translation>移动图形</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move shape</source>
        <translation>移动图形</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete shapes</source>
        <translation>删除图形</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete shape</source>
        <translation>删除图形</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Change colour</source>
        <translation>更改颜色</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change line width</source>
        <translation>更改线宽</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Delete text</source>
        <translation>删除文字</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit text</source>
        <translation>编辑文字</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Discard changes?</source>
        <translation>放弃更改？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard your changes to the annotations of %1?</source>
        <translation>放弃对 %1 标注所做的更改吗？</translation>
    </message>
</context>
<context>
    <name>Archive</name>
    <message>
        <location filename="../../auditor_app/ui/office_store/archive.py" line="+48"/>
        <source>Check out to a new audit file</source>
        <translation>检出到新的审核文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit files (*.audit)</source>
        <translation>审核文件 (*.audit)</translation>
    </message>
    <message>
        <location line="+132"/>
        <location line="+23"/>
        <source>Office store archive</source>
        <translation>办公室存储档案</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Reading the audits assigned to you in the office store…</source>
        <translation>正在从办公室存储读取分配给您的审核…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>cannot create %1: a file of that name already exists</source>
        <translation>无法创建 %1：同名文件已存在</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Check out</source>
        <translation>检出</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Writing %1 from the office store…</source>
        <translation>正在从办公室存储写入 %1…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Coverage over the cycle</source>
        <translation>认证周期覆盖情况</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading the chain&apos;s audits from the office store…</source>
        <translation>正在从办公室存储读取该链的审核…</translation>
    </message>
</context>
<context>
    <name>ArchiveDialog</name>
    <message>
        <location line="-169"/>
        <source>Office store archive</source>
        <translation>办公室存储档案</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Client, chain, audit</source>
        <translation>客户、链、审核</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dates</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lead</source>
        <translation>组长</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last push</source>
        <translation>最近推送</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Chain from %1 %2</source>
        <translation>自 %1 %2 起的链</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 by %2</source>
        <translation>%1，由 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not pushed yet</source>
        <translation>尚未推送</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ref</source>
        <translation>编号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Clauses</source>
        <translation>条款</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit</source>
        <translation>审核</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Check &amp;out…</source>
        <translation>检出(&amp;O)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coverage over the &amp;cycle…</source>
        <translation>认证周期覆盖情况(&amp;C)…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The audits assigned to you in the office store %1.</source>
        <translation>办公室存储 %1 中分配给您的审核。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Open findings of %1: %2</source>
        <translation>%1 的未关闭发现：%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a client, chain or audit.</source>
        <translation>请选择客户、链或审核。</translation>
    </message>
</context>
<context>
    <name>AuditDetails</name>
    <message>
        <location filename="../../auditor_app/ui/details/feature.py" line="+29"/>
        <source>Audit</source>
        <translation>审核</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Audit &amp;details</source>
        <translation>审核详情(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client, scope, team, audit plan, meetings and conclusions</source>
        <translation>客户、范围、审核组、审核计划、会议和结论</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../../auditor_app/ui/new_audit_wizard.py" line="+58"/>
        <source>The audit</source>
        <translation>审核信息</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who is audited, where and when. Everything can be changed later.</source>
        <translation>审核谁、在哪里、何时审核。所有内容以后都可以更改。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The organisation audited, e.g. Müller Präzisionsteile GmbH</source>
        <translation>受审核的组织，例如：苏州精密零部件有限公司</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One site per line, with its address</source>
        <translation>每行一个场所，附地址</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>t&amp;o</source>
        <translation>至(&amp;O)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Client:</source>
        <translation>客户(&amp;C)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sites:</source>
        <translation>场所(&amp;S)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit t&amp;ype:</source>
        <translation>审核类型(&amp;Y)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dates:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Grading of findings:</source>
        <translation>审核发现分级(&amp;G)：</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Stage 2 certification audit 2026</source>
        <translation>例如：2026 年第二阶段认证审核</translation>
    </message>
    <message>
        <location filename="../../auditor_app/ui/details/models.py" line="+27"/>
        <location line="+49"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="-48"/>
        <location line="+50"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location line="-49"/>
        <location line="+48"/>
        <source>Organisation</source>
        <translation>组织</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End</source>
        <translation>结束</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Process / area</source>
        <translation>过程 / 区域</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clauses</source>
        <translation>条款</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Auditor</source>
        <translation>审核员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Auditee</source>
        <translation>受审核方</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location</source>
        <translation>地点</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Present</source>
        <translation>出席</translation>
    </message>
</context>
<context>
    <name>AuditTime</name>
    <message>
        <location filename="../../auditor_app/ui/details/time_models.py" line="+29"/>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+28"/>
        <source>Auditor</source>
        <translation>审核员</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Minutes</source>
        <translation>分钟</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+28"/>
        <source>On site</source>
        <translation>现场</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Activity</source>
        <translation>活动</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Planned</source>
        <translation>计划</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Off site</source>
        <translation>非现场</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actual</source>
        <translation>实际</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Difference</source>
        <translation>差异</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Total (counted time)</source>
        <translation>合计（计入的时间）</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 — not counted</source>
        <translation>%1 — 不计入</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Not counted in the audit time (IAF MD 5): not assigned as an auditor</source>
        <translation>不计入审核时间（IAF MD 5）：未被指派为审核员</translation>
    </message>
</context>
<context>
    <name>AuditTimeSection</name>
    <message>
        <location filename="../../auditor_app/ui/details/audit_time.py" line="+43"/>
        <source>e.g. 4.5</source>
        <translation>例如：4.5</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The audit time set at the application review, in auditor-days (8 hours each, IAF MD 5)</source>
        <translation>申请评审时确定的审核时间，以审核人日计（每人日 8 小时，IAF MD 5）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Add time</source>
        <translation>添加时间(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A day of time for you; double-click a cell to change it</source>
        <translation>为您添加一天的时间记录；双击单元格可修改</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Audit time from the application review (auditor-days):</source>
        <translation>申请评审确定的审核时间（审核人日）：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Audit time</source>
        <translation>审核时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The time each auditor spent, on site and off site, against the audit plan and the audit time of the application review (IAF MD 5; one auditor-day is 8 hours).</source>
        <translation>每位审核员在现场和非现场所用的时间，与审核计划及申请评审确定的审核时间对照（IAF MD 5；一个审核人日为 8 小时）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Time records&lt;/b&gt;</source>
        <translation>&lt;b&gt;时间记录&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Planned and actual time per auditor and day&lt;/b&gt;</source>
        <translation>&lt;b&gt;每位审核员每天的计划时间与实际时间&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Planned in the audit plan: %1 auditor-days (%2 h).</source>
        <translation>审核计划中的计划时间：%1 审核人日（%2 小时）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recorded: %1 auditor-days (%2 h), on site %3 h, off site %4 h.</source>
        <translation>已记录：%1 审核人日（%2 小时），现场 %3 小时，非现场 %4 小时。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Against the application review: %1 auditor-days.</source>
        <translation>申请评审确定：%1 审核人日。</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n plan row(s) without usable times not counted.</source>
        <translation>
            <numerusform>%n 行计划因时间不可用而未计入。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Change the planned auditor-days</source>
        <translation>更改计划审核人日</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Change %1 of a time record</source>
        <translation>更改时间记录的%1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Add a time record</source>
        <translation>添加时间记录</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Remove %n time record(s)</source>
        <translation>
            <numerusform>移除 %n 条时间记录</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CarriedModel</name>
    <message>
        <location filename="../../auditor_app/ui/cycle/models.py" line="+41"/>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Audit</source>
        <translation>审核</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>report %1</source>
        <translation>报告 %1</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Ref</source>
        <translation>编号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>来源审核</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Statement</source>
        <translation>陈述</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client response</source>
        <translation>客户回复</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clauses</source>
        <translation>条款</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verification</source>
        <translation>验证</translation>
    </message>
</context>
<context>
    <name>ClauseDelegate</name>
    <message>
        <location filename="../../auditor_app/ui/evidence_import/review_dialog.py" line="+54"/>
        <source>clause number</source>
        <translation>条款号</translation>
    </message>
</context>
<context>
    <name>ClauseEvidenceTab</name>
    <message>
        <location filename="../../auditor_app/ui/evidence/clause_tab.py" line="+37"/>
        <location line="+40"/>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Add files…</source>
        <translation>添加文件…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add photos or documents to this clause (Ctrl+Shift+E)</source>
        <translation>为此条款添加照片或文档（Ctrl+Shift+E）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paste</source>
        <translation>粘贴</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a screenshot or copied files from the clipboard (Ctrl+Shift+V)</source>
        <translation>从剪贴板添加截图或已复制的文件（Ctrl+Shift+V）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What new files are attached to: the clause, one of its notes, or a finding raised on it</source>
        <translation>新文件附加到何处：条款本身、条款的某条笔记，或针对该条款提出的审核发现</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Attach to:</source>
        <translation>附加到：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No evidence on this clause yet.
Drop photos, documents or a folder here, paste a screenshot (Ctrl+Shift+V) or use Add files…</source>
        <translation>此条款尚无证据。
可将照片、文档或文件夹拖放到此处，粘贴截图（Ctrl+Shift+V），或使用“添加文件…”</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Evidence (%1)</source>
        <translation>证据（%1）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Clause %1</source>
        <translation>条款 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a note on %1</source>
        <translation>%1 的一条笔记</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Finding %1</source>
        <translation>审核发现 %1</translation>
    </message>
</context>
<context>
    <name>ClauseFindingsTab</name>
    <message>
        <location filename="../../auditor_app/ui/findings/clause_tab.py" line="+28"/>
        <location line="+25"/>
        <source>Findings</source>
        <translation>审核发现</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>New finding…</source>
        <translation>新建审核发现…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Raise a finding on this clause (Ctrl+Shift+F)</source>
        <translation>针对此条款提出审核发现（Ctrl+Shift+F）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Double-click a finding to edit it.</source>
        <translation>双击审核发现即可编辑。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Findings (%1)</source>
        <translation>审核发现（%1）</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>⚠ %1 minor nonconformities on this clause — consider whether together they indicate a major.</source>
        <translation>⚠ 此条款有 %1 项轻微不符合——请考虑它们合起来是否构成严重不符合。</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>No findings on this clause.</source>
        <translation>此条款没有审核发现。</translation>
    </message>
</context>
<context>
    <name>ClauseKeys</name>
    <message>
        <location filename="../../auditor_app/ui/clause_keys.py" line="+28"/>
        <source>Add &amp;note to this clause…</source>
        <translation>为此条款添加笔记(&amp;N)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set clause &amp;result</source>
        <translation>设置条款结果(&amp;R)</translation>
    </message>
</context>
<context>
    <name>ClausePage</name>
    <message>
        <location filename="../../auditor_app/ui/clause_page.py" line="+97"/>
        <source>Select a clause on the left to record its result and notes.</source>
        <translation>在左侧选择一个条款，以记录其审核结果和笔记。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The clause&apos;s audit result</source>
        <translation>该条款的审核结果</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Add note…</source>
        <translation>添加笔记…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Edit note…</source>
        <translation>编辑笔记(&amp;E)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete note</source>
        <translation>删除笔记(&amp;D)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Result:</source>
        <translation>结果(&amp;R)：</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Audit questions</source>
        <translation>审核问题</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Typical evidence</source>
        <translation>典型证据</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+65"/>
        <source>Notes</source>
        <translation>笔记</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>No audit questions in the checklist.</source>
        <translation>检查表中没有审核问题。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No typical evidence in the checklist.</source>
        <translation>检查表中没有典型证据。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes (%1)</source>
        <translation>笔记（%1）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No notes yet for this clause.</source>
        <translation>此条款尚无笔记。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Not yet audited</source>
        <translation>尚未审核</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Audited by %1</source>
        <translation>审核人：%1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Audited</source>
        <translation>已审核</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Justification:</source>
        <translation>理由：</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Why does %1 %2 not apply?
A justification is required; it appears in the audit report.</source>
        <translation>为什么 %1 %2 不适用？
必须说明理由；理由将出现在审核报告中。</translation>
    </message>
</context>
<context>
    <name>ClausePanel</name>
    <message>
        <location filename="../../auditor_app/ui/clause_panel.py" line="+36"/>
        <source>Filter clauses by number or title (Ctrl+L)</source>
        <translation>按条款号或标题筛选条款（Ctrl+L）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show only clauses with this result</source>
        <translation>仅显示具有此结果的条款</translation>
    </message>
    <message numerus="yes">
        <location line="+109"/>
        <source>%1 of %n clause(s) match</source>
        <translation>
            <numerusform>%n 个条款中有 %1 个匹配</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No clause matches the filter.</source>
        <translation>没有条款符合筛选条件。</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Audited by %1</source>
        <translation>审核人：%1</translation>
    </message>
</context>
<context>
    <name>ClauseReferences</name>
    <message>
        <location filename="../../auditor_app/ui/findings/composer_parts.py" line="+105"/>
        <source>Add a clause by number or title…</source>
        <translation>按条款号或标题添加条款…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remo&amp;ve</source>
        <translation>移除(&amp;V)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also reference the corresponding clauses of the other standards</source>
        <translation>同时引用其他标准的对应条款</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>No clause %1 in this audit.</source>
        <translation>本次审核中没有条款 %1。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is in several standards: pick one from the list.</source>
        <translation>%1 存在于多个标准中：请从列表中选择一个。</translation>
    </message>
</context>
<context>
    <name>ClauseTreeModel</name>
    <message>
        <location filename="../../auditor_app/ui/models/clause_tree.py" line="+45"/>
        <source>Clause</source>
        <translation>条款</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>笔记</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files</source>
        <translation>文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Findings</source>
        <translation>审核发现</translation>
    </message>
    <message>
        <location line="+220"/>
        <source>%1 — audited by %2, %3</source>
        <translation>%1 — 由 %2 审核，%3</translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>Not yet audited itself; %1 of %n sub-clause(s) audited, %2 with a nonconformity</source>
        <translation>
            <numerusform>本条款尚未审核；%n 个子条款中已审核 %1 个，其中 %2 个有不符合</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Not yet audited itself; %1 of %n sub-clause(s) audited</source>
        <translation>
            <numerusform>本条款尚未审核；%n 个子条款中已审核 %1 个</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1/%2 audited</source>
        <translation>已审核 %1/%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 · %2 NC</source>
        <translation>%1 · %2 项不符合</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n evidence file(s)</source>
        <translation>
            <numerusform>%n 个证据文件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n 项审核发现</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n 条笔记</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CombineDialog</name>
    <message>
        <location filename="../../auditor_app/ui/conflicts.py" line="+67"/>
        <source>Write a combination</source>
        <translation>编写合并版本</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: every version is below, separated by blank lines. Edit it into the text to keep; it replaces all versions.</source>
        <translation>%1：下方列出了所有版本，以空行分隔。请将其编辑为要保留的文本；它将替换所有版本。</translation>
    </message>
</context>
<context>
    <name>CompactDialog</name>
    <message>
        <location filename="../../auditor_app/ui/evidence_import/compact_dialog.py" line="+39"/>
        <source>Compact audit file</source>
        <translation>压缩审核文件</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Photos stored as taken can be replaced by reduced copies, so the audit file is easier to e-mail and archive. Each photo keeps the SHA-256 of its original as evidence of integrity.</source>
        <translation>按原样存储的照片可替换为缩小的副本，使审核文件更便于通过电子邮件发送和归档。每张照片都保留其原件的 SHA-256 值，作为完整性证明。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> px</source>
        <translation> 像素</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Long edge of the copies:</source>
        <translation>副本的长边：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JPEG quality:</source>
        <translation>JPEG 质量：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A verified backup of the file is taken first. The originals then leave this file: only that backup (or your camera) still has them. Undo cannot bring them back.</source>
        <translation>首先会为文件创建一个经过校验的备份。之后原件将从此文件中移除：只有该备份（或您的相机）中还保留原件。撤销操作无法恢复它们。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Compact</source>
        <translation>压缩</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>No photo in this audit is larger than %1 pixels: there is nothing to compact.</source>
        <translation>本次审核中没有大于 %1 像素的照片：无需压缩。</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n photo(s) are stored larger than that (%1 of this %2 file). Reduced copies would save about %3.</source>
        <translation>
            <numerusform>有 %n 张照片的存储尺寸大于此值（占此 %2 文件中的 %1）。使用缩小的副本约可节省 %3。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompletenessDialog</name>
    <message>
        <location filename="../../auditor_app/ui/export_dialogs.py" line="+190"/>
        <source>Before exporting</source>
        <translation>导出之前</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The %1 report cannot be issued yet: complete what is shown in red.
Double-click an item to go to it.</source>
        <translation>%1报告尚不能出具：请完成红色显示的内容。
双击某一项即可跳转到该处。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Some things are missing; the report can still be exported.
Double-click an item to go to it.</source>
        <translation>有些内容缺失；报告仍可导出。
双击某一项即可跳转到该处。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export anyway</source>
        <translation>仍然导出</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
</context>
<context>
    <name>ConcernDialog</name>
    <message>
        <location filename="../../auditor_app/ui/cycle/concern_dialog.py" line="+33"/>
        <source>Area of concern</source>
        <translation>关注事项</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New area of concern</source>
        <translation>新建关注事项</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What could be a nonconformity at Stage 2</source>
        <translation>在第二阶段审核中可能构成不符合的事项</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Process, department or site</source>
        <translation>过程、部门或场所</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter clauses</source>
        <translation>筛选条款</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Statement:</source>
        <translation>陈述：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Area:</source>
        <translation>区域：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clauses:</source>
        <translation>条款：</translation>
    </message>
</context>
<context>
    <name>ConcernModel</name>
    <message>
        <location filename="../../auditor_app/ui/cycle/models.py" line="+12"/>
        <source>Ref</source>
        <translation>编号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Area of concern</source>
        <translation>关注事项</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clauses</source>
        <translation>条款</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Area</source>
        <translation>区域</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Raised by</source>
        <translation>提出人</translation>
    </message>
</context>
<context>
    <name>ConclusionsSection</name>
    <message>
        <location filename="../../auditor_app/ui/details/conclusions.py" line="+25"/>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <source>Not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>O&amp;bjectives met:</source>
        <translation>审核目标是否实现(&amp;B)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whether the audit objectives were fulfilled; if not fully, say why below (ISO/IEC 17021-1 9.4.8.2)</source>
        <translation>审核目标是否已实现；如未完全实现，请在下方说明原因（ISO/IEC 17021-1 9.4.8.2）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why the objectives were not (fully) met, or a comment</source>
        <translation>审核目标未（完全）实现的原因，或备注</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xplanation:</source>
        <translation>说明(&amp;X)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decisi&amp;on:</source>
        <translation>推荐决定(&amp;O)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The team&apos;s recommendation; certification cannot be recommended while a major nonconformity is open</source>
        <translation>审核组的推荐意见；存在未关闭的严重不符合时不能推荐认证</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Conclusions:</source>
        <translation>结论(&amp;C)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whether the management system conforms and is effective, against the audit objectives</source>
        <translation>对照审核目标，管理体系是否符合且有效</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Recommendation:</source>
        <translation>推荐意见(&amp;R)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. recommended for certification subject to accepted corrective action plans</source>
        <translation>例如：在纠正措施计划被接受的前提下推荐认证</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Diverging opinions:</source>
        <translation>分歧意见(&amp;D)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opinions of the auditee and the team that remained unresolved (ISO 19011 6.4.10)</source>
        <translation>受审核方与审核组之间仍未解决的分歧意见（ISO 19011 6.4.10）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Plan deviations:</source>
        <translation>审核计划偏离(&amp;P)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes to the audit plan, areas not covered, obstacles met</source>
        <translation>审核计划的变更、未覆盖的区域、遇到的障碍</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Conclusions</source>
        <translation>结论</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Presented at the closing meeting and printed in the report. Saved when you leave a field.</source>
        <translation>在末次会议上介绍并打印在报告中。离开字段时自动保存。</translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <location filename="../../auditor_app/ui/unpacking.py" line="+44"/>
        <source>Open sealed package</source>
        <translation>打开加密包</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is checked: its files match SHA256SUMS and the signed manifest, the signature verifies, and the audit file passes its full check.</source>
        <translation>%1 已检查：其文件与 SHA256SUMS 和已签名的清单一致，签名有效，审核文件通过了完整检查。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Signed by:</source>
        <translation>签名者：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>untitled</source>
        <translation>无标题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no client</source>
        <translation>无客户</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Audit:</source>
        <translation>审核：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>by %1 at %2</source>
        <translation>由 %1 于 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, for %2</source>
        <translation>%1，给 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made:</source>
        <translation>制作：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unpack into:</source>
        <translation>解包到：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The folder is made; nothing in it is overwritten. The audit then opens here, in place of any audit open now.</source>
        <translation>将创建该文件夹；其中的任何内容都不会被覆盖。随后审核会在此打开，替换当前打开的审核。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unpack and open</source>
        <translation>解包并打开</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Unpack into a new folder in</source>
        <translation>解包到以下位置的新文件夹</translation>
    </message>
</context>
<context>
    <name>ConflictPanel</name>
    <message>
        <location filename="../../auditor_app/ui/conflicts.py" line="+17"/>
        <source>Conflicts</source>
        <translation>冲突</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Write a combination…</source>
        <translation>编写合并版本…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep it (restore with the edits)</source>
        <translation>保留（连同修改一并恢复）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confirm deletion</source>
        <translation>确认删除</translation>
    </message>
    <message numerus="yes">
        <location line="+49"/>
        <source>%n conflict(s) to decide. Until you choose, the audit shows the latest version.</source>
        <translation>
            <numerusform>有 %n 个冲突待决定。在您作出选择之前，审核显示最新版本。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1. Keep the item with the changes, or confirm that it is deleted.</source>
        <translation>%1。保留该项及其修改，或确认将其删除。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 — %2. Keep one version or write a combination.</source>
        <translation>%1 — %2。保留其中一个版本，或编写合并版本。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 — %2. Keep one version.</source>
        <translation>%1 — %2。保留其中一个版本。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep this version</source>
        <translation>保留此版本</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Keep %1&apos;s %2 of %3</source>
        <translation>保留 %1 对 %3 的%2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Combine the versions of %1</source>
        <translation>合并 %1 的各个版本</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restore %1</source>
        <translation>恢复 %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Confirm deletion of %1</source>
        <translation>确认删除 %1</translation>
    </message>
</context>
<context>
    <name>CycleCommands</name>
    <message>
        <location filename="../../auditor_app/ui/cycle/commands.py" line="+17"/>
        <source>Verify %1</source>
        <translation>验证 %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Cite for %1</source>
        <translation>为 %1 引用</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stop citing for %1</source>
        <translation>不再为 %1 引用</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Follow-up finding for %1</source>
        <translation>%1 的跟踪审核发现</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Set readiness for Stage 2</source>
        <translation>设置第二阶段审核准备情况</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Add area of concern</source>
        <translation>添加关注事项</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Edit area of concern</source>
        <translation>编辑关注事项</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Delete area of concern</source>
        <translation>删除关注事项</translation>
    </message>
</context>
<context>
    <name>CycleCoverage</name>
    <message>
        <location filename="../../auditor_app/ui/cycle_coverage.py" line="+22"/>
        <source>Coverage over the &amp;cycle…</source>
        <translation>认证周期覆盖情况(&amp;C)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which clauses, processes and sites each audit of the certification cycle covered, and what is still uncovered</source>
        <translation>认证周期内每次审核覆盖了哪些条款、过程和场所，以及哪些尚未覆盖</translation>
    </message>
    <message>
        <location filename="../../auditor_app/ui/cycle_coverage_view.py" line="+43"/>
        <source>Audit</source>
        <translation>审核</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Clause</source>
        <translation>条款</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Covered</source>
        <translation>已覆盖</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>CycleDialog</name>
    <message>
        <location line="+20"/>
        <source>Coverage over the certification cycle</source>
        <translation>认证周期覆盖情况</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 audit(s) of the chain; the current cycle starts with %2.</source>
        <translation>审核链共 %1 次审核；当前周期始于 %2。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 — %2% covered, %3 clause(s) uncovered</source>
        <translation>%1 — 已覆盖 %2%，%3 个条款未覆盖</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only &amp;uncovered clauses</source>
        <translation>仅显示未覆盖的条款(&amp;U)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Audit</source>
        <translation>审核</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dates</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Clauses covered</source>
        <translation>已覆盖的条款</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read from</source>
        <translation>读取自</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (earlier cycle)</source>
        <translation>%1（上一周期）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this audit&apos;s history</source>
        <translation>本次审核的历史记录</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>this audit</source>
        <translation>本次审核</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Processes: none recorded.</source>
        <translation>过程：未记录。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Processes: all covered in the current cycle.</source>
        <translation>过程：在当前周期内已全部覆盖。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Processes not covered in the current cycle: %1</source>
        <translation>当前周期内未覆盖的过程：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sites: none recorded.</source>
        <translation>场所：未记录。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sites: all covered in the current cycle.</source>
        <translation>场所：在当前周期内已全部覆盖。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sites not covered in the current cycle: %1</source>
        <translation>当前周期内未覆盖的场所：%1</translation>
    </message>
</context>
<context>
    <name>CycleFeature</name>
    <message>
        <location filename="../../auditor_app/ui/cycle/feature.py" line="+44"/>
        <source>Previous findings</source>
        <translation>以往审核发现</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage 1</source>
        <translation>第一阶段审核</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>New audit from &amp;previous…</source>
        <translation>从以往审核新建(&amp;P)…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Previous fi&amp;ndings</source>
        <translation>以往审核发现(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage &amp;1 readiness and concerns</source>
        <translation>第一阶段准备情况和关注事项(&amp;1)</translation>
    </message>
    <message>
        <location line="+123"/>
        <source>Area of concern deleted — Edit › Undo brings it back.</source>
        <translation>关注事项已删除——“编辑 › 撤销”可恢复。</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Made from %1: %2 finding(s) to verify, %3 area(s) of concern to check.</source>
        <translation>基于 %1 创建：%2 项审核发现待验证，%3 项关注事项待检查。</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../auditor_app/ui/details/fields.py" line="+149"/>
        <source>not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Clear the date</source>
        <translation>清除日期</translation>
    </message>
</context>
<context>
    <name>DetailsForm</name>
    <message>
        <location filename="../../auditor_app/ui/details/form.py" line="+31"/>
        <source>Engagement</source>
        <translation>审核委托</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Client:</source>
        <translation>客户(&amp;C)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One site per line: name and address</source>
        <translation>每行一个场所：名称和地址</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Sites:</source>
        <translation>场所(&amp;S)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit t&amp;ype:</source>
        <translation>审核类型(&amp;Y)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>St&amp;art date:</source>
        <translation>开始日期(&amp;A)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;End date:</source>
        <translation>结束日期(&amp;E)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client&apos;s re&amp;presentative:</source>
        <translation>客户代表(&amp;P)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who accompanied the audit for the client and received the report (ISO/IEC 17021-1 9.4.8)</source>
        <translation>代表客户陪同审核并接收报告的人员（ISO/IEC 17021-1 9.4.8）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Representat&amp;ive&apos;s role:</source>
        <translation>代表职务(&amp;I)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The end date is before the start date.</source>
        <translation>结束日期早于开始日期。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Scope and criteria</source>
        <translation>范围和准则</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activities, products, processes and sites covered</source>
        <translation>覆盖的活动、产品、过程和场所</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sc&amp;ope:</source>
        <translation>范围(&amp;O)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Objectives:</source>
        <translation>目标(&amp;B)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standards, the client&apos;s documents, legal requirements</source>
        <translation>标准、客户的文件、法律法规要求</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;riteria:</source>
        <translation>准则(&amp;R)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Significant changes since the last audit: scope, organisation, sites, processes</source>
        <translation>自上次审核以来的重大变更：范围、组织、场所、过程</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hanges since last audit:</source>
        <translation>自上次审核以来的变更(&amp;H)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How the client uses certification marks and refers to its certification (surveillance)</source>
        <translation>客户如何使用认证标志以及如何引用其认证（监督审核）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certification &amp;marks:</source>
        <translation>认证标志(&amp;M)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. en, de, zh</source>
        <translation>例如：en、de、zh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Con&amp;fidentiality:</source>
        <translation>保密性(&amp;F)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report &amp;number:</source>
        <translation>报告编号(&amp;N)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report re&amp;vision:</source>
        <translation>报告版本(&amp;V)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Grading scheme:</source>
        <translation>分级方案(&amp;G)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How findings are graded; it can only change while no finding has a grade the new scheme lacks</source>
        <translation>审核发现的分级方式；只有当没有审核发现使用新方案中不存在的等级时才能更改</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Word report template:</source>
        <translation>Word 报告模板(&amp;W)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report template</source>
        <translation>报告模板</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Audit details</source>
        <translation>审核详情</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the report&apos;s cover and introduction say. Changes are saved when you leave a field.</source>
        <translation>报告封面和引言的内容。离开字段时保存更改。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Grading scheme not changed</source>
        <translation>分级方案未更改</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n finding(s) have grades that “%1” does not have:
%2

Regrade or delete these findings first, then choose the scheme again.</source>
        <translation>
            <numerusform>有 %n 项审核发现的等级在“%1”中不存在：
%2

请先重新分级或删除这些审核发现，然后再次选择该方案。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DetailsPage</name>
    <message>
        <location filename="../../auditor_app/ui/details/page.py" line="+31"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Team</source>
        <translation>审核组</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit plan</source>
        <translation>审核计划</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Audit time</source>
        <translation>审核时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meetings</source>
        <translation>会议</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conclusions</source>
        <translation>结论</translation>
    </message>
</context>
<context>
    <name>EditorToolBar</name>
    <message>
        <location filename="../../auditor_app/ui/annotate/toolbar.py" line="+26"/>
        <source>Select</source>
        <translation>选择</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Arrow</source>
        <translation>箭头</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rectangle</source>
        <translation>矩形</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ellipse</source>
        <translation>椭圆</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Text</source>
        <translation>文字</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Blur</source>
        <translation>模糊</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Red</source>
        <translation>红色</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Yellow</source>
        <translation>黄色</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Green</source>
        <translation>绿色</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Blue</source>
        <translation>蓝色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>White</source>
        <translation>白色</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Black</source>
        <translation>黑色</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Colour of new shapes and of the selected ones</source>
        <translation>新图形及所选图形的颜色</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Line</source>
        <translation>线条</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Thin</source>
        <translation>细</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Thick</source>
        <translation>粗</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Line width; for a new text, its size</source>
        <translation>线宽；对于新文字，则为字号</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the selected shapes (Del)</source>
        <translation>删除所选图形（Del）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Fit</source>
        <translation>适应窗口</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the whole photo (Ctrl+0); Ctrl+wheel zooms</source>
        <translation>显示整张照片（Ctrl+0）；Ctrl+滚轮可缩放</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Click a shape to select it, drag it to move it, drag a corner handle to resize it; double-click a text to change it.</source>
        <translation>单击图形可选中，拖动可移动，拖动角上的控制点可调整大小；双击文字可修改。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drag from where the arrow starts to what it points at.</source>
        <translation>从箭头起点拖动到它所指的对象。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drag across the area to frame.</source>
        <translation>拖动框选要标出的区域。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drag across the area to circle.</source>
        <translation>拖动圈出要标出的区域。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click where the text starts and type; Enter adds a line, Ctrl+Enter or a click elsewhere finishes.</source>
        <translation>单击文字起始位置并输入；按 Enter 换行，按 Ctrl+Enter 或单击其他位置结束。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drag across faces, names or other personal data. The area is blurred here exactly as in reports and exports.</source>
        <translation>拖动覆盖人脸、姓名或其他个人数据。此处的模糊效果与报告和导出文件中完全相同。</translation>
    </message>
</context>
<context>
    <name>Evidence</name>
    <message>
        <location filename="../../auditor_app/ui/evidence/gallery_model.py" line="+40"/>
        <source>%1 bytes</source>
        <translation>%1 字节</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>(no name)</source>
        <translation>（无名称）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Taken %1</source>
        <translation>拍摄于 %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Camera: %1</source>
        <translation>相机：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Added by %1, %2</source>
        <translation>由 %1 添加，%2</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Time taken unknown</source>
        <translation>拍摄时间未知</translation>
    </message>
</context>
<context>
    <name>EvidenceAdder</name>
    <message>
        <location filename="../../auditor_app/ui/evidence/adding.py" line="+67"/>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Nothing to paste: the clipboard holds no picture or file.</source>
        <translation>没有可粘贴的内容：剪贴板中没有图片或文件。</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Adding evidence</source>
        <translation>正在添加证据</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>Evidence files (%1)</source>
        <translation>证据文件（%1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photos (%1)</source>
        <translation>照片（%1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents (%1)</source>
        <translation>文档（%1）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add evidence to %1</source>
        <translation>添加证据到：%1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Screenshot %1.png</source>
        <translation>截图 %1.png</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Adding %1 files to %2…</source>
        <translation>正在添加 %1 个文件到：%2…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stopping after the file being added…</source>
        <translation>将在当前文件添加完成后停止…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Evidence not added</source>
        <translation>未添加证据</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Adding cancelled: no files were added.</source>
        <translation>添加已取消：未添加任何文件。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 evidence file added.</source>
        <translation>已添加 %1 个证据文件。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 evidence files added.</source>
        <translation>已添加 %1 个证据文件。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>… and %1 more</source>
        <translation>……另有 %1 个</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 file was added; these were not:</source>
        <translation>已添加 %1 个文件；以下文件未添加：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 files were added; these were not:</source>
        <translation>已添加 %1 个文件；以下文件未添加：</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>No file was added:</source>
        <translation>未添加任何文件：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Evidence can be photos (JPEG, PNG, WebP), PDF files and office documents.</source>
        <translation>证据可以是照片（JPEG、PNG、WebP）、PDF 文件和办公文档。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some files were not added</source>
        <translation>部分文件未添加</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files not added</source>
        <translation>文件未添加</translation>
    </message>
</context>
<context>
    <name>EvidenceCommands</name>
    <message>
        <location filename="../../auditor_app/ui/evidence/commands.py" line="+16"/>
        <source>Add evidence file to %1</source>
        <translation>向 %1 添加证据文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add %1 evidence files to %2</source>
        <translation>添加 %1 个证据文件到 %2</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Remove %1</source>
        <translation>移除 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove %1 evidence files</source>
        <translation>移除 %1 个证据文件</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Edit caption</source>
        <translation>编辑说明文字</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Rotate %1</source>
        <translation>旋转 %1</translation>
    </message>
</context>
<context>
    <name>EvidenceFeature</name>
    <message>
        <location filename="../../auditor_app/ui/evidence/feature.py" line="+57"/>
        <location line="+1"/>
        <location line="+95"/>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>&amp;Add files…</source>
        <translation>添加文件(&amp;A)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Paste screenshot</source>
        <translation>粘贴截图(&amp;P)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show &amp;gallery</source>
        <translation>显示图库(&amp;G)</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Evidence (%1)</source>
        <translation>证据（%1）</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Finding %1</source>
        <translation>审核发现 %1</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>No program is set up to open %1. A copy was saved as
%2</source>
        <translation>没有设置用于打开 %1 的程序。已将副本保存为
%2</translation>
    </message>
    <message>
        <location line="-117"/>
        <location line="+6"/>
        <source>the audit</source>
        <translation>审核</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Removed — Edit › Undo brings it back.</source>
        <translation>已移除——“编辑 › 撤销”可恢复。</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Cannot open the file</source>
        <translation>无法打开文件</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No viewer for this file</source>
        <translation>没有可查看此文件的程序</translation>
    </message>
</context>
<context>
    <name>EvidenceGrid</name>
    <message>
        <location filename="../../auditor_app/ui/evidence/gallery_view.py" line="+138"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove from the audit</source>
        <translation>从审核中移除</translation>
    </message>
</context>
<context>
    <name>EvidenceImport</name>
    <message>
        <location filename="../../auditor_app/ui/evidence_import/feature.py" line="+43"/>
        <source>&amp;Import photos from folder…</source>
        <translation>从文件夹导入照片(&amp;I)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A folder or memory card: review the photos by time taken, each with the clause of its audit-plan slot, then import them</source>
        <translation>从文件夹或存储卡导入：按拍摄时间逐张审阅照片（每张对应其审核计划时段的条款），然后导入</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Compact audit file…</source>
        <translation>压缩审核文件(&amp;C)…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Import photos from folder</source>
        <translation>从文件夹导入照片</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%n files and folders</source>
        <translation>
            <numerusform>%n 个文件和文件夹</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+38"/>
        <source>Import photos</source>
        <translation>导入照片</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Looking at the photos in %1…</source>
        <translation>正在查看 %1 中的照片…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Photo import cancelled: nothing was imported.</source>
        <translation>照片导入已取消：未导入任何内容。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No photos found</source>
        <translation>未找到照片</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There are no files in %1 (hidden and system files are skipped).</source>
        <translation>%1 中没有文件（已跳过隐藏文件和系统文件）。</translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>Importing %n photo(s)…</source>
        <translation>
            <numerusform>正在导入 %n 张照片…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Import %n photo(s)</source>
        <translation>
            <numerusform>导入 %n 张照片</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Photo import</source>
        <translation>照片导入</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n photo(s) imported.</source>
        <translation>
            <numerusform>已导入 %n 张照片。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n stored as reduced copies (your preference); the original&apos;s SHA-256 is recorded with each.</source>
        <translation>
            <numerusform>其中 %n 张按您的首选项存储为缩小的副本；每张都记录了原件的 SHA-256 值。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The import was cancelled: the photos above are in the audit, the rest are not.</source>
        <translation>导入已取消：上述照片已在审核中，其余照片未导入。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The import stopped: %1. The photos above are in the audit.</source>
        <translation>导入已停止：%1。上述照片已在审核中。</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n skipped: already in this audit.</source>
        <translation>
            <numerusform>已跳过 %n 张：已在本次审核中。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not imported:</source>
        <translation>未导入：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>… and %1 more</source>
        <translation>……另有 %1 个</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Compact audit file</source>
        <translation>压缩审核文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taking a backup, then replacing photos by reduced copies…</source>
        <translation>正在创建备份，然后用缩小的副本替换照片…</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Saved %1: the audit file is now %2 (it was %3). %n photo(s) replaced by reduced copies.</source>
        <translation>
            <numerusform>已节省 %1：审核文件现为 %2（原为 %3）。%n 张照片已替换为缩小的副本。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Compaction was cancelled; the photos not reached yet are unchanged.</source>
        <translation>压缩已取消；尚未处理的照片保持不变。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Left as they were:</source>
        <translation>保持原样：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file as it was before is kept as a backup:
%1</source>
        <translation>原先的文件已作为备份保留：
%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit file compacted</source>
        <translation>审核文件已压缩</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Photos</source>
        <translation>照片</translation>
    </message>
</context>
<context>
    <name>EvidencePicker</name>
    <message>
        <location filename="../../auditor_app/ui/findings/composer_parts.py" line="+82"/>
        <source>No notes on these clauses yet.</source>
        <translation>这些条款尚无笔记。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No photos or documents on these clauses yet.</source>
        <translation>这些条款尚无照片或文档。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notes (%1)</source>
        <translation>笔记（%1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photos and documents (%1)</source>
        <translation>照片和文档（%1）</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 (internal)</source>
        <translation>%1（内部）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>EvidenceViewer</name>
    <message>
        <location filename="../../auditor_app/ui/evidence/viewer.py" line="+93"/>
        <source>Previous</source>
        <translation>上一个</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next</source>
        <translation>下一个</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit</source>
        <translation>适应窗口</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1:1</source>
        <translation>1:1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rotate left</source>
        <translation>向左旋转</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rotate right</source>
        <translation>向右旋转</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Annotate…</source>
        <translation>标注…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open file</source>
        <translation>打开文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the stored file with the system&apos;s viewer</source>
        <translation>用系统查看器打开存储的文件</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1
Open file shows it with the system&apos;s viewer.</source>
        <translation>%1
“打开文件”会用系统查看器显示它。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This photo cannot be shown: %1</source>
        <translation>无法显示此照片：%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
</context>
<context>
    <name>ExportProgress</name>
    <message>
        <location filename="../../auditor_app/ui/tasks.py" line="+163"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exporting</source>
        <translation>正在导出</translation>
    </message>
</context>
<context>
    <name>Exports</name>
    <message>
        <location filename="../../auditor_app/ui/exporting.py" line="+64"/>
        <source>Export &amp;report (PDF)…</source>
        <translation>导出报告 (PDF)(&amp;R)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export report (Wor&amp;d)…</source>
        <translation>导出报告 (Word)(&amp;D)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;workbook (Excel)…</source>
        <translation>导出工作簿 (Excel)(&amp;W)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Issue report…</source>
        <translation>发布报告(&amp;I)…</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Word report not exported</source>
        <translation>Word 报告未导出</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This audit&apos;s Word report uses the template “%1”, which is not on this computer.

Add it in Edit › Preferences › Word templates on this computer, or choose another template on the Audit page (Word report template). No other template is used in its place.</source>
        <translation>此审核的 Word 报告使用模板“%1”，但本计算机上没有该模板。

请在 编辑 › 首选项 › 本计算机上的 Word 模板 中添加，或在审核页面（Word 报告模板）选择其他模板。不会用其他模板代替。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Cannot check the report</source>
        <translation>无法检查报告</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Export %1</source>
        <translation>导出 %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Exporting the %1 to %2…</source>
        <translation>正在将 %1 导出到 %2…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Exporting</source>
        <translation>正在导出</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stopping the export; no file is written…</source>
        <translation>正在停止导出；不会写入任何文件…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Template: %1</source>
        <translation>模板：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export finished</source>
        <translation>导出完成</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Saved as
%1</source>
        <translation>已保存为
%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exported to %1</source>
        <translation>已导出到 %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+2"/>
        <source>Report not exported</source>
        <translation>报告未导出</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1

No file was written.</source>
        <translation>%1

未写入任何文件。</translation>
    </message>
</context>
<context>
    <name>FieldSection</name>
    <message>
        <location filename="../../auditor_app/ui/details/field_section.py" line="+120"/>
        <source>Change %1</source>
        <translation>更改%1</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../auditor_app/ui/new_audit_file.py" line="+93"/>
        <source>Audit file</source>
        <translation>审核文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The audit is one file. Keep it on this computer&apos;s own disk while you work; use File ▸ Save a copy… for a USB stick or a shared folder.</source>
        <translation>一次审核就是一个文件。工作期间请将其保存在本机磁盘上；如需存到 U 盘或共享文件夹，请使用“文件 ▸ 保存副本…”。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Save the new audit as:</source>
        <translation>新审核另存为(&amp;S)：</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>New audit file</source>
        <translation>新审核文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit files (*.audit)</source>
        <translation>审核文件 (*.audit)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose where to save the audit file.</source>
        <translation>请选择审核文件的保存位置。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The folder %1 does not exist.</source>
        <translation>文件夹 %1 不存在。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 already exists. An audit file is never overwritten: choose another name.</source>
        <translation>%1 已存在。审核文件永远不会被覆盖：请另选一个名称。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This folder is on removable media (%1), which can be unplugged while the audit is being written.</source>
        <translation>此文件夹位于可移动介质（%1）上，在写入审核时可能被拔出。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This folder is on a network share (%1), where file locking is unreliable.</source>
        <translation>此文件夹位于网络共享（%1）上，其文件锁定不可靠。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This folder is synchronised by %1, whose agent can copy the file half-written.</source>
        <translation>此文件夹由 %1 同步，其同步程序可能会复制写入到一半的文件。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This folder is not on a local disk (%1).</source>
        <translation>此文件夹不在本地磁盘上（%1）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the audit on this computer&apos;s own disk; File ▸ Save a copy… puts a verified copy there when you are done.</source>
        <translation>请将审核保存在本机磁盘上；完成后，“文件 ▸ 保存副本…”会将经过校验的副本存放到该位置。</translation>
    </message>
</context>
<context>
    <name>FindingCommands</name>
    <message>
        <location filename="../../auditor_app/ui/findings/commands.py" line="+37"/>
        <source>Add finding on %1</source>
        <translation>为 %1 添加审核发现</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add finding</source>
        <translation>添加审核发现</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Add finding %1</source>
        <translation>添加审核发现 %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Edit finding %1</source>
        <translation>编辑审核发现 %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Delete finding %1</source>
        <translation>删除审核发现 %1</translation>
    </message>
</context>
<context>
    <name>FindingComposer</name>
    <message>
        <location filename="../../auditor_app/ui/findings/composer.py" line="+48"/>
        <location line="+12"/>
        <source>New finding</source>
        <translation>新建审核发现</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Finding %1</source>
        <translation>审核发现 %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>New finding on %1</source>
        <translation>针对 %1 新建审核发现</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Site, building, line…</source>
        <translation>场所、建筑、产线…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Process or area audited</source>
        <translation>受审核的过程或区域</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The requirement, paraphrased</source>
        <translation>转述的要求</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was seen, heard or read: records, places, people, numbers</source>
        <translation>所见、所闻、所读：记录、地点、人员、数据</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+167"/>
        <source>What is not fulfilled</source>
        <translation>未满足的内容</translation>
    </message>
    <message>
        <location line="-155"/>
        <source>Save changes</source>
        <translation>保存更改</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Create finding</source>
        <translation>创建审核发现</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Grade:</source>
        <translation>等级(&amp;G)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Location:</source>
        <translation>地点(&amp;L)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Process:</source>
        <translation>过程(&amp;P)：</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Clause references</source>
        <translation>条款引用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The clauses this finding is raised against.</source>
        <translation>此审核发现所针对的条款。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Requirement</source>
        <translation>要求</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the clause requires, in your own words.</source>
        <translation>用您自己的话说明该条款的要求。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Objective evidence</source>
        <translation>客观证据</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Describe what you found, and tick the notes and files that show it.</source>
        <translation>描述您的发现，并勾选能证明它的笔记和文件。</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+110"/>
        <source>What is not fulfilled, stated so the auditee can act on it.</source>
        <translation>未满足的内容，表述应使受审核方能据此采取行动。</translation>
    </message>
    <message>
        <location line="-100"/>
        <source>&amp;Finding</source>
        <translation>审核发现(&amp;F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>F&amp;ollow-up</source>
        <translation>跟踪(&amp;U)</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>A nonconformity needs a clause reference: add the clause it is raised against.</source>
        <translation>不符合需要引用条款：请添加其所针对的条款。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GHTF N19 grades ISO 13485 clauses 4 to 8: add one to the clause references.</source>
        <translation>GHTF N19 对 ISO 13485 第 4 至 8 章条款分级：请在条款引用中添加其中一个条款。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A nonconformity needs objective evidence: describe what you found or tick a note, photo or document.</source>
        <translation>不符合需要客观证据：请描述您的发现，或勾选一条笔记、一张照片或一份文档。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A nonconformity needs a statement of nonconformity: say which requirement is not fulfilled (ISO/IEC 17021-1 9.4.5.2).</source>
        <translation>不符合需要不符合陈述：请说明哪项要求未得到满足（ISO/IEC 17021-1 9.4.5.2）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Describe the finding: its objective evidence or its statement.</source>
        <translation>请描述此审核发现：其客观证据或其陈述。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>1 minor nonconformity already on %1 — consider whether together they indicate a major.</source>
        <translation>条款 %1 已有 1 项轻微不符合——请考虑它们合起来是否构成严重不符合。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 minor nonconformities already on %2 — consider whether together they indicate a major.</source>
        <translation>已有 %1 项轻微不符合涉及条款 %2——请考虑它们合起来是否构成严重不符合。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Statement of nonconformity</source>
        <translation>不符合陈述</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Statement</source>
        <translation>陈述</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What was found, in a sentence or two the auditee will read in the report.</source>
        <translation>发现了什么，用一两句话写明，受审核方将在报告中读到。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was found</source>
        <translation>发现的情况</translation>
    </message>
</context>
<context>
    <name>FindingDetail</name>
    <message>
        <location filename="../../auditor_app/ui/findings/detail.py" line="+34"/>
        <source>raised by %1</source>
        <translation>由 %1 提出</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No clause reference.</source>
        <translation>无条款引用。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clauses</source>
        <translation>条款</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Requirement</source>
        <translation>要求</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Objective evidence</source>
        <translation>客观证据</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Statement of nonconformity</source>
        <translation>不符合陈述</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Statement</source>
        <translation>陈述</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Root cause</source>
        <translation>根本原因</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correction</source>
        <translation>纠正</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Corrective action</source>
        <translation>纠正措施</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action owner</source>
        <translation>措施负责人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due date</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verified by</source>
        <translation>验证人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed on</source>
        <translation>关闭日期</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Follow-up</source>
        <translation>跟踪</translation>
    </message>
</context>
<context>
    <name>FindingsFeature</name>
    <message>
        <location filename="../../auditor_app/ui/findings/feature.py" line="+35"/>
        <location line="+1"/>
        <location line="+47"/>
        <source>Findings</source>
        <translation>审核发现</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>New &amp;finding…</source>
        <translation>新建审核发现(&amp;F)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show all f&amp;indings</source>
        <translation>显示所有审核发现(&amp;I)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Findings (%1)</source>
        <translation>审核发现（%1）</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Finding %1 deleted — Edit › Undo brings it back.</source>
        <translation>审核发现 %1 已删除——“编辑 › 撤销”可恢复。</translation>
    </message>
</context>
<context>
    <name>FindingsPage</name>
    <message>
        <location filename="../../auditor_app/ui/findings/page.py" line="+47"/>
        <source>Filter findings: reference, clause, text, owner…</source>
        <translation>筛选审核发现：编号、条款、文字、负责人…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show findings of one grade</source>
        <translation>显示某一等级的审核发现</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show findings with one follow-up status</source>
        <translation>显示某一跟踪状态的审核发现</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All statuses</source>
        <translation>所有状态</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;New finding…</source>
        <translation>新建审核发现(&amp;N)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>All grades</source>
        <translation>所有等级</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>No findings yet. Raise one from a clause with Audit › New finding… (Ctrl+Shift+F).</source>
        <translation>尚无审核发现。可在条款上通过“审核 › 新建审核发现…”（Ctrl+Shift+F）提出。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Select a finding to see it in full.</source>
        <translation>选择一项审核发现以查看完整内容。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2 findings</source>
        <translation>显示 %1 项（共 %2 项）审核发现</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 findings</source>
        <translation>%1 项审核发现</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>1 finding</source>
        <translation>1 项审核发现</translation>
    </message>
</context>
<context>
    <name>FindingsTable</name>
    <message>
        <location filename="../../auditor_app/ui/findings/table_model.py" line="+51"/>
        <source>Ref.</source>
        <translation>编号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clauses</source>
        <translation>条款</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Statement</source>
        <translation>陈述</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action owner</source>
        <translation>措施负责人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Raised by</source>
        <translation>提出人</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <location filename="../../auditor_app/ui/cycle/follow_up_dialog.py" line="+32"/>
        <source>the item</source>
        <translation>该事项</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Follow-up finding for %1</source>
        <translation>%1 的跟踪审核发现</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>What is still not fulfilled</source>
        <translation>仍未满足的内容</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The objective evidence seen in this audit</source>
        <translation>本次审核中看到的客观证据</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Outcome:</source>
        <translation>结果：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grade:</source>
        <translation>等级：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clauses:</source>
        <translation>条款：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requirement:</source>
        <translation>要求：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Statement:</source>
        <translation>陈述：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence:</source>
        <translation>证据：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Raise finding</source>
        <translation>提出审核发现</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Write the statement: what is still not fulfilled.</source>
        <translation>请填写陈述：仍未满足的内容。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A nonconformity needs the objective evidence seen.</source>
        <translation>不符合需要所见的客观证据。</translation>
    </message>
</context>
<context>
    <name>FollowUpForm</name>
    <message>
        <location filename="../../auditor_app/ui/findings/follow_up.py" line="+52"/>
        <source>Why did it happen? (the auditee&apos;s analysis)</source>
        <translation>为什么会发生？（受审核方的分析）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was done about this case</source>
        <translation>针对此事已采取的处置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What stops it happening again</source>
        <translation>防止再次发生的措施</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agreed:</source>
        <translation>已商定：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closed:</source>
        <translation>已关闭：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Status:</source>
        <translation>状态(&amp;S)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Root cause:</source>
        <translation>根本原因(&amp;R)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;orrection:</source>
        <translation>纠正(&amp;O)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Corrective &amp;action:</source>
        <translation>纠正措施(&amp;A)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action o&amp;wner:</source>
        <translation>措施负责人(&amp;W)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due date:</source>
        <translation>截止日期：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Verified by:</source>
        <translation>验证人(&amp;V)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed on:</source>
        <translation>关闭日期：</translation>
    </message>
</context>
<context>
    <name>GalleryPage</name>
    <message>
        <location filename="../../auditor_app/ui/evidence/gallery_page.py" line="+37"/>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filter by caption, file name or camera</source>
        <translation>按说明文字、文件名或相机筛选</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All evidence</source>
        <translation>所有证据</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not yet assigned</source>
        <translation>尚未分配</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+51"/>
        <source>On the clause shown</source>
        <translation>当前显示的条款</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>Oldest first</source>
        <translation>最早的在前</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Newest first</source>
        <translation>最新的在前</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sorted by the time each photo was taken</source>
        <translation>按每张照片的拍摄时间排序</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add files…</source>
        <translation>添加文件…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paste</source>
        <translation>粘贴</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No evidence here.
Drop photos or documents on this page, or use Add files…</source>
        <translation>此处没有证据。
可将照片或文档拖放到此页面，或使用“添加文件…”</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Show:</source>
        <translation>显示(&amp;S)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Order:</source>
        <translation>排序(&amp;O)：</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>On clause %1</source>
        <translation>条款 %1 上</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 files</source>
        <translation>%1 个文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2 files</source>
        <translation>显示 %1 个（共 %2 个）文件</translation>
    </message>
</context>
<context>
    <name>HistoryDock</name>
    <message>
        <location filename="../../auditor_app/ui/history_dock.py" line="+28"/>
        <location line="+35"/>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select a clause to see who changed what in it, and when.</source>
        <translation>选择一个条款，查看谁在何时更改了其中的哪些内容。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nothing has been recorded for this clause yet.</source>
        <translation>此条款尚无任何记录。</translation>
    </message>
</context>
<context>
    <name>InfoPane</name>
    <message>
        <location filename="../../auditor_app/ui/evidence/viewer_info.py" line="+34"/>
        <source>What the photo shows (appears in the report)</source>
        <translation>照片显示的内容（出现在报告中）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Taken</source>
        <translation>拍摄时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Camera</source>
        <translation>相机</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added by</source>
        <translation>添加人</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Picture</source>
        <translation>像素尺寸</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Caption</source>
        <translation>说明文字</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Evidence integrity (SHA-256)</source>
        <translation>证据完整性（SHA-256）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Used by</source>
        <translation>用于</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+1"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Of the original as taken; the audit stores a reduced copy.</source>
        <translation>为拍摄时原件的值；审核中存储的是缩小的副本。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Of the file as stored, unchanged since it was added.</source>
        <translation>为所存储文件的值，自添加以来未更改。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Double-click to go to the clause</source>
        <translation>双击跳转到该条款</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not used by any clause or finding yet.</source>
        <translation>尚未被任何条款或审核发现使用。</translation>
    </message>
</context>
<context>
    <name>IssueDialog</name>
    <message>
        <location filename="../../auditor_app/ui/issuing.py" line="+43"/>
        <source>Issue report</source>
        <translation>发布报告</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not signed</source>
        <translation>不签名</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2, until %3)</source>
        <translation>%1（%2，有效期至 %3）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The certificate names a team member other than the lead auditor</source>
        <translation>证书所列人员是审核组长以外的团队成员</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revision:</source>
        <translation>修订版：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Profile:</source>
        <translation>配置(&amp;P)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Certificate:</source>
        <translation>证书(&amp;C)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pa&amp;ssphrase:</source>
        <translation>口令(&amp;S)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The report is written at this revision, signed, and recorded in the audit. An issued revision is never issued again: a re-issue takes the next number.</source>
        <translation>报告将以此修订版生成、签名并记录在审核中。已发布的修订版不会再次发布：重新发布将使用下一个编号。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Continue…</source>
        <translation>继续…</translation>
    </message>
</context>
<context>
    <name>IssueFlow</name>
    <message>
        <location line="+62"/>
        <source>Issue report</source>
        <translation>发布报告</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Issuing the report</source>
        <translation>正在发布报告</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Issuing the report to %1…</source>
        <translation>正在将报告发布到 %1…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stopping; nothing is written or recorded…</source>
        <translation>正在停止；不会写入或记录任何内容…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Signed by %1.</source>
        <translation>签名人：%1。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not signed.</source>
        <translation>未签名。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revision %1 was issued and recorded in the audit.
%2

Saved as
%3</source>
        <translation>修订版 %1 已发布并记录在审核中。
%2

保存为
%3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It replaces revision %1.</source>
        <translation>它替代修订版 %1。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Report issued</source>
        <translation>报告已发布</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Issued revision %1 to %2</source>
        <translation>修订版 %1 已发布到 %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Report not issued</source>
        <translation>报告未发布</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1

No file was written and nothing was recorded.</source>
        <translation>%1

未写入任何文件，也未记录任何内容。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../auditor_app/ui/main_window.py" line="+93"/>
        <source>Clauses</source>
        <translation>条款</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Open audit</source>
        <translation>打开审核</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit files and sealed packages (*.audit *.age);;Audit files (*.audit);;Sealed packages (*.age);;All files (*)</source>
        <translation>审核文件和加密包 (*.audit *.age);;审核文件 (*.audit);;加密包 (*.age);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Copy saved to %1</source>
        <translation>副本已保存到 %1</translation>
    </message>
    <message>
        <location filename="../../auditor_app/ui/window_session.py" line="+87"/>
        <source>Cannot open audit file</source>
        <translation>无法打开审核文件</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Audit file damaged</source>
        <translation>审核文件已损坏</translation>
    </message>
    <message>
        <location filename="../../auditor_app/ui/window_views.py" line="+71"/>
        <source>Change not saved</source>
        <translation>更改未保存</translation>
    </message>
    <message>
        <location filename="../../auditor_app/ui/window_menus.py" line="+16"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Audit</source>
        <translation>审核(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;vidence</source>
        <translation>证据(&amp;I)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;sample audit</source>
        <translation>打开示例审核(&amp;S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save a &amp;copy…</source>
        <translation>保存副本(&amp;A)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Filter clauses</source>
        <translation>筛选条款(&amp;L)</translation>
    </message>
</context>
<context>
    <name>MeetingPanel</name>
    <message>
        <location filename="../../auditor_app/ui/details/meetings.py" line="+42"/>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Held at:</source>
        <translation>召开时间(&amp;H)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Location:</source>
        <translation>地点(&amp;L)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Notes:</source>
        <translation>纪要(&amp;N)：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Agenda points confirmed, questions</source>
        <translation>已确认的议程要点、提问</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ac&amp;knowledgement:</source>
        <translation>管理层确认(&amp;K)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the auditee&apos;s management acknowledged</source>
        <translation>受审核方管理层确认的内容</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Name of an attendee, then Enter</source>
        <translation>输入一位参会人员姓名，然后按 Enter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the auditee people</source>
        <translation>添加受审核方人员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everyone recorded as interviewed or contacted at the client</source>
        <translation>在客户处记录为面谈或接触过的所有人员</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the audit team</source>
        <translation>添加审核组</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&lt;b&gt;Attendance&lt;/b&gt; — %1 of %2 present</source>
        <translation>&lt;b&gt;出席情况&lt;/b&gt; — %2 人中 %1 人出席</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Add %1 to the %2</source>
        <translation>将 %1 添加到%2</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Add %n attendees to the %1</source>
        <translation>
            <numerusform>将 %n 位参会人员添加到%1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Mark %1 present</source>
        <translation>将 %1 标记为出席</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mark %1 absent</source>
        <translation>将 %1 标记为缺席</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit attendee %1</source>
        <translation>编辑参会人员 %1</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>&lt;b&gt;Attendance&lt;/b&gt;</source>
        <translation>&lt;b&gt;出席情况&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <location line="+71"/>
        <source>Remove %n attendee(s)</source>
        <translation>
            <numerusform>移除 %n 位参会人员</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MeetingsSection</name>
    <message>
        <location line="+16"/>
        <source>Opening and closing meetings</source>
        <translation>首次会议和末次会议</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attendance lists and what was agreed (ISO 19011 6.4.3 and 6.4.10).</source>
        <translation>签到名单及商定事项（ISO 19011 6.4.3 和 6.4.10）。</translation>
    </message>
</context>
<context>
    <name>MergeFlow</name>
    <message numerus="yes">
        <location filename="../../auditor_app/ui/merging.py" line="+98"/>
        <source>Checking and merging %n file(s): %1.
Every file is verified before anything is written.</source>
        <translation>
            <numerusform>正在检查并合并 %n 个文件：%1。
在写入任何内容之前，每个文件都会经过校验。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Merging team files</source>
        <translation>正在合并团队文件</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Merge a different audit?</source>
        <translation>合并另一次审核？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1.

%2</source>
        <translation>%1。

%2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Nothing merged</source>
        <translation>未合并任何内容</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1

Your audit file was not changed.</source>
        <translation>%1

您的审核文件未被更改。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: sealed package, checked; signed by %2</source>
        <translation>%1：加密包，已检查；签名者 %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Merge finished</source>
        <translation>合并完成</translation>
    </message>
</context>
<context>
    <name>MergeHistory</name>
    <message>
        <location filename="../../auditor_app/ui/merge_history.py" line="+63"/>
        <source>&amp;Merge history…</source>
        <translation>合并历史(&amp;M)…</translation>
    </message>
</context>
<context>
    <name>MergeHistoryDialog</name>
    <message>
        <location line="-38"/>
        <source>Merge history</source>
        <translation>合并历史</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Merged</source>
        <translation>合并时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Recorded by</source>
        <translation>记录人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes</source>
        <translation>更改</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Evidence files</source>
        <translation>证据文件</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>nothing new</source>
        <translation>没有新内容</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 team file(s) merged into this audit; every change keeps its author.</source>
        <translation>已有 %1 个团队文件合并到本次审核；每项更改都保留其作者。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No team file has been merged into this audit yet (File › Merge team files…).</source>
        <translation>尚未有团队文件合并到本次审核（“文件 › 合并团队文件…”）。</translation>
    </message>
</context>
<context>
    <name>MergeWords</name>
    <message>
        <location filename="../../auditor_app/ui/merging.py" line="+13"/>
        <source>%1: nothing new</source>
        <translation>%1：没有新内容</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n operation(s)</source>
        <translation>
            <numerusform>%n 项操作</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n evidence file(s)</source>
        <translation>
            <numerusform>%n 个证据文件</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2, %3</source>
        <translation>%1：%2，%3</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1: %n of them unsigned (%2)</source>
        <translation>
            <numerusform>%1：其中 %n 项未签名（%2）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n conflict(s) to decide: see View ▸ Conflicts.</source>
        <translation>
            <numerusform>有 %n 个冲突待决定：请查看“视图 ▸ 冲突”。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No conflicts: every team member&apos;s work agrees.</source>
        <translation>没有冲突：所有审核组成员的工作一致。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A merge cannot be undone, and earlier changes can no longer be undone either.</source>
        <translation>合并无法撤销，之前的更改也不能再撤销。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The audit as it was before the merge is saved as
%1</source>
        <translation>合并前的审核已保存为
%1</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%1 holds %n unsigned change(s) (%2), made by a version without signing or added by hand: nothing shows who really made them.

Merge them only if you trust how the file reached you.</source>
        <translation>
            <numerusform>%1 包含 %n 项未签名的更改（%2），由不支持签名的版本生成或被手动添加：无法证明这些更改的真实作者。

只有在您信任该文件的传递途径时才合并。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Merge unsigned changes?</source>
        <translation>合并未签名的更改？</translation>
    </message>
</context>
<context>
    <name>N19Factors</name>
    <message>
        <location filename="../../auditor_app/ui/findings/n19_factors.py" line="+25"/>
        <source>&amp;Repeat occurrence (raised at an earlier audit)</source>
        <translation>重复发生（以往审核中已提出）(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No &amp;documented procedure or process</source>
        <translation>缺少形成文件的程序或过程(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nonconforming medical devices &amp;released</source>
        <translation>不合格医疗器械已放行(&amp;R)</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1 (computed by GHTF/SG3/N19; it cannot be picked)</source>
        <translation>%1（由 GHTF/SG3/N19 计算得出；不可选择）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Several ISO 13485 clauses are cited: the highest grade counts (%1).</source>
        <translation>引用了多个 ISO 13485 条款：以最高等级为准（%1）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not graded by N19: %1.</source>
        <translation>不按 N19 分级：%1。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Grade %1 (graded without N19 factors)</source>
        <translation>等级 %1（未考虑 N19 因素）</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>No grade yet: N19 grades ISO 13485 clauses 4 to 8; add one to the clause references.</source>
        <translation>尚无等级：N19 对 ISO 13485 第 4 至 8 章条款分级；请在条款引用中添加其中一个条款。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Nonconformity (grade computed by GHTF N19)</source>
        <translation>不符合（等级由 GHTF N19 计算）</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../../auditor_app/ui/navigation.py" line="+19"/>
        <source>&amp;Next clause</source>
        <translation>下一条款(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Previous clause</source>
        <translation>上一条款(&amp;P)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next clause not yet &amp;audited</source>
        <translation>下一个未审核的条款(&amp;A)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Show %1</source>
        <translation>显示%1</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>All clauses audited</source>
        <translation>所有条款均已审核</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every clause of this audit has a result.</source>
        <translation>本次审核的每个条款都已有结果。</translation>
    </message>
</context>
<context>
    <name>NewAuditWizard</name>
    <message>
        <location filename="../../auditor_app/ui/new_audit_wizard.py" line="+124"/>
        <source>New audit</source>
        <translation>新建审核</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Create audit</source>
        <translation>创建审核</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Audit</source>
        <translation>审核</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Client</source>
        <translation>客户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dates</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standards</source>
        <translation>标准</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 (%2 clauses)</source>
        <translation>%1（%2 个条款）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Team</source>
        <translation>审核组</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Creating the audit</source>
        <translation>正在创建审核</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Creating %1…</source>
        <translation>正在创建 %1…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Creating %1; this cannot be stopped half-way.</source>
        <translation>正在创建 %1；此过程无法中途停止。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Audit not created</source>
        <translation>审核未创建</translation>
    </message>
</context>
<context>
    <name>NewFromPreviousDialog</name>
    <message>
        <location filename="../../auditor_app/ui/cycle/new_from_previous.py" line="+51"/>
        <source>New audit from previous</source>
        <translation>从以往审核新建审核</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Choose…</source>
        <translation>选择(&amp;C)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the audit file of the previous audit of this client.</source>
        <translation>请选择该客户上一次审核的审核文件。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Previous audit:</source>
        <translation>上一次审核：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Audit &amp;type:</source>
        <translation>审核类型(&amp;T)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;itle:</source>
        <translation>标题(&amp;I)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dates:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checklists:</source>
        <translation>检查表：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as:</source>
        <translation>另存为：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Create audit</source>
        <translation>创建审核</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Previous audit</source>
        <translation>上一次审核</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+93"/>
        <source>Audit files (*.audit)</source>
        <translation>审核文件 (*.audit)</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>The folder %1 does not exist.</source>
        <translation>文件夹 %1 不存在。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 already exists. An audit file is never overwritten: choose another name.</source>
        <translation>%1 已存在。审核文件永远不会被覆盖：请另选一个名称。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Creating %1…</source>
        <translation>正在创建 %1…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Creating %1; this cannot be stopped half-way.</source>
        <translation>正在创建 %1；此过程无法中途停止。</translation>
    </message>
    <message>
        <location line="-105"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Client: %1</source>
        <translation>客户：%1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n open finding(s) to verify</source>
        <translation>
            <numerusform>%n 项未关闭的审核发现待验证</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n area(s) of concern to check</source>
        <translation>
            <numerusform>%n 项关注事项待检查</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 cannot be used: %2</source>
        <translation>无法使用 %1：%2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 (%2): no other version in the library</source>
        <translation>%1（%2）：库中没有其他版本</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use %1 instead of %2</source>
        <translation>使用 %1 代替 %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Audit</source>
        <translation>审核</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>New audit file</source>
        <translation>新审核文件</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose where to save the new audit file.</source>
        <translation>请选择新审核文件的保存位置。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Creating the audit</source>
        <translation>正在创建审核</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Audit not created</source>
        <translation>审核未创建</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../../auditor_app/ui/note_dialog.py" line="+33"/>
        <source>Interview</source>
        <translation>面谈</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Observation on site</source>
        <translation>现场观察</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document review</source>
        <translation>文件评审</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sampling</source>
        <translation>抽样</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>General note</source>
        <translation>一般笔记</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Note</source>
        <translation>笔记</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Edit note</source>
        <translation>编辑笔记</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+45"/>
        <source>Add note</source>
        <translation>添加笔记</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Pick from the people met, or type a new name</source>
        <translation>从已见过的人员中选择，或输入新姓名</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Role or job title of a new interviewee</source>
        <translation>新受访人员的角色或职务</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hall, line, office, site…</source>
        <translation>车间、产线、办公室、场所…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Document number or title</source>
        <translation>文件编号或标题</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. 240 purchase orders Jan–Jun</source>
        <translation>例如：1–6 月的 240 份采购订单</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>random, every 10th, risk-based…</source>
        <translation>随机、每 10 个抽 1 个、基于风险…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not given</source>
        <translation>未提供</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The items checked, one per line</source>
        <translation>已检查的项目，每行一项</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What was said, seen or read — facts, names, document numbers…</source>
        <translation>所说、所见或所读的内容——事实、姓名、文件编号…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Internal note (kept out of the client report)</source>
        <translation>内部笔记（不列入给客户的报告）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save note</source>
        <translation>保存笔记</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Interviewee:</source>
        <translation>受访人员(&amp;I)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role:</source>
        <translation>角色：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Department:</source>
        <translation>部门：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Document:</source>
        <translation>文件(&amp;D)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;vision:</source>
        <translation>版本(&amp;V)：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Population:</source>
        <translation>总体(&amp;P)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Method:</source>
        <translation>方法：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sample &amp;size:</source>
        <translation>样本量(&amp;S)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Items:</source>
        <translation>项目：</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Where:</source>
        <translation>地点(&amp;W)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Text:</source>
        <translation>内容(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>OfficeStore</name>
    <message>
        <location filename="../../auditor_app/ui/office_store/feature.py" line="+29"/>
        <source>S&amp;ync with the office store…</source>
        <translation>与办公室存储同步(&amp;Y)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office store &amp;archive…</source>
        <translation>办公室存储档案(&amp;V)…</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Preferences not saved</source>
        <translation>首选项未保存</translation>
    </message>
    <message>
        <location line="-19"/>
        <location line="+25"/>
        <source>Office store</source>
        <translation>办公室存储</translation>
    </message>
</context>
<context>
    <name>PhotoReview</name>
    <message>
        <location filename="../../auditor_app/ui/evidence_import/review_model.py" line="+79"/>
        <source>Photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Taken</source>
        <translation>拍摄时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Camera</source>
        <translation>相机</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clause</source>
        <translation>条款</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Caption</source>
        <translation>说明文字</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Refused: %1</source>
        <translation>已拒绝：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duplicate: already in this audit</source>
        <translation>重复：已在本次审核中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duplicate of %1</source>
        <translation>与 %1 重复</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1
Suggested by the audit-plan slot the photo was taken in</source>
        <translation>%1
根据拍摄照片时所在的审核计划时段建议</translation>
    </message>
</context>
<context>
    <name>PlanSection</name>
    <message>
        <location filename="../../auditor_app/ui/details/plan.py" line="+55"/>
        <source>&amp;Add slot</source>
        <translation>添加时段(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new slot after the last one; double-click a cell to edit it</source>
        <translation>在最后一个时段之后新增一个时段；双击单元格可编辑</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Audit plan</source>
        <translation>审核计划</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The timetable agreed with the client, in order of day and start time. Double-click a cell to edit.</source>
        <translation>与客户商定的日程安排，按日期和开始时间排序。双击单元格可编辑。</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Change %1 in the audit plan</source>
        <translation>更改审核计划中的%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add a slot to the audit plan</source>
        <translation>向审核计划添加时段</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>Remove %n slot(s) from the audit plan</source>
        <translation>
            <numerusform>从审核计划中移除 %n 个时段</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../auditor_app/ui/preferences_dialog.py" line="+47"/>
        <source>The logo file is not there any more: %1</source>
        <translation>徽标文件已不存在：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not a picture that can be used: %1 (%2)</source>
        <translation>不是可用的图片：%1（%2）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>As it should appear on your changes and in reports</source>
        <translation>在您的更改记录和报告中显示的样子</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>System default</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Your certification body or consultancy</source>
        <translation>您所在的认证机构或咨询机构</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+8"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Built-in</source>
        <translation>内置</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep photos exactly as taken (largest files)</source>
        <translation>完全按拍摄原样保留照片（文件最大）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> px</source>
        <translation> 像素</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>You</source>
        <translation>您</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Initials:</source>
        <translation>姓名缩写(&amp;I)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stamped on every change you make, so the audit trail shows who did what.</source>
        <translation>标记在您所做的每项更改上，使更改记录能显示谁做了什么。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new language takes effect at the next start.</source>
        <translation>新语言将在下次启动时生效。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New audits</source>
        <translation>新审核</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Grading of findings:</source>
        <translation>审核发现分级(&amp;G)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report branding</source>
        <translation>报告标识</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Organisation:</source>
        <translation>组织(&amp;O)：</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Logo:</source>
        <translation>徽标：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Default Word template:</source>
        <translation>默认 Word 模板：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Photos added as evidence</source>
        <translation>作为证据添加的照片</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Otherwise, longest &amp;edge:</source>
        <translation>否则，最长边(&amp;E)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JPEG &amp;quality:</source>
        <translation>JPEG 质量(&amp;Q)：</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Report logo</source>
        <translation>报告徽标</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pictures (*.png *.jpg *.jpeg *.bmp *.webp)</source>
        <translation>图片 (*.png *.jpg *.jpeg *.bmp *.webp)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Logo not used</source>
        <translation>未使用徽标</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No logo</source>
        <translation>无徽标</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Word report template</source>
        <translation>Word 报告模板</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Word documents (*.docx)</source>
        <translation>Word 文档 (*.docx)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Template not used</source>
        <translation>未使用模板</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Built-in template (the PDF report&apos;s sections)</source>
        <translation>内置模板（与 PDF 报告的章节相同）</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Preferences not saved</source>
        <translation>首选项未保存</translation>
    </message>
</context>
<context>
    <name>PreviousFindingsPage</name>
    <message>
        <location filename="../../auditor_app/ui/cycle/previous_page.py" line="+89"/>
        <source>What was seen that shows the action worked (or did not)</source>
        <translation>所见到的、能表明措施有效（或无效）的内容</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Record verification</source>
        <translation>记录验证(&amp;R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Raise &amp;follow-up finding…</source>
        <translation>提出跟踪审核发现(&amp;F)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Outcome:</source>
        <translation>结果：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence:</source>
        <translation>证据：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verified by:</source>
        <translation>验证人：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rests on:</source>
        <translation>依据：</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Statement</source>
        <translation>陈述</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Requirement / area</source>
        <translation>要求 / 区域</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clauses</source>
        <translation>条款</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status then</source>
        <translation>当时状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client response</source>
        <translation>客户回复</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not verified yet</source>
        <translation>尚未验证</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>A follow-up finding was raised.</source>
        <translation>已提出跟踪审核发现。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Note: %1</source>
        <translation>笔记：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photo: %1</source>
        <translation>照片：%1</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <location filename="../../auditor_app/ui/export_dialogs.py" line="-149"/>
        <source>Export report (PDF)</source>
        <translation>导出报告 (PDF)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export report (Word)</source>
        <translation>导出报告 (Word)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export workbook (Excel)</source>
        <translation>导出工作簿 (Excel)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Profile:</source>
        <translation>报告类型(&amp;P)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The audit&apos;s language</source>
        <translation>审核的语言</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Report &amp;language:</source>
        <translation>报告语言(&amp;L)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Second language:</source>
        <translation>第二语言(&amp;S)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Template:</source>
        <translation>模板：</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>P&amp;hoto size:</source>
        <translation>照片尺寸(&amp;H)：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sections</source>
        <translation>章节</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Continue…</source>
        <translation>继续…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Required in a certification report (ISO/IEC 17021-1 9.4.8)</source>
        <translation>认证审核报告中必需（ISO/IEC 17021-1 9.4.8）</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Estimated size: about %1 MB (%2 photos)</source>
        <translation>估计大小：约 %1 MB（%2 张照片）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 of %2 photos measured from copies already made; the rest estimated from typical photos. Usually within 20 %.</source>
        <translation>%2 张照片中有 %1 张按已生成的副本测得，其余按典型照片估算。误差通常在 20% 以内。</translation>
    </message>
</context>
<context>
    <name>RecentAuditsModel</name>
    <message>
        <location filename="../../auditor_app/ui/models/recent_audits.py" line="+53"/>
        <source>Audit</source>
        <translation>审核</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Client</source>
        <translation>客户</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dates</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>File not found: %1</source>
        <translation>找不到文件：%1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>file not found</source>
        <translation>找不到文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../auditor_app/ui/start_page.py" line="+178"/>
        <source>%1 of %2 clauses</source>
        <translation>%1/%2 个条款</translation>
    </message>
</context>
<context>
    <name>RelatedClauses</name>
    <message>
        <location filename="../../auditor_app/ui/related_clauses.py" line="+56"/>
        <location line="+17"/>
        <source>Also relevant to</source>
        <translation>亦相关于</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Also relevant to (%1)</source>
        <translation>亦相关于（%1）</translation>
    </message>
</context>
<context>
    <name>RelatedClausesTab</name>
    <message>
        <location line="-45"/>
        <source>In an integrated audit, evidence for this clause often also answers these clauses of the other standards (cross-walk). Double-click to go there.</source>
        <translation>在结合审核中，此条款的证据通常也适用于其他标准的这些条款（条款对照）。双击可跳转到该处。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 %2 — %3 · %4</source>
        <translation>%1 %2 — %3 · %4</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No corresponding clause in the other standards loaded in this audit.</source>
        <translation>本次审核加载的其他标准中没有对应条款。</translation>
    </message>
</context>
<context>
    <name>ResultDelegate</name>
    <message>
        <location filename="../../auditor_app/ui/search_panel.py" line="+118"/>
        <source>Not tied to a clause</source>
        <translation>未关联条款</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <location filename="../../auditor_app/ui/evidence_import/review_dialog.py" line="+64"/>
        <source>Import photos</source>
        <translation>导入照片</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>↑ ↓ move between photos · type a clause number, Enter to confirm and go on · Space includes or leaves out a photo · Tab to the caption · Ctrl+Enter imports</source>
        <translation>↑ ↓ 在照片间移动 · 输入条款号，按 Enter 确认并继续 · 空格键纳入或排除照片 · Tab 键跳到说明文字 · Ctrl+Enter 导入</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>“%1” is not a clause of this audit; the clause was left as it was.</source>
        <translation>“%1”不是本次审核的条款；条款保持不变。</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%n photo(s) found in %1</source>
        <translation>
            <numerusform>在 %1 中找到 %n 张照片</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n already in this audit or found twice</source>
        <translation>
            <numerusform>%n 张已在本次审核中或重复出现</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n refused</source>
        <translation>
            <numerusform>%n 张被拒绝</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each photo is suggested the first clause of the audit-plan slot it was taken in. Confirm or change it.</source>
        <translation>为每张照片建议的是其拍摄时所在审核计划时段的第一个条款。请确认或更改。</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n photo(s) to import have no clause yet.</source>
        <translation>
            <numerusform>有 %n 张待导入的照片尚未指定条款。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Import %n photo(s)</source>
        <translation>
            <numerusform>导入 %n 张照片</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScopePage</name>
    <message>
        <location filename="../../auditor_app/ui/new_audit_wizard.py" line="-103"/>
        <source>Scope, objectives and criteria</source>
        <translation>范围、目标和准则</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As agreed with the client; the report states them (ISO 19011 6.5.1).</source>
        <translation>按与客户商定的内容填写；报告中将予以说明（ISO 19011 6.5.1）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activities, products, processes and sites covered, e.g. Design and manufacture of precision turned parts for the automotive industry</source>
        <translation>覆盖的活动、产品、过程和场所，例如：汽车行业精密车削零件的设计和制造</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. Determine the conformity of the management system with the audit criteria and its ability to meet its objectives</source>
        <translation>例如：确定管理体系与审核准则的符合性及其实现目标的能力</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The standards, plus the client&apos;s own requirements</source>
        <translation>标准，以及客户自身的要求</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Scope:</source>
        <translation>范围(&amp;S)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Objectives:</source>
        <translation>目标(&amp;B)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Criteria:</source>
        <translation>准则(&amp;C)：</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1; the client&apos;s management system documentation; applicable legal requirements</source>
        <translation>%1；客户的管理体系文件；适用的法律法规要求</translation>
    </message>
</context>
<context>
    <name>SearchFeature</name>
    <message>
        <location filename="../../auditor_app/ui/search_feature.py" line="+54"/>
        <source>&amp;Find in audit…</source>
        <translation>在审核中查找(&amp;F)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;History</source>
        <translation>历史记录(&amp;H)</translation>
    </message>
    <message>
        <location line="+38"/>
        <location line="+29"/>
        <source>Search is not available: %1</source>
        <translation>搜索不可用：%1</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>%1 — with its notes, evidence and findings</source>
        <translation>%1 — 及其笔记、证据和审核发现</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>This item is not tied to a clause.</source>
        <translation>此项未关联条款。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../auditor_app/ui/search_panel.py" line="+12"/>
        <source>Find in audit</source>
        <translation>在审核中查找</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search notes, findings, evidence, people…</source>
        <translation>搜索笔记、审核发现、证据、人员…</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Type to search notes, findings, evidence captions and file names, people and clause titles.</source>
        <translation>输入内容以搜索笔记、审核发现、证据说明文字和文件名、人员以及条款标题。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Indexing the audit…</source>
        <translation>正在为审核建立索引…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No matches for “%1”.</source>
        <translation>没有与“%1”匹配的结果。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The first %1 results — add a word to narrow the search.</source>
        <translation>前 %1 个结果——添加关键词以缩小搜索范围。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 results</source>
        <translation>%1 个结果</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 result in 1 clause</source>
        <translation>1 个结果，位于 1 个条款中</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 results in 1 clause</source>
        <translation>%1 个结果，位于 1 个条款中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 results in %2 clauses</source>
        <translation>%1 个结果，分布在 %2 个条款中</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>1 result</source>
        <translation>1 个结果</translation>
    </message>
</context>
<context>
    <name>SecretDialog</name>
    <message>
        <location filename="../../auditor_app/ui/package_keys.py" line="+52"/>
        <source>Other key file…</source>
        <translation>其他密钥文件…</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <location filename="../../auditor_app/ui/details/signature_pad.py" line="+48"/>
        <source>Signature pad</source>
        <translation>签名板</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign here with a pen, a finger or the mouse</source>
        <translation>请在此用笔、手指或鼠标签名</translation>
    </message>
    <message>
        <location line="+176"/>
        <source>Sign above the line</source>
        <translation>请在线上方签名</translation>
    </message>
</context>
<context>
    <name>SignoffBox</name>
    <message>
        <location filename="../../auditor_app/ui/details/signoff_list.py" line="+101"/>
        <source>Sign attendance…</source>
        <translation>签署出席…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The client&apos;s representative signs on the screen that they attended the closing meeting</source>
        <translation>客户代表在屏幕上签名，确认其出席了末次会议</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Acknowledge findings…</source>
        <translation>确认审核发现…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The client&apos;s representative signs on the screen that the findings were presented to them</source>
        <translation>客户代表在屏幕上签名，确认已向其介绍审核发现</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove sign-off</source>
        <translation>移除签名</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&lt;b&gt;Sign-offs&lt;/b&gt; — %1</source>
        <translation>&lt;b&gt;签名&lt;/b&gt; — %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Sign-offs&lt;/b&gt;</source>
        <translation>&lt;b&gt;签名&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Sign-off by %1</source>
        <translation>%1 的签名</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Remove %n sign-off(s)</source>
        <translation>
            <numerusform>移除 %n 个签名</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SignoffDialog</name>
    <message>
        <location filename="../../auditor_app/ui/details/signoff_dialog.py" line="+36"/>
        <source>I attended the closing meeting of the audit “%1” of %2 on %3.</source>
        <translation>本人于 %3 出席了 %2 的审核“%1”的末次会议。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Location: %1</source>
        <translation>地点：%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The findings of the audit “%1” of %2 were presented to me at the closing meeting on %3. I have understood them:</source>
        <translation>%2 的审核“%1”的审核发现已于 %3 的末次会议上向本人介绍。本人已理解这些发现：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(no findings were raised)</source>
        <translation>（未提出审核发现）</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Please read the statement, check your name, and sign in the box below.</source>
        <translation>请阅读声明，核对您的姓名，并在下方框内签名。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Statement</source>
        <translation>声明</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Role:</source>
        <translation>职务(&amp;R)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Organisation:</source>
        <translation>组织(&amp;O)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Clear</source>
        <translation>清除(&amp;C)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Sign</source>
        <translation>签名(&amp;S)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Signature:</source>
        <translation>签名：</translation>
    </message>
</context>
<context>
    <name>SignoffModel</name>
    <message>
        <location filename="../../auditor_app/ui/details/signoff_list.py" line="-155"/>
        <source>Signature</source>
        <translation>签名</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>职务</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Organisation</source>
        <translation>组织</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed</source>
        <translation>签署内容</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Signed at</source>
        <translation>签署时间</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>(image missing)</source>
        <translation>（图像缺失）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SHA-256 of the image: %1</source>
        <translation>图像的 SHA-256：%1</translation>
    </message>
</context>
<context>
    <name>Stage1Page</name>
    <message>
        <location filename="../../auditor_app/ui/cycle/stage1_page.py" line="+44"/>
        <source>Why: what was seen of the documented system, the sites, the internal audits and the management review</source>
        <translation>理由：对形成文件的体系、场所、内部审核和管理评审的所见情况</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Save readiness</source>
        <translation>保存准备情况(&amp;S)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Readiness for Stage 2</source>
        <translation>第二阶段审核准备情况</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conclusion:</source>
        <translation>结论：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reasons:</source>
        <translation>理由：</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Areas of concern (checked at Stage 2)</source>
        <translation>关注事项（在第二阶段审核中检查）</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>These were recorded when this audit was a Stage 1.</source>
        <translation>这些内容是在本次审核作为第一阶段审核时记录的。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not concluded yet</source>
        <translation>尚未得出结论</translation>
    </message>
</context>
<context>
    <name>StandardsPage</name>
    <message>
        <location filename="../../auditor_app/ui/new_audit_wizard.py" line="-87"/>
        <source>Standards</source>
        <translation>标准</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The audit criteria: one standard, or several for an integrated audit. Each brings its clauses with audit questions and typical evidence.</source>
        <translation>审核准则：一个标准，或结合审核时的多个标准。每个标准都带有其条款、审核问题和典型证据。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reading the checklist library…</source>
        <translation>正在读取检查表库…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>built in</source>
        <translation>内置</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>your own checklist</source>
        <translation>您自己的检查表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 clauses · edition %2 · %3</source>
        <translation>%1 个条款 · %2 版 · %3</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The checklist library cannot be read: %1</source>
        <translation>无法读取检查表库：%1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Choose at least one standard.</source>
        <translation>请至少选择一个标准。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 chosen, %2 clauses in all.</source>
        <translation>已选择 %1 个，共 %2 个条款。</translation>
    </message>
</context>
<context>
    <name>StartFeature</name>
    <message>
        <location filename="../../auditor_app/ui/start_feature.py" line="+54"/>
        <source>&amp;New audit…</source>
        <translation>新建审核(&amp;N)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
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
        <translation>管理体系审核的离线工作台：策划、现场审核、合并审核组的工作并出具报告。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New audit…</source>
        <translation>新建审核…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client, dates, standards and team; creates the audit file.</source>
        <translation>客户、日期、标准和审核组；将创建审核文件。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open…</source>
        <translation>打开…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>An audit file from this computer or a team member.</source>
        <translation>来自本机或审核组成员的审核文件。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open sample audit</source>
        <translation>打开示例审核</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A finished integrated ISO 9001 + 14001 audit to explore.</source>
        <translation>一次已完成的 ISO 9001 + 14001 结合审核，供您浏览。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Recent audits</source>
        <translation>最近的审核</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+144"/>
        <source>Remove from list</source>
        <translation>从列表中移除</translation>
    </message>
    <message>
        <location line="-143"/>
        <source>Forget the selected audit here; the file itself is not touched.</source>
        <translation>在此处移除所选审核的记录；文件本身不受影响。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No recent audits yet. The audits you create or open are listed here, with how far each one has got.</source>
        <translation>尚无最近的审核。您创建或打开的审核将列在此处，并显示各自的进度。</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Audit file not found</source>
        <translation>找不到审核文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1

This file is no longer there: it may have been moved, renamed or deleted, or be on a USB stick that is not plugged in.

Remove it from the list of recent audits?</source>
        <translation>%1

此文件已不在原处：可能已被移动、重命名或删除，或位于未插入的 U 盘上。

要将其从最近的审核列表中移除吗？</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>List not changed</source>
        <translation>列表未更改</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show in folder</source>
        <translation>在文件夹中显示</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <location filename="../../auditor_app/ui/window_chrome.py" line="+39"/>
        <source>No audit open — File › New audit…, Open… or Open sample audit</source>
        <translation>未打开审核——“文件 › 新建审核…”、“打开…”或“打开示例审核”</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 [read-only]</source>
        <translation>%1 [只读]</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1 of %n clause(s) audited</source>
        <translation>
            <numerusform>%n 个条款中已审核 %1 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n 项审核发现</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n 个冲突</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>last edit stored at %1</source>
        <translation>最后一次编辑已于 %1 保存</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>read-only: %1</source>
        <translation>只读：%1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>read-only</source>
        <translation>只读</translation>
    </message>
</context>
<context>
    <name>StoreAddressBox</name>
    <message>
        <location filename="../../auditor_app/ui/store_address.py" line="+189"/>
        <source>Office store</source>
        <translation>办公室存储</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change…</source>
        <translation>更改…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sync with %1</source>
        <translation>与 %1 同步</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not set: asked for at the first sync</source>
        <translation>未设置：首次同步时询问</translation>
    </message>
</context>
<context>
    <name>StoreAddressDialog</name>
    <message>
        <location line="-178"/>
        <source>Encrypted, the server&apos;s certificate checked (recommended)</source>
        <translation>加密，并验证服务器证书（推荐）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encrypted, the server not checked</source>
        <translation>加密，但不验证服务器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not encrypted</source>
        <translation>不加密</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Office store</source>
        <translation>办公室存储</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>store.example-cb.com</source>
        <translation>store.example-cb.com</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your login name at the store</source>
        <translation>您在存储中的登录名</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The system&apos;s certificate authorities</source>
        <translation>系统的证书颁发机构</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&amp;Server:</source>
        <translation>服务器(&amp;S)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Port:</source>
        <translation>端口(&amp;P)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Database:</source>
        <translation>数据库(&amp;D)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Role:</source>
        <translation>角色(&amp;R)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Encryption:</source>
        <translation>加密(&amp;E)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;CA certificate:</source>
        <translation>CA 证书(&amp;C)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fill in what your certification body&apos;s administrator gave you, or paste the address they sent. No password is kept here: it is asked for when the store needs it.</source>
        <translation>填写认证机构管理员提供给您的信息，或粘贴其发送的地址。此处不保存密码：存储需要时会询问。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Without encryption, your password and the audit travel in the clear: anyone on the network can read them. Use it only on a network you trust.</source>
        <translation>不加密时，您的密码和审核以明文传输：网络上的任何人都能读取。仅在可信网络中使用。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server&apos;s certificate is not checked: anyone between you and the store can pose as it.</source>
        <translation>不验证服务器证书：您与存储之间的任何人都可以冒充它。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>libpq&apos;s default (prefer)</source>
        <translation>libpq 默认值（prefer）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>CA certificate</source>
        <translation>CA 证书</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificates (*.crt *.pem *.cer);;All files (*)</source>
        <translation>证书 (*.crt *.pem *.cer);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>StorePasswordDialog</name>
    <message>
        <location filename="../../auditor_app/ui/office_store/password.py" line="+19"/>
        <location line="+72"/>
        <source>Office store password</source>
        <translation>办公室存储密码</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>Your password at the %1:</source>
        <translation>您在%1的密码：</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Remember in %1 (not asked again on this computer)</source>
        <translation>保存在 %1 中（在此计算机上不再询问）</translation>
    </message>
</context>
<context>
    <name>StoreRun</name>
    <message>
        <location filename="../../auditor_app/ui/office_store/archive_run.py" line="+35"/>
        <source>Stopping… Nothing is written.</source>
        <translation>正在停止… 不会写入任何内容。</translation>
    </message>
</context>
<context>
    <name>SyncFlow</name>
    <message>
        <location filename="../../auditor_app/ui/office_store/password.py" line="+10"/>
        <source>office store %1:%2, database %3</source>
        <translation>办公室存储 %1:%2，数据库 %3</translation>
    </message>
    <message>
        <location filename="../../auditor_app/ui/office_store/flow.py" line="+56"/>
        <source>Synchronising with %1: your changes go to the store first, then your team&apos;s come into this audit.</source>
        <translation>正在与 %1 同步：先将您的更改推送到存储，再将团队的更改并入此审核。</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+41"/>
        <source>Office store</source>
        <translation>办公室存储</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Stopping after the current batch… What was pushed stays in the store; nothing is pulled into your audit.</source>
        <translation>将在当前批次后停止… 已推送的内容保留在存储中；不会向您的审核拉取任何内容。</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Sync cancelled</source>
        <translation>同步已取消</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1

Your audit file was not changed.</source>
        <translation>%1

您的审核文件未被更改。</translation>
    </message>
    <message>
        <location filename="../../auditor_app/ui/office_store/password.py" line="+36"/>
        <source>The password remembered in %1 was refused by the store.</source>
        <translation>存储拒绝了保存在 %1 中的密码。</translation>
    </message>
    <message>
        <location filename="../../auditor_app/ui/office_store/flow.py" line="+5"/>
        <source>The audit is now in the office store, assigned to you.</source>
        <translation>该审核现已在办公室存储中，并分配给您。</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n operation(s)</source>
        <translation>
            <numerusform>%n 项操作</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n evidence file(s)</source>
        <translation>
            <numerusform>%n 个证据文件</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pushed to %1: %2, %3</source>
        <translation>已推送到 %1：%2，%3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing new from your team in the store.</source>
        <translation>存储中没有团队的新内容。</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n conflict(s) still to decide: see View ▸ Conflicts.</source>
        <translation>
            <numerusform>还有 %n 个冲突待决定：请查看“视图 ▸ 冲突”。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sync finished</source>
        <translation>同步完成</translation>
    </message>
</context>
<context>
    <name>TeamMemberDialog</name>
    <message>
        <location filename="../../auditor_app/ui/details/team.py" line="+36"/>
        <source>Edit team member</source>
        <translation>编辑审核组成员</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add team member</source>
        <translation>添加审核组成员</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Certification body or company</source>
        <translation>认证机构或公司</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add member</source>
        <translation>添加成员</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Role:</source>
        <translation>角色(&amp;R)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Organisation:</source>
        <translation>组织(&amp;O)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;E-mail:</source>
        <translation>电子邮件(&amp;E)：</translation>
    </message>
</context>
<context>
    <name>TeamModel</name>
    <message>
        <location filename="../../auditor_app/ui/new_audit_team.py" line="+87"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Organisation</source>
        <translation>组织</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 (you)</source>
        <translation>%1（您）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your name comes from Edit ▸ Preferences; it is also stamped on every change you make.</source>
        <translation>您的姓名来自“编辑 ▸ 首选项”；它也会标记在您所做的每项更改上。</translation>
    </message>
</context>
<context>
    <name>TeamPage</name>
    <message>
        <location line="+48"/>
        <source>Audit team</source>
        <translation>审核组</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One lead auditor, and the auditors, technical experts and observers with them. Double-click a cell to change it.</source>
        <translation>一名审核组长，以及随同的审核员、技术专家和观察员。双击单元格可修改。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Add member</source>
        <translation>添加成员(&amp;A)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You are listed as “%1”. To appear under your full name, cancel and set it in Edit ▸ Preferences… first: it is stamped on every change you make.</source>
        <translation>您当前列为“%1”。如需以全名显示，请取消并先在“编辑 ▸ 首选项…”中设置：它会标记在您所做的每项更改上。</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Make one team member the lead auditor.</source>
        <translation>请指定一名审核组成员为审核组长。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only one team member can be the lead auditor.</source>
        <translation>只能有一名审核组成员担任审核组长。</translation>
    </message>
</context>
<context>
    <name>TeamSection</name>
    <message>
        <location filename="../../auditor_app/ui/details/team.py" line="+22"/>
        <source>&amp;Add member…</source>
        <translation>添加成员(&amp;A)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Audit team</source>
        <translation>审核组</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The lead auditor, auditors, technical experts and observers named in the report.</source>
        <translation>报告中列出的审核组长、审核员、技术专家和观察员。</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Add team member %1</source>
        <translation>添加审核组成员 %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Edit team member %1</source>
        <translation>编辑审核组成员 %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove team member %1</source>
        <translation>移除审核组成员 %1</translation>
    </message>
</context>
<context>
    <name>TeamWork</name>
    <message>
        <location filename="../../auditor_app/ui/team.py" line="+41"/>
        <source>&amp;Merge team files…</source>
        <translation>合并团队文件(&amp;M)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Hand over a copy…</source>
        <translation>移交副本(&amp;H)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+75"/>
        <source>&amp;Conflicts</source>
        <translation>冲突(&amp;C)</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>&amp;Conflicts (%1)</source>
        <translation>冲突（%1）(&amp;C)</translation>
    </message>
</context>
<context>
    <name>TemplateField</name>
    <message>
        <location filename="../../auditor_app/ui/details/template_field.py" line="+23"/>
        <source>The certification body&apos;s Word template this audit&apos;s report is filled into; templates are added in Edit › Preferences</source>
        <translation>认证机构的 Word 模板，此审核的报告将填入其中；模板在 编辑 › 首选项 中添加</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Built-in template</source>
        <translation>内置模板</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Default from preferences (%1)</source>
        <translation>首选项中的默认模板（%1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default from preferences (none set: built-in template)</source>
        <translation>首选项中的默认模板（未设置：内置模板）</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 (not on this computer)</source>
        <translation>%1（本计算机上没有）</translation>
    </message>
</context>
<context>
    <name>TemplateLibraryBox</name>
    <message>
        <location filename="../../auditor_app/ui/template_library_box.py" line="+32"/>
        <source>Word templates on this computer</source>
        <translation>本计算机上的 Word 模板</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Each audit chooses one of these for its Word report on its Audit page (Word report template). Added and removed at once, for every audit on this computer.</source>
        <translation>每个审核在其审核页面（Word 报告模板）中为其 Word 报告选择其中之一。添加和移除立即生效，适用于本计算机上的所有审核。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 KB, changed %2</source>
        <translation>%1 KB，修改于 %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>None yet: add your certification body&apos;s templates</source>
        <translation>暂无：请添加您所在认证机构的模板</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+4"/>
        <source>Add a Word report template</source>
        <translation>添加 Word 报告模板</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Word documents (*.docx)</source>
        <translation>Word 文档 (*.docx)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name shown to audits (e.g. the scheme and language):</source>
        <translation>供审核选择时显示的名称（例如认证方案和语言）：</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Replace the template?</source>
        <translation>替换模板？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A template called “%1” is already on this computer. Replace it with %2? Audits that use it will use the new one.</source>
        <translation>本计算机上已有名为“%1”的模板。要用 %2 替换吗？使用它的审核将改用新模板。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Template not added</source>
        <translation>未添加模板</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Remove the template?</source>
        <translation>移除模板？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove “%1” from this computer? Audits that use it keep its name, and their Word report is refused here until it is added again.</source>
        <translation>要从本计算机移除“%1”吗？使用它的审核会保留其名称，在重新添加之前，这里将拒绝导出它们的 Word 报告。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Template not removed</source>
        <translation>未移除模板</translation>
    </message>
</context>
<context>
    <name>UnpackFlow</name>
    <message>
        <location filename="../../auditor_app/ui/unpacking.py" line="+36"/>
        <source>Decrypting and checking %1: its signature, every file and the audit…</source>
        <translation>正在解密并检查 %1：签名、每个文件和审核…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stopping at the next step… Nothing is written.</source>
        <translation>将在下一步停止… 不会写入任何内容。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open sealed package</source>
        <translation>打开加密包</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Writing the files of %1 into %2…</source>
        <translation>正在将 %1 的文件写入 %2…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The files are being written; stopping half-way is not possible.</source>
        <translation>正在写入文件；无法中途停止。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1

Nothing was written, and the open audit is as it was.</source>
        <translation>%1

未写入任何内容，当前打开的审核保持不变。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Package not opened</source>
        <translation>未打开包</translation>
    </message>
</context>
<context>
    <name>annotate</name>
    <message>
        <location filename="../../auditor_app/ui/annotate/__init__.py" line="+32"/>
        <source>Annotate photo</source>
        <translation>标注照片</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This audit file is open read-only, so its photos cannot be annotated.</source>
        <translation>此审核文件以只读方式打开，因此无法标注其中的照片。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot annotate photo</source>
        <translation>无法标注照片</translation>
    </message>
</context>
<context>
    <name>clause_filter</name>
    <message>
        <location filename="../../auditor_app/ui/models/clause_filter.py" line="+29"/>
        <source>All clauses</source>
        <translation>所有条款</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My clauses</source>
        <translation>我的条款</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not yet audited</source>
        <translation>尚未审核</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With findings</source>
        <translation>有审核发现</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audited (any result)</source>
        <translation>已审核（任何结果）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With nonconformity</source>
        <translation>有不符合</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With observation</source>
        <translation>有观察项</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With opportunity for improvement</source>
        <translation>有改进机会</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conforming</source>
        <translation>符合</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not applicable</source>
        <translation>不适用</translation>
    </message>
</context>
<context>
    <name>clause_nodes</name>
    <message>
        <location filename="../../auditor_app/ui/models/clause_nodes.py" line="+50"/>
        <source>Checklist</source>
        <translation>检查表</translation>
    </message>
</context>
<context>
    <name>clause_page</name>
    <message>
        <location filename="../../auditor_app/ui/clause_page.py" line="-215"/>
        <source>unknown person</source>
        <translation>未知人员</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 rev. %2</source>
        <translation>%1 第 %2 版</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>sample of %1 from %2</source>
        <translation>从 %2 中抽样 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sample of %1</source>
        <translation>抽样 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>recorded by %1</source>
        <translation>记录人：%1</translation>
    </message>
</context>
<context>
    <name>commands</name>
    <message>
        <location filename="../../auditor_app/ui/commands.py" line="+55"/>
        <source>Set %1 to %2</source>
        <translation>将 %1 设为%2</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Add note to %1</source>
        <translation>为 %1 添加笔记</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Edit note on %1</source>
        <translation>编辑 %1 的笔记</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit note</source>
        <translation>编辑笔记</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Delete note on %1</source>
        <translation>删除 %1 的笔记</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete note</source>
        <translation>删除笔记</translation>
    </message>
</context>
<context>
    <name>conflict_list</name>
    <message>
        <location filename="../../auditor_app/ui/models/conflict_list.py" line="+72"/>
        <source>deleted by %1, changed by %2</source>
        <translation>被 %1 删除，被 %2 更改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>changed differently by %1</source>
        <translation>被 %1 作了不同的更改</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 and %2</source>
        <translation>%1 和 %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Deleted or kept</source>
        <translation>删除或保留</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 “%2”</source>
        <translation>%1“%2”</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Restored</source>
        <translation>已恢复</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown auditor</source>
        <translation>未知审核员</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>conflicts</name>
    <message>
        <location filename="../../auditor_app/ui/conflicts.py" line="-202"/>
        <source>No conflicts — every team member&apos;s work agrees.</source>
        <translation>没有冲突——所有审核组成员的工作一致。</translation>
    </message>
</context>
<context>
    <name>copies</name>
    <message>
        <location filename="../../auditor_app/ui/copies.py" line="+19"/>
        <source>Audit files (*.audit)</source>
        <translation>审核文件 (*.audit)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sealed packages (*.age)</source>
        <translation>加密包 (*.age)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 (copy)</source>
        <translation>%1（副本）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save a copy</source>
        <translation>保存副本</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Copy not saved</source>
        <translation>副本未保存</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Hand over a copy</source>
        <translation>移交副本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team member who will work on the copy:</source>
        <translation>将使用此副本工作的审核组成员：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The package for %1 is signed with your key. Its passphrase:</source>
        <translation>给 %1 的包由您的密钥签名。密钥的口令：</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Writing and checking the copy for %1…</source>
        <translation>正在为 %1 写入并校验副本…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The copy is being written; stopping half-way is not possible. It ends in a moment.</source>
        <translation>正在写入副本；无法中途停止。马上就会完成。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The sealed copy for %1 is saved as
%2

It is encrypted and signed by you: %1 opens it with “auditor-app unpack” (or the standard age tool) and, when done, sends the audit file back to merge with File ▸ Merge team files…</source>
        <translation>给 %1 的加密副本已保存为
%2

它已加密并由您签名：%1 用“auditor-app unpack”（或标准 age 工具）打开，完成后把审核文件发回，用 文件 ▸ 合并团队文件… 合并</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hand-over copy saved</source>
        <translation>移交副本已保存</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>The copy for %1 is saved as
%2

When %1 is done, merge the file back with File ▸ Merge team files…</source>
        <translation>给 %1 的副本已保存为
%2

%1 完成后，请通过“文件 ▸ 合并团队文件…”将该文件合并回来。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Copy not handed over</source>
        <translation>副本未移交</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No: a plain audit file</source>
        <translation>否：普通审核文件</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Yes, with a passphrase</source>
        <translation>是，使用口令</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yes, to %1&apos;s key</source>
        <translation>是，用 %1 的密钥</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seal the copy (encrypt)? A sealed package is signed by you and opens only with the passphrase or the member&apos;s key:</source>
        <translation>加密此副本？加密包由您签名，只能用口令或该成员的密钥打开：</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Passphrase for %1&apos;s package (%2 characters or more; tell it to %1 another way than the file travels):</source>
        <translation>%1 的包的口令（至少 %2 个字符；请通过与文件不同的途径告知 %1）：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The two passphrases differ; nothing was written.</source>
        <translation>两次输入的口令不一致；未写入任何内容。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1&apos;s public key (their “auditor-app key show” prints it), so that their copy signs every change and merging checks it. Leave empty for an unsigned copy:</source>
        <translation>%1 的公钥（由“auditor-app key show”显示），使其副本签署每项更改并在合并时校验。留空则为未签名副本：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Binding %1&apos;s key is signed with your own key. Its passphrase:</source>
        <translation>绑定 %1 的密钥需用您自己的密钥签名。请输入其口令：</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>You have no signing key yet; one is made now. Choose its passphrase (8 characters or more):</source>
        <translation>您还没有签名密钥，现在将创建一个。请设置其口令（至少 8 个字符）：</translation>
    </message>
    <message>
        <location filename="../../auditor_app/ui/signing_dialogs.py" line="+59"/>
        <source>The same passphrase again:</source>
        <translation>再次输入相同的口令：</translation>
    </message>
    <message>
        <location filename="../../auditor_app/ui/copies.py" line="+2"/>
        <source>The two passphrases differ; no key was made.</source>
        <translation>两次输入的口令不一致；未创建密钥。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Your signing key is made (fingerprint %1). It signs this audit as its lead from now on.</source>
        <translation>您的签名密钥已创建（指纹 %1）。从现在起它以组长身份签署此审核。</translation>
    </message>
</context>
<context>
    <name>crash</name>
    <message>
        <location filename="../../auditor_app/ui/crash.py" line="+23"/>
        <source>auditor-app — unexpected error</source>
        <translation>auditor-app — 意外错误</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something went wrong inside auditor-app.

%1

Changes made before this error are saved in your audit file.</source>
        <translation>auditor-app 内部出错。

%1

此错误之前所做的更改已保存在您的审核文件中。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The details were written to %1</source>
        <translation>详细信息已写入 %1</translation>
    </message>
</context>
<context>
    <name>entities</name>
    <message>
        <location filename="../../auditor_app/ui/i18n.py" line="+136"/>
        <source>Audit details</source>
        <translation>审核详情</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Team member</source>
        <translation>审核组成员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checklist</source>
        <translation>检查表</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Clause</source>
        <translation>条款</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>笔记</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Finding</source>
        <translation>审核发现</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link</source>
        <translation>关联</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Audit plan row</source>
        <translation>审核计划行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Attendee</source>
        <translation>参会人员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item from a previous audit</source>
        <translation>以往审核遗留事项</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Area of concern</source>
        <translation>关注事项</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit time</source>
        <translation>审核时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Issued report</source>
        <translation>已签发报告</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign-off</source>
        <translation>签名</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Signing key</source>
        <translation>签名密钥</translation>
    </message>
</context>
<context>
    <name>evidence_import.workers</name>
    <message>
        <location filename="../../auditor_app/ui/evidence_import/workers.py" line="+51"/>
        <source>Stopping after the photos being processed…</source>
        <translation>将在当前照片处理完成后停止…</translation>
    </message>
</context>
<context>
    <name>export_dialogs</name>
    <message>
        <location filename="../../auditor_app/ui/export_dialogs.py" line="-120"/>
        <source>Certification audit</source>
        <translation>认证审核</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Internal audit</source>
        <translation>内部审核</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gap analysis</source>
        <translation>差距分析</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cover page</source>
        <translation>封面</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contents</source>
        <translation>目录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit details</source>
        <translation>审核详情</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage 1 conclusions</source>
        <translation>第一阶段结论</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diverging opinions</source>
        <translation>分歧意见</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disclaimer</source>
        <translation>免责声明</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous findings</source>
        <translation>以往审核发现</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Statistics</source>
        <translation>统计数据</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Findings</source>
        <translation>审核发现</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clause coverage</source>
        <translation>条款覆盖情况</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coverage over the cycle</source>
        <translation>认证周期覆盖情况</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit notes</source>
        <translation>审核笔记</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interviews</source>
        <translation>面谈</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meetings</source>
        <translation>会议</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit plan</source>
        <translation>审核计划</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit time</source>
        <translation>审核时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence index</source>
        <translation>证据索引</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print: full quality</source>
        <translation>打印：完整质量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail: smaller photos, sharp on screen</source>
        <translation>电子邮件：照片较小，屏幕上清晰</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compact: smallest file</source>
        <translation>紧凑：文件最小</translation>
    </message>
    <message>
        <location line="+188"/>
        <source>The audit&apos;s template “%1” (this computer&apos;s template library)</source>
        <translation>审核指定的模板“%1”（本计算机的模板库）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The default template from the preferences (%1)</source>
        <translation>首选项中的默认模板（%1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The built-in template</source>
        <translation>内置模板</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Decide the conflict in View ▸ Conflicts: %1</source>
        <translation>请在“视图 ▸ 冲突”中决定该冲突：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fill in the audit details: %1</source>
        <translation>请填写审核详情：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Complete the finding: %1</source>
        <translation>请完善审核发现：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Audit the clause: %1</source>
        <translation>请审核该条款：%1</translation>
    </message>
</context>
<context>
    <name>exporting</name>
    <message>
        <location filename="../../auditor_app/ui/exporting.py" line="-196"/>
        <source>PDF report</source>
        <translation>PDF 报告</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../auditor_app/ui/issuing.py" line="-45"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Word report</source>
        <translation>Word 报告</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Word documents (*.docx)</source>
        <translation>Word 文档 (*.docx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbook</source>
        <translation>Excel 工作簿</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export cancelled: no file was written.</source>
        <translation>导出已取消：未写入任何文件。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>audit report</source>
        <translation>审核报告</translation>
    </message>
    <message>
        <location filename="../../auditor_app/ui/tasks.py" line="+91"/>
        <source>Stopping…</source>
        <translation>正在停止…</translation>
    </message>
</context>
<context>
    <name>grading</name>
    <message>
        <location filename="../../auditor_app/ui/i18n.py" line="+27"/>
        <source>Major / minor (ISO/IEC 17021-1)</source>
        <translation>严重 / 轻微（ISO/IEC 17021-1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GHTF/SG3/N19 grades 1–5 (medical devices)</source>
        <translation>GHTF/SG3/N19 等级 1–5（医疗器械）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AFNOR (PF / PP / PS / NCmin / NCmaj)</source>
        <translation>AFNOR (PF / PP / PS / NCmin / NCmaj)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Major nonconformity</source>
        <translation>严重不符合</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Minor nonconformity</source>
        <translation>轻微不符合</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Observation</source>
        <translation>观察项</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Opportunity for improvement</source>
        <translation>改进机会</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Good practice</source>
        <translation>良好实践</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grade 1</source>
        <translation>等级 1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Grade 2</source>
        <translation>等级 2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grade 3</source>
        <translation>等级 3</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Grade 4</source>
        <translation>等级 4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grade 5</source>
        <translation>等级 5</translation>
    </message>
</context>
<context>
    <name>history</name>
    <message>
        <location filename="../../auditor_app/ui/models/history_list.py" line="+28"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who</source>
        <translation>人员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change</source>
        <translation>更改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signature</source>
        <translation>签名</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Signed by %1</source>
        <translation>签名者：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not trusted: %1</source>
        <translation>不可信：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unsigned</source>
        <translation>未签名</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Created</source>
        <translation>已创建</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Created — %1</source>
        <translation>已创建 — %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restored</source>
        <translation>已恢复</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Restored — %1</source>
        <translation>已恢复 — %1</translation>
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
        <translation>将在下一个文件处停止合并……不会向您的审核写入任何合并内容。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Files of independent audits made from the same checklists still line up clause by clause, so their results and notes would be added to this audit&apos;s clauses.

Merge anyway only if they really belong to the same engagement.</source>
        <translation>基于相同检查表的独立审核文件仍会逐条款对应，因此其结果和笔记会被添加到本次审核的条款中。

只有当它们确实属于同一审核委托时，才应仍然合并。</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+32"/>
        <source>Merge team files</source>
        <translation>合并团队文件</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Audit files and sealed packages (*.audit *.age);;Audit files (*.audit);;Sealed packages (*.age);;All files (*)</source>
        <translation>审核文件和加密包 (*.audit *.age);;审核文件 (*.audit);;加密包 (*.age);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Merge into this audit:
%1

A backup is taken first; the merge itself cannot be undone.</source>
        <translation>合并到本次审核：
%1

会先创建备份；合并本身无法撤销。</translation>
    </message>
</context>
<context>
    <name>opening</name>
    <message>
        <location filename="../../auditor_app/ui/opening.py" line="+22"/>
        <location filename="../../auditor_app/ui/staged_open.py" line="+132"/>
        <source>Cannot open audit file</source>
        <translation>无法打开审核文件</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>changes to it are signed with your key, which was not unlocked</source>
        <translation>对它的更改需用您的密钥签名，而该密钥未解锁</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Opened read-only</source>
        <translation>已以只读方式打开</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 is open read-only: %2.

You can read, search and export it. To edit it, save a copy (File ▸ Save a copy…) to a folder you can write to, and open the copy.</source>
        <translation>%1 以只读方式打开：%2。

您可以阅读、搜索和导出它。如需编辑，请将副本保存（“文件 ▸ 保存副本…”）到您有写入权限的文件夹，然后打开该副本。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Audit file in a risky place</source>
        <translation>审核文件位于有风险的位置</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Work on a local copy</source>
        <translation>使用本地副本工作</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open it where it is</source>
        <translation>在原位置打开</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Local copy</source>
        <translation>本地副本</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>You are now working on a local copy:
%1

Use File ▸ Save a copy… to put it back on the stick or share when you are done.</source>
        <translation>您现在正在使用本地副本：
%1

完成后，请使用“文件 ▸ 保存副本…”将其放回 U 盘或共享位置。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Audit file in use</source>
        <translation>审核文件正在使用中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2.

Only one program can edit an audit file at a time. Open a read-only copy to look at it?</source>
        <translation>%1 %2。

同一时间只能有一个程序编辑审核文件。要打开只读副本进行查看吗？</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Closing the audit</source>
        <translation>正在关闭审核</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keeping a safety backup of the audit before closing it…</source>
        <translation>正在关闭前为审核保存安全备份…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stopping the backup…</source>
        <translation>正在停止备份…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cannot create the sample audit</source>
        <translation>无法创建示例审核</translation>
    </message>
</context>
<context>
    <name>package_keys</name>
    <message>
        <location filename="../../auditor_app/ui/package_keys.py" line="-27"/>
        <source>Sealed package</source>
        <translation>加密包</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Key file that opens the package</source>
        <translation>用于打开包的密钥文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 is sealed with a passphrase. Its passphrase:</source>
        <translation>%1 使用口令加密。其口令：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is sealed to a key. To open it with your signing key, give the key&apos;s passphrase; or choose another key file (an age identity or an OpenSSH private key):</source>
        <translation>%1 是为某个密钥加密的。要用您的签名密钥打开，请输入该密钥的口令；或选择其他密钥文件（age 身份或 OpenSSH 私钥）：</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Wrong passphrase for your signing key. Try again, or cancel.</source>
        <translation>签名密钥的口令错误。请重试或取消。</translation>
    </message>
</context>
<context>
    <name>search</name>
    <message>
        <location filename="../../auditor_app/ui/models/search_results.py" line="+24"/>
        <source>Clause</source>
        <translation>条款</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finding</source>
        <translation>审核发现</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>笔记</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not tied to a clause</source>
        <translation>未关联条款</translation>
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
        <translation>签名密钥</translation>
    </message>
    <message>
        <location line="-115"/>
        <source>Remember in %1 (not asked again on this computer)</source>
        <translation>保存在 %1 中（在此计算机上不再询问）</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Changes to this audit are signed with your key. Its passphrase:</source>
        <translation>对此审核的更改将用您的密钥签名。请输入其口令：</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Wrong passphrase. Try again, or cancel.</source>
        <translation>口令错误。请重试或取消。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Changes to the new audit are signed with your key, as its lead&apos;s. Its passphrase (cancel to create it unsigned):</source>
        <translation>对新审核的更改将以审核组长的身份用您的密钥签名。请输入其口令（取消则创建未签名的审核）：</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Changes to %1 are signed with the key %2, which is not on this computer. The audit opens read-only.</source>
        <translation>对 %1 的更改需用密钥 %2 签名，但该密钥不在这台电脑上。审核将以只读方式打开。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Changes to %1 are signed with your key. Its passphrase (cancel to open the audit read-only):</source>
        <translation>对 %1 的更改将用您的密钥签名。请输入其口令（取消则以只读方式打开审核）：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is bound to the key %2, but yours is %3: only its own team member can change it. The audit opens read-only.</source>
        <translation>%1 已绑定密钥 %2，而您的密钥是 %3：只有对应的团队成员才能更改它。审核将以只读方式打开。</translation>
    </message>
</context>
<context>
    <name>vocab</name>
    <message>
        <location filename="../../auditor_app/ui/i18n.py" line="+23"/>
        <source>%1 (unknown value)</source>
        <translation>%1（未知值）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Gap analysis</source>
        <translation>差距分析</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Internal audit</source>
        <translation>内部审核</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supplier audit</source>
        <translation>供方审核</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stage 1</source>
        <translation>第一阶段审核</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage 2</source>
        <translation>第二阶段审核</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Surveillance</source>
        <translation>监督审核</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recertification</source>
        <translation>再认证审核</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Special audit</source>
        <translation>特殊审核</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not yet audited</source>
        <translation>尚未审核</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Conforming</source>
        <translation>符合</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nonconformity</source>
        <translation>不符合</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Observation</source>
        <translation>观察项</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opportunity for improvement</source>
        <translation>改进机会</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not applicable</source>
        <translation>不适用</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lead auditor</source>
        <translation>审核组长</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Auditor</source>
        <translation>审核员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Technical expert</source>
        <translation>技术专家</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Observer</source>
        <translation>观察员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trainee auditor</source>
        <translation>实习审核员</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Interview</source>
        <translation>面谈</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Document review</source>
        <translation>文件评审</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sampling</source>
        <translation>抽样</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>笔记</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open</source>
        <translation>未关闭</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Correction proposed</source>
        <translation>已提出纠正</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action plan accepted</source>
        <translation>纠正措施计划已接受</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Verified and closed</source>
        <translation>已验证并关闭</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdrawn</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opening meeting</source>
        <translation>首次会议</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Closing meeting</source>
        <translation>末次会议</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ready for Stage 2</source>
        <translation>可进行第二阶段审核</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ready for Stage 2, with areas of concern</source>
        <translation>可进行第二阶段审核，但有关注事项</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not ready for Stage 2</source>
        <translation>尚不能进行第二阶段审核</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Previous finding</source>
        <translation>以往审核发现</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage 1 area of concern</source>
        <translation>第一阶段关注事项</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Effective</source>
        <translation>有效</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partly effective</source>
        <translation>部分有效</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not effective</source>
        <translation>无效</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Partly resolved</source>
        <translation>部分解决</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not resolved</source>
        <translation>未解决</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yes, fulfilled</source>
        <translation>是，已实现</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Partly fulfilled</source>
        <translation>部分实现</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not fulfilled</source>
        <translation>未实现</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Recommended for certification</source>
        <translation>推荐认证</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recommended once corrections and corrective actions are accepted</source>
        <translation>在纠正和纠正措施被接受后推荐认证</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not recommended for certification</source>
        <translation>不推荐认证</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attendance at the closing meeting</source>
        <translation>出席末次会议</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acknowledgement of the findings</source>
        <translation>确认审核发现</translation>
    </message>
</context>
</TS>
