<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Dz</name>
    <message>
        <source>as stated</source>
        <translation>as stated</translation>
    </message>
    <message>
        <source>at least</source>
        <translation>at least</translation>
    </message>
    <message>
        <source>at most</source>
        <translation>at most</translation>
    </message>
    <message>
        <source>about</source>
        <translation>about</translation>
    </message>
    <message>
        <source>a range</source>
        <translation>a range</translation>
    </message>
    <message>
        <source>part of the scope only</source>
        <translation>part of the scope only</translation>
    </message>
    <message>
        <source>counted from what the report names</source>
        <translation>counted from what the report names</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>not reported</translation>
    </message>
    <message>
        <source>the statement chosen</source>
        <translation>the statement chosen</translation>
    </message>
    <message>
        <source>another total</source>
        <translation>another total</translation>
    </message>
    <message>
        <source>one activity or part</source>
        <translation>one activity or part</translation>
    </message>
    <message>
        <source>part of the scope</source>
        <translation>part of the scope</translation>
    </message>
    <message>
        <source>an event counted</source>
        <translation>an event counted</translation>
    </message>
    <message>
        <source>perhaps an event (upper bound only)</source>
        <translation>perhaps an event (upper bound only)</translation>
    </message>
</context>
<context>
    <name>Dz::Alignment</name>
    <message>
        <source>No section “%1” (level %2) in %3.</source>
        <translation>No section “%1” (level %2) in %3.</translation>
    </message>
    <message>
        <source>The scheme has no node “%1”.</source>
        <translation>The scheme has no node “%1”.</translation>
    </message>
</context>
<context>
    <name>Dz::AlignmentCorrection</name>
    <message>
        <source>Unknown correction kind “%1”.</source>
        <translation>Unknown correction kind “%1”.</translation>
    </message>
    <message>
        <source>A correction names no section (report, title, level).</source>
        <translation>A correction names no section (report, title, level).</translation>
    </message>
    <message>
        <source>A reassignment names no node.</source>
        <translation>A reassignment names no node.</translation>
    </message>
    <message>
        <source>A correspondence names no second section.</source>
        <translation>A correspondence names no second section.</translation>
    </message>
    <message>
        <source>Correction %1: %2</source>
        <translation>Correction %1: %2</translation>
    </message>
</context>
<context>
    <name>Dz::AlignmentFormat</name>
    <message>
        <source> (opening paragraph)</source>
        <translation> (opening paragraph)</translation>
    </message>
    <message>
        <source> (corrected)</source>
        <translation> (corrected)</translation>
    </message>
    <message numerus="yes">
        <source>Alignment of %n report(s) by scheme %1</source>
        <translation>
            <numerusform>Alignment of %n report by scheme %1</numerusform>
            <numerusform>Alignment of %n reports by scheme %1</numerusform>
        </translation>
    </message>
    <message>
        <source>missing: %1</source>
        <translation>missing: %1</translation>
    </message>
    <message>
        <source>MISSING</source>
        <translation>MISSING</translation>
    </message>
    <message>
        <source>Similar sections (bigram TF-IDF cosine) for sections the scheme does not place:</source>
        <translation>Similar sections (bigram TF-IDF cosine) for sections the scheme does not place:</translation>
    </message>
    <message>
        <source> (analyst)</source>
        <translation> (analyst)</translation>
    </message>
    <message>
        <source>Correction not applied: %1</source>
        <translation>Correction not applied: %1</translation>
    </message>
</context>
<context>
    <name>Dz::AlignmentTreeModel</name>
    <message>
        <source>Not reported</source>
        <translation>Not reported</translation>
    </message>
    <message>
        <source> (confidence %1)</source>
        <translation> (confidence %1)</translation>
    </message>
    <message>
        <source>, placed by hand</source>
        <translation>, placed by hand</translation>
    </message>
    <message>
        <source>The report has no section for this required part.</source>
        <translation>The report has no section for this required part.</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Section</translation>
    </message>
</context>
<context>
    <name>Dz::AnalysisController</name>
    <message numerus="yes">
        <source>Auditing %n report(s)</source>
        <translation>
            <numerusform>Auditing %n report</numerusform>
            <numerusform>Auditing %n reports</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dz::AnalystCommands</name>
    <message>
        <source>Set %1 to %2</source>
        <translation>Set %1 to %2</translation>
    </message>
    <message>
        <source>Reset %1</source>
        <translation>Reset %1</translation>
    </message>
    <message>
        <source>Assign “%1” to %2</source>
        <translation>Assign “%1” to %2</translation>
    </message>
    <message>
        <source>Set %1 to not reported</source>
        <translation>Set %1 to not reported</translation>
    </message>
    <message numerus="yes">
        <source>Set %1 to the sum of %n statement(s), %2</source>
        <translation>
            <numerusform>Set %1 to the sum of %n statement, %2</numerusform>
            <numerusform>Set %1 to the sum of %n statements, %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dz::AnalystSession</name>
    <message>
        <source>No project is open.</source>
        <translation>No project is open.</translation>
    </message>
    <message>
        <source>The value is not a number.</source>
        <translation>The value is not a number.</translation>
    </message>
    <message>
        <source>Not saved: %1 Duizhao connects again by itself; make the change again when the window says it is online.</source>
        <translation>Not saved: %1 Duizhao connects again by itself; make the change again when the window says it is online.</translation>
    </message>
</context>
<context>
    <name>Dz::AnnotationDialog</name>
    <message>
        <source>low</source>
        <translation>low</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>medium</translation>
    </message>
    <message>
        <source>high</source>
        <translation>high</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>reviewed</source>
        <translation>reviewed</translation>
    </message>
    <message>
        <source>flagged</source>
        <translation>flagged</translation>
    </message>
    <message>
        <source>Annotate</source>
        <translation>Annotate</translation>
    </message>
    <message>
        <source>Edit Annotation</source>
        <translation>Edit Annotation</translation>
    </message>
    <message>
        <source>comma-separated, e.g. 执法, 人员不足</source>
        <translation>comma-separated, e.g. 执法, 人员不足</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Tags:</translation>
    </message>
    <message>
        <source>Severity:</source>
        <translation>Severity:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
</context>
<context>
    <name>Dz::AnnotationWorkflow</name>
    <message>
        <source>Note: %1</source>
        <translation>Note: %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Tags: %1</translation>
    </message>
    <message>
        <source>Select the passage in %1&apos;s column first.</source>
        <translation>Select the passage in %1&apos;s column first.</translation>
    </message>
    <message>
        <source>Place Annotation</source>
        <translation>Place Annotation</translation>
    </message>
</context>
<context>
    <name>Dz::AnnotationsPane</name>
    <message>
        <source>All tags</source>
        <translation>All tags</translation>
    </message>
    <message>
        <source>All themes</source>
        <translation>All themes</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Any status</translation>
    </message>
    <message>
        <source>The report&apos;s text changed and this passage was not found again: select it and press Place at Selection</source>
        <translation>The report&apos;s text changed and this passage was not found again: select it and press Place at Selection</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Annotations</translation>
    </message>
    <message>
        <source>Export Annotations</source>
        <translation>Export Annotations</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>Passage</source>
        <translation>Passage</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Place at Selection</source>
        <translation>Place at Selection</translation>
    </message>
    <message>
        <source>Put an annotation whose passage was not found again at the text selected in its report&apos;s column</source>
        <translation>Put an annotation whose passage was not found again at the text selected in its report&apos;s column</translation>
    </message>
    <message>
        <source>Needs placing</source>
        <translation>Needs placing</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
</context>
<context>
    <name>Dz::AuditFormat</name>
    <message>
        <source>Required contents</source>
        <translation>Required contents</translation>
    </message>
    <message>
        <source>Published on time</source>
        <translation>Published on time</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Figures per 1,000 chars</source>
        <translation>Figures per 1,000 chars</translation>
    </message>
    <message>
        <source>Shortcomings share</source>
        <translation>Shortcomings share</translation>
    </message>
    <message>
        <source>Shortcomings</source>
        <translation>Shortcomings</translation>
    </message>
    <message>
        <source>Last year&apos;s plan</source>
        <translation>Last year&apos;s plan</translation>
    </message>
    <message>
        <source>met</source>
        <translation>met</translation>
    </message>
    <message>
        <source>finding</source>
        <translation>finding</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>recurring</source>
        <translation>recurring</translation>
    </message>
    <message>
        <source>rectified</source>
        <translation>rectified</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message numerus="yes">
        <source>Duizhao audit of %n report(s)</source>
        <translation>
            <numerusform>Duizhao audit of %n report</numerusform>
            <numerusform>Duizhao audit of %n reports</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied passages: %1</source>
        <translation>Copied passages: %1</translation>
    </message>
    <message>
        <source>Passage</source>
        <translation>Passage</translation>
    </message>
    <message>
        <source>Characters</source>
        <translation>Characters</translation>
    </message>
    <message>
        <source>There</source>
        <translation>There</translation>
    </message>
    <message>
        <source>Copied from</source>
        <translation>Copied from</translation>
    </message>
    <message>
        <source>Copied by</source>
        <translation>Copied by</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Shared</translation>
    </message>
    <message>
        <source>copied from</source>
        <translation>copied from</translation>
    </message>
    <message>
        <source>copied by</source>
        <translation>copied by</translation>
    </message>
    <message>
        <source>shared with</source>
        <translation>shared with</translation>
    </message>
    <message>
        <source>same body</source>
        <translation>same body</translation>
    </message>
    <message>
        <source>finding: the report does not meet the rule; unknown: its text does not say. Rules: 《法治政府建设与责任落实督察工作规定》 (contents, 第二十四条 publication before 1 April), the 落款, figures and shortcomings, passages of 13 or more characters beyond boilerplate copied from earlier reports (the earlier by the year reported on, then the publication or signing date), copied by later ones, or shared with reports whose order is unknown.</source>
        <translation>finding: the report does not meet the rule; unknown: its text does not say. Rules: 《法治政府建设与责任落实督察工作规定》 (contents, 第二十四条 publication before 1 April), the 落款, figures and shortcomings, passages of 13 or more characters beyond boilerplate copied from earlier reports (the earlier by the year reported on, then the publication or signing date), copied by later ones, or shared with reports whose order is unknown.</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>Other report</source>
        <translation>Other report</translation>
    </message>
    <message>
        <source>%1 (same body)</source>
        <translation>%1 (same body)</translation>
    </message>
    <message>
        <source>Copied from earlier reports: %1% of the body; copied by later reports: %2%; shared with reports whose order is unknown: %3%. Passages of 13 or more characters; boilerplate is not counted; the earlier report is the one of the earlier year reported on, then of the earlier publication or signing date.</source>
        <translation>Copied from earlier reports: %1% of the body; copied by later reports: %2%; shared with reports whose order is unknown: %3%. Passages of 13 or more characters; boilerplate is not counted; the earlier report is the one of the earlier year reported on, then of the earlier publication or signing date.</translation>
    </message>
    <message>
        <source>Source: the rule-of-law report of %1 and the reports it shares passages with; audit by Duizhao.</source>
        <translation>Source: the rule-of-law report of %1 and the reports it shares passages with; audit by Duizhao.</translation>
    </message>
    <message>
        <source>Plans followed up: %1</source>
        <translation>Plans followed up: %1</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>What the next report says</source>
        <translation>What the next report says</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n plan item(s) of %2 reported on; read by meaning (themes, topic terms and their synonyms, words, figures).</source>
        <translation>
            <numerusform>%1 of %n plan item of %2 reported on; read by meaning (themes, topic terms and their synonyms, words, figures).</numerusform>
            <numerusform>%1 of %n plan items of %2 reported on; read by meaning (themes, topic terms and their synonyms, words, figures).</numerusform>
        </translation>
    </message>
    <message>
        <source>Shortcomings admitted again</source>
        <translation>Shortcomings admitted again</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>This year</translation>
    </message>
    <message>
        <source>The year before</source>
        <translation>The year before</translation>
    </message>
    <message>
        <source>Signs of recurrence</source>
        <translation>Signs of recurrence</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>A later year&apos;s shortcoming on the same theme and topic as one of the year before, in any words.</source>
        <translation>A later year&apos;s shortcoming on the same theme and topic as one of the year before, in any words.</translation>
    </message>
    <message>
        <source>Source: the rule-of-law reports of %1 and %2; plans followed up by Duizhao.</source>
        <translation>Source: the rule-of-law reports of %1 and %2; plans followed up by Duizhao.</translation>
    </message>
</context>
<context>
    <name>Dz::AuditPane</name>
    <message>
        <source>Export Audit</source>
        <translation>Export Audit</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) audited.</source>
        <translation>
            <numerusform>%n report audited.</numerusform>
            <numerusform>%n reports audited.</numerusform>
        </translation>
    </message>
    <message>
        <source>Auditing…</source>
        <translation>Auditing…</translation>
    </message>
    <message>
        <source>In the report:</source>
        <translation>In the report:</translation>
    </message>
    <message>
        <source>The report has no passage for this: what is missing is the finding.</source>
        <translation>The report has no passage for this: what is missing is the finding.</translation>
    </message>
    <message>
        <source>A slide of the passages %1 shares with other reports</source>
        <translation>A slide of the passages %1 shares with other reports</translation>
    </message>
    <message>
        <source>%1 shares no passage with another report: nothing to put on a slide</source>
        <translation>%1 shares no passage with another report: nothing to put on a slide</translation>
    </message>
    <message>
        <source>No report shares a passage with another: nothing to put on a slide</source>
        <translation>No report shares a passage with another: nothing to put on a slide</translation>
    </message>
    <message>
        <source>%1 %2: “%3” (there: “%4”)</source>
        <translation>%1 %2: “%3” (there: “%4”)</translation>
    </message>
    <message>
        <source>(same body)</source>
        <translation>(same body)</translation>
    </message>
    <message>
        <source>boilerplate: “%1”</source>
        <translation>boilerplate: “%1”</translation>
    </message>
    <message>
        <source>plan “%1” → %2</source>
        <translation>plan “%1” → %2</translation>
    </message>
    <message>
        <source>plan “%1” → %2: “%3”</source>
        <translation>plan “%1” → %2: “%3”</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>recurring: “%1” (last year: “%2”)</source>
        <translation>recurring: “%1” (last year: “%2”)</translation>
    </message>
    <message>
        <source>rectified: “%1” — “%2”</source>
        <translation>rectified: “%1” — “%2”</translation>
    </message>
    <message>
        <source>Add Audit to Deck</source>
        <translation>Add Audit to Deck</translation>
    </message>
    <message>
        <source>Add Copied Passages to Deck</source>
        <translation>Add Copied Passages to Deck</translation>
    </message>
    <message>
        <source>Click a cell for why, with its passage marked below; double-click to read the passage in the compare view.</source>
        <translation>Click a cell for why, with its passage marked below; double-click to read the passage in the compare view.</translation>
    </message>
    <message>
        <source>Show in Compare View</source>
        <translation>Show in Compare View</translation>
    </message>
    <message>
        <source>Click a cell of the table: why it says so, and the passage it rests on.</source>
        <translation>Click a cell of the table: why it says so, and the passage it rests on.</translation>
    </message>
</context>
<context>
    <name>Dz::AuditRules</name>
    <message>
        <source>%1: &quot;%2&quot; must be a number from %3 to %4</source>
        <translation>%1: &quot;%2&quot; must be a number from %3 to %4</translation>
    </message>
    <message>
        <source>%1: cannot read the audit rules: %2</source>
        <translation>%1: cannot read the audit rules: %2</translation>
    </message>
    <message>
        <source>the audit rules</source>
        <translation>the audit rules</translation>
    </message>
    <message>
        <source>required part %1 is not among &quot;reportedParts&quot;</source>
        <translation>required part %1 is not among &quot;reportedParts&quot;</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Dz::AuditTableModel</name>
    <message>
        <source>Report</source>
        <translation>Report</translation>
    </message>
</context>
<context>
    <name>Dz::Auditor</name>
    <message numerus="yes">
        <source>(%n boilerplate passage(s) set apart).</source>
        <translation>
            <numerusform>(%n boilerplate passage set apart).</numerusform>
            <numerusform>(%n boilerplate passages set apart).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2 characters)</source>
        <translation>%1 (%2 characters)</translation>
    </message>
    <message>
        <source>no previous year</source>
        <translation>no previous year</translation>
    </message>
    <message>
        <source>The project holds no report of the same body for the year before.</source>
        <translation>The project holds no report of the same body for the year before.</translation>
    </message>
    <message numerus="yes">
        <source>Of the %n plan item(s) of %1, </source>
        <translation>
            <numerusform>Of the %n plan item of %1, </numerusform>
            <numerusform>Of the %n plan items of %1, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reported on</source>
        <translation>
            <numerusform>%n reported on</numerusform>
            <numerusform>%n reported on</numerusform>
        </translation>
    </message>
    <message>
        <source>not reported: %1</source>
        <translation>not reported: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n shortcoming(s) admitted again</source>
        <translation>
            <numerusform>%n shortcoming admitted again</numerusform>
            <numerusform>%n shortcomings admitted again</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n said to be rectified (整改).</source>
        <translation>
            <numerusform>%n said to be rectified (整改).</numerusform>
            <numerusform>%n said to be rectified (整改).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No passage of %n or more characters was taken from an earlier report beyond boilerplate</source>
        <translation>
            <numerusform>No passage of %n or more characters was taken from an earlier report beyond boilerplate</numerusform>
            <numerusform>No passage of %n or more characters was taken from an earlier report beyond boilerplate</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2 characters, the same body&apos;s earlier report)</source>
        <translation>%1 (%2 characters, the same body&apos;s earlier report)</translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s) taken from earlier reports cover %1% of the body: %2.</source>
        <translation>
            <numerusform>%n passage taken from earlier reports covers %1% of the body: %2.</numerusform>
            <numerusform>%n passages taken from earlier reports cover %1% of the body: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1% of the body repeats the same body&apos;s earlier report(s).</source>
        <translation>%1% of the body repeats the same body&apos;s earlier report(s).</translation>
    </message>
    <message numerus="yes">
        <source>No later report took a passage of %n or more characters from it.</source>
        <translation>
            <numerusform>No later report took a passage of %n or more characters from it.</numerusform>
            <numerusform>No later report took a passage of %n or more characters from it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Later reports took %1% of its body, in %n passage(s): %2. Being copied is no finding against this report.</source>
        <translation>
            <numerusform>Later reports took %1% of its body, in %n passage: %2. Being copied is no finding against this report.</numerusform>
            <numerusform>Later reports took %1% of its body, in %n passages: %2. Being copied is no finding against this report.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No passage of %n or more characters is shared with a report whose order is unknown.</source>
        <translation>
            <numerusform>No passage of %n or more characters is shared with a report whose order is unknown.</numerusform>
            <numerusform>No passage of %n or more characters is shared with a report whose order is unknown.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2 characters; %3)</source>
        <translation>%1 (%2 characters; %3)</translation>
    </message>
    <message numerus="yes">
        <source>%1% of the body is shared, in %n passage(s), with reports it cannot be ordered with, so who copied whom is unknown: %2.</source>
        <translation>
            <numerusform>%1% of the body is shared, in %n passage, with reports it cannot be ordered with, so who copied whom is unknown: %2.</numerusform>
            <numerusform>%1% of the body is shared, in %n passages, with reports it cannot be ordered with, so who copied whom is unknown: %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n partly</source>
        <translation>
            <numerusform>%n partly</numerusform>
            <numerusform>%n partly</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dz::BriefActions</name>
    <message>
        <source>There is nothing to write a brief about: no reports are compared.</source>
        <translation>There is nothing to write a brief about: no reports are compared.</translation>
    </message>
    <message>
        <source>The brief was not written: canceled.</source>
        <translation>The brief was not written: canceled.</translation>
    </message>
    <message>
        <source>Export Brief</source>
        <translation>Export Brief</translation>
    </message>
    <message>
        <source>brief.docx</source>
        <translation>brief.docx</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Word documents (*.docx)</translation>
    </message>
    <message>
        <source>Drawing the charts…</source>
        <translation>Drawing the charts…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Export &amp;Brief…</source>
        <translation>Export &amp;Brief…</translation>
    </message>
    <message>
        <source>The reports compared as a Word brief: summaries, tables, charts, audit and annotations</source>
        <translation>The reports compared as a Word brief: summaries, tables, charts, audit and annotations</translation>
    </message>
</context>
<context>
    <name>Dz::BriefDialog</name>
    <message>
        <source>Export Brief</source>
        <translation>Export Brief</translation>
    </message>
    <message>
        <source>By theme</source>
        <translation>By theme</translation>
    </message>
    <message>
        <source>By report</source>
        <translation>By report</translation>
    </message>
    <message>
        <source>A Word document (.docx) of the reports compared: a summary of each section written from the figures, the indicator table, the charts, the weakness matrix, the audit and your annotations, as the views show them.</source>
        <translation>A Word document (.docx) of the reports compared: a summary of each section written from the figures, the indicator table, the charts, the weakness matrix, the audit and your annotations, as the views show them.</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>&amp;Subtitle:</source>
        <translation>&amp;Subtitle:</translation>
    </message>
    <message>
        <source>&amp;Annotations:</source>
        <translation>&amp;Annotations:</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
</context>
<context>
    <name>Dz::ChangeListModel</name>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Analyst</source>
        <translation>Analyst</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>the whole project</source>
        <translation>the whole project</translation>
    </message>
    <message>
        <source>a report no longer in the project</source>
        <translation>a report no longer in the project</translation>
    </message>
    <message>
        <source>value of %1</source>
        <translation>value of %1</translation>
    </message>
    <message>
        <source>annotation</source>
        <translation>annotation</translation>
    </message>
    <message>
        <source>identity</source>
        <translation>identity</translation>
    </message>
    <message>
        <source>alignment correction</source>
        <translation>alignment correction</translation>
    </message>
    <message>
        <source>comparison set</source>
        <translation>comparison set</translation>
    </message>
    <message>
        <source>deck</source>
        <translation>deck</translation>
    </message>
    <message>
        <source>weakness themes</source>
        <translation>weakness themes</translation>
    </message>
    <message>
        <source>a record this version does not know</source>
        <translation>a record this version does not know</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1, noted “%2”</source>
        <translation>%1, noted “%2”</translation>
    </message>
    <message>
        <source>no deck</source>
        <translation>no deck</translation>
    </message>
    <message numerus="yes">
        <source>%n slide(s)</source>
        <translation>
            <numerusform>%n slide</numerusform>
            <numerusform>%n slides</numerusform>
        </translation>
    </message>
    <message>
        <source>the built-in themes</source>
        <translation>the built-in themes</translation>
    </message>
    <message numerus="yes">
        <source>%n theme(s) of the project</source>
        <translation>
            <numerusform>%n theme of the project</numerusform>
            <numerusform>%n themes of the project</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>a section placed under another heading</source>
        <translation>a section placed under another heading</translation>
    </message>
    <message>
        <source>two sections matched</source>
        <translation>two sections matched</translation>
    </message>
    <message>
        <source>added</source>
        <translation>added</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>removed</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>changed</translation>
    </message>
    <message>
        <source>the figure found in the report</source>
        <translation>the figure found in the report</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>not reported</translation>
    </message>
    <message numerus="yes">
        <source>%1 (the sum of %n statement(s))</source>
        <translation>
            <numerusform>%1 (the sum of %n statement)</numerusform>
            <numerusform>%1 (the sum of %n statements)</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>reviewed</source>
        <translation>reviewed</translation>
    </message>
    <message>
        <source>flagged</source>
        <translation>flagged</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>high</source>
        <translation>high</translation>
    </message>
    <message>
        <source>low</source>
        <translation>low</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>medium</translation>
    </message>
    <message>
        <source>note “%1” → “%2”</source>
        <translation>note “%1” → “%2”</translation>
    </message>
    <message>
        <source>severity %1 → %2</source>
        <translation>severity %1 → %2</translation>
    </message>
    <message>
        <source>tags %1 → %2</source>
        <translation>tags %1 → %2</translation>
    </message>
    <message>
        <source>placed on %1</source>
        <translation>placed on %1</translation>
    </message>
    <message>
        <source>place</source>
        <translation>place</translation>
    </message>
    <message>
        <source>issuer</source>
        <translation>issuer</translation>
    </message>
    <message>
        <source>parent body</source>
        <translation>parent body</translation>
    </message>
    <message>
        <source>year</source>
        <translation>year</translation>
    </message>
    <message>
        <source>published</source>
        <translation>published</translation>
    </message>
    <message>
        <source>%1 %2 → %3</source>
        <translation>%1 %2 → %3</translation>
    </message>
    <message>
        <source>as found</source>
        <translation>as found</translation>
    </message>
    <message>
        <source>the project&apos;s first reports</source>
        <translation>the project&apos;s first reports</translation>
    </message>
</context>
<context>
    <name>Dz::ChangesPane</name>
    <message>
        <source>Everyone</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <source>Every report</source>
        <translation>Every report</translation>
    </message>
    <message>
        <source>&amp;Analyst:</source>
        <translation>&amp;Analyst:</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>&amp;Report:</translation>
    </message>
    <message>
        <source>Who changed what in the project, newest first; double-click a change to show its report</source>
        <translation>Who changed what in the project, newest first; double-click a change to show its report</translation>
    </message>
</context>
<context>
    <name>Dz::ChartData</name>
    <message>
        <source>The chart “%1” has no categories.</source>
        <translation>The chart “%1” has no categories.</translation>
    </message>
    <message>
        <source>The chart “%1” has no series.</source>
        <translation>The chart “%1” has no series.</translation>
    </message>
    <message>
        <source>The chart “%1”: series “%2” has %3 entries for %4 categories.</source>
        <translation>The chart “%1”: series “%2” has %3 entries for %4 categories.</translation>
    </message>
    <message>
        <source>The chart “%1”: series “%2” has a value that is not a number.</source>
        <translation>The chart “%1”: series “%2” has a value that is not a number.</translation>
    </message>
    <message>
        <source>The chart “%1”: “%2” is not a colour of the form #RRGGBB.</source>
        <translation>The chart “%1”: “%2” is not a colour of the form #RRGGBB.</translation>
    </message>
    <message>
        <source>The chart “%1” has %2 year positions for %3 categories.</source>
        <translation>The chart “%1” has %2 year positions for %3 categories.</translation>
    </message>
</context>
<context>
    <name>Dz::ChartExporter</name>
    <message>
        <source>Cannot export a chart as “%1”: use a file name ending in .png, .svg or .pdf.</source>
        <translation>Cannot export a chart as “%1”: use a file name ending in .png, .svg or .pdf.</translation>
    </message>
    <message>
        <source>Could not draw the chart for %1.</source>
        <translation>Could not draw the chart for %1.</translation>
    </message>
    <message>
        <source>%1: a picture of %2x%3 at scale %4 would have more than %5 million pixels; choose a smaller size or scale.</source>
        <translation>%1: a picture of %2x%3 at scale %4 would have more than %5 million pixels; choose a smaller size or scale.</translation>
    </message>
</context>
<context>
    <name>Dz::CompareColumn</name>
    <message>
        <source>Assign “%1” to</source>
        <translation>Assign “%1” to</translation>
    </message>
    <message>
        <source>Annotate Selection…</source>
        <translation>Annotate Selection…</translation>
    </message>
</context>
<context>
    <name>Dz::CompareToolBar</name>
    <message>
        <source>Synchronised Scrolling</source>
        <translation>Synchronised Scrolling</translation>
    </message>
    <message>
        <source>Scrolling one column keeps the others at the same section</source>
        <translation>Scrolling one column keeps the others at the same section</translation>
    </message>
    <message>
        <source>Next Section</source>
        <translation>Next Section</translation>
    </message>
    <message>
        <source>Previous Section</source>
        <translation>Previous Section</translation>
    </message>
    <message>
        <source>&amp;Find in Reports…</source>
        <translation>&amp;Find in Reports…</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Compare</translation>
    </message>
    <message>
        <source>Search all reports…</source>
        <translation>Search all reports…</translation>
    </message>
</context>
<context>
    <name>Dz::CompareView</name>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>%1: %2, not chosen (%3)</source>
        <translation>%1: %2, not chosen (%3)</translation>
    </message>
    <message>
        <source>Not reported
%1</source>
        <translation>Not reported
%1</translation>
    </message>
    <message>
        <source>Also in %1</source>
        <translation>Also in %1</translation>
    </message>
    <message>
        <source>end of %1</source>
        <translation>end of %1</translation>
    </message>
    <message>
        <source>Search hit</source>
        <translation>Search hit</translation>
    </message>
</context>
<context>
    <name>Dz::ComparisonActions</name>
    <message numerus="yes">
        <source>%n report(s)</source>
        <translation>
            <numerusform>%n report</numerusform>
            <numerusform>%n reports</numerusform>
        </translation>
    </message>
    <message>
        <source>Add %1 to the comparison</source>
        <translation>Add %1 to the comparison</translation>
    </message>
    <message>
        <source>Remove %1 from the comparison</source>
        <translation>Remove %1 from the comparison</translation>
    </message>
    <message numerus="yes">
        <source>Compare %n report(s)</source>
        <translation>
            <numerusform>Compare %n report</numerusform>
            <numerusform>Compare %n reports</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Add to Comparison</source>
        <translation>&amp;Add to Comparison</translation>
    </message>
    <message>
        <source>Add the selected reports to the reports compared (undoable)</source>
        <translation>Add the selected reports to the reports compared (undoable)</translation>
    </message>
    <message>
        <source>Re&amp;move from Comparison</source>
        <translation>Re&amp;move from Comparison</translation>
    </message>
    <message>
        <source>Take the selected reports out of the reports compared (undoable)</source>
        <translation>Take the selected reports out of the reports compared (undoable)</translation>
    </message>
    <message>
        <source>&amp;Compare Selected Only</source>
        <translation>&amp;Compare Selected Only</translation>
    </message>
    <message>
        <source>Compare exactly the selected reports, in place of those compared now (undoable)</source>
        <translation>Compare exactly the selected reports, in place of those compared now (undoable)</translation>
    </message>
</context>
<context>
    <name>Dz::ComparisonBrief</name>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message numerus="yes">
        <source>This brief compares %n rule-of-law report(s): %1.</source>
        <translation>
            <numerusform>This brief compares %n rule-of-law report: %1.</numerusform>
            <numerusform>This brief compares %n rule-of-law reports: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>They report on %1.</source>
        <translation>They report on %1.</translation>
    </message>
    <message>
        <source>They report on the years %1 to %2.</source>
        <translation>They report on the years %1 to %2.</translation>
    </message>
    <message>
        <source>Duizhao read the figures from the reports&apos; own text on %1; each rests on a sentence of its report.</source>
        <translation>Duizhao read the figures from the reports&apos; own text on %1; each rests on a sentence of its report.</translation>
    </message>
    <message numerus="yes">
        <source>%n figure(s) were set by the analyst and are marked ✎.</source>
        <translation>
            <numerusform>%n figure was set by the analyst and is marked ✎.</numerusform>
            <numerusform>%n figures were set by the analyst and are marked ✎.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n section(s) were placed by the analyst&apos;s corrections.</source>
        <translation>
            <numerusform>%n section was placed by the analyst&apos;s corrections.</numerusform>
            <numerusform>%n sections were placed by the analyst&apos;s corrections.</numerusform>
        </translation>
    </message>
    <message>
        <source>Required contents and publication</source>
        <translation>Required contents and publication</translation>
    </message>
    <message>
        <source>%1 (no %2)</source>
        <translation>%1 (no %2)</translation>
    </message>
    <message>
        <source> and </source>
        <translation> and </translation>
    </message>
    <message>
        <source>Every report has the parts the rules require: %1.</source>
        <translation>Every report has the parts the rules require: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) lack a part the rules require: %1.</source>
        <translation>
            <numerusform>%n report lacks a part the rules require: %1.</numerusform>
            <numerusform>%n reports lack a part the rules require: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (published %2, %n day(s) late)</source>
        <translation>
            <numerusform>%1 (published %2, %n day late)</numerusform>
            <numerusform>%1 (published %2, %n days late)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) were published after 31 March of the following year: %1.</source>
        <translation>
            <numerusform>%n report was published after 31 March of the following year: %1.</numerusform>
            <numerusform>%n reports were published after 31 March of the following year: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) were published on time.</source>
        <translation>
            <numerusform>%n report was published on time.</numerusform>
            <numerusform>%n reports were published on time.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) give no publication date: %1.</source>
        <translation>
            <numerusform>%n report gives no publication date: %1.</numerusform>
            <numerusform>%n reports give no publication date: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) do not end with the issuing body and the date: %1.</source>
        <translation>
            <numerusform>%n report does not end with the issuing body and the date: %1.</numerusform>
            <numerusform>%n reports do not end with the issuing body and the date: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: no report gives a figure.</source>
        <translation>%1: no report gives a figure.</translation>
    </message>
    <message>
        <source>%1: only %2 gives a figure, %3.</source>
        <translation>%1: only %2 gives a figure, %3.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 of %n report(s) give a figure, each %3.</source>
        <translation>
            <numerusform>%1: %2 of %n report gives a figure, %3.</numerusform>
            <numerusform>%1: %2 of %n reports give a figure, each %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not reported by %1.</source>
        <translation>Not reported by %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) do not report it.</source>
        <translation>
            <numerusform>%n report does not report it.</numerusform>
            <numerusform>%n reports do not report it.</numerusform>
        </translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Charts</translation>
    </message>
    <message>
        <source>Shortcomings admitted, by theme</source>
        <translation>Shortcomings admitted, by theme</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>Items (shortcomings and causes) per theme, as the reports word them; empty: none.</source>
        <translation>Items (shortcomings and causes) per theme, as the reports word them; empty: none.</translation>
    </message>
    <message>
        <source>Shortcomings admitted</source>
        <translation>Shortcomings admitted</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) have no shortcomings part at all: %1.</source>
        <translation>
            <numerusform>%n report has no shortcomings part at all: %1.</numerusform>
            <numerusform>%n reports have no shortcomings part at all: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) have the part but name no shortcoming in it: %1.</source>
        <translation>
            <numerusform>%n report has the part but names no shortcoming in it: %1.</numerusform>
            <numerusform>%n reports have the part but name no shortcoming in it: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>No shortcoming is shared by two or more reports.</source>
        <translation>No shortcoming is shared by two or more reports.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n report(s))</source>
        <translation>
            <numerusform>%1 (%n report)</numerusform>
            <numerusform>%1 (%n reports)</numerusform>
        </translation>
    </message>
    <message>
        <source>Shortcomings several reports share: %1.</source>
        <translation>Shortcomings several reports share: %1.</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>Audit findings</source>
        <translation>Audit findings</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n finding(s), %2.</source>
        <translation>
            <numerusform>%1: %n finding, %2.</numerusform>
            <numerusform>%1: %n findings, %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>No report has a finding.</source>
        <translation>No report has a finding.</translation>
    </message>
    <message>
        <source>low</source>
        <translation>low</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>medium</translation>
    </message>
    <message>
        <source>high</source>
        <translation>high</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>reviewed</source>
        <translation>reviewed</translation>
    </message>
    <message>
        <source>flagged</source>
        <translation>flagged</translation>
    </message>
    <message>
        <source>The analyst&apos;s annotations</source>
        <translation>The analyst&apos;s annotations</translation>
    </message>
    <message>
        <source>Passages in no theme</source>
        <translation>Passages in no theme</translation>
    </message>
    <message>
        <source>severity %1</source>
        <translation>severity %1</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <source>The chart “%1” cannot be drawn here.</source>
        <translation>The chart “%1” cannot be drawn here.</translation>
    </message>
    <message>
        <source>Rule-of-law reports compared</source>
        <translation>Rule-of-law reports compared</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) compared · %1</source>
        <translation>
            <numerusform>%n report compared · %1</numerusform>
            <numerusform>%n reports compared · %1</numerusform>
        </translation>
    </message>
    <message>
        <source>About this brief</source>
        <translation>About this brief</translation>
    </message>
    <message>
        <source>Marks in the tables: ≥ at least; ≈ about; * part of the scope only; ✎ set by the analyst; — not reported; ⋯ statements without a stated total. Parts, themes and checks follow the workbench&apos;s scheme and audit rules; every figure can be traced to its sentence in the Indicators view.</source>
        <translation>Marks in the tables: ≥ at least; ≈ about; * part of the scope only; ✎ set by the analyst; — not reported; ⋯ statements without a stated total. Parts, themes and checks follow the workbench&apos;s scheme and audit rules; every figure can be traced to its sentence in the Indicators view.</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Contents</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 of %n report(s) give a figure; the highest is %3 with %4, the lowest %5 with %6.</source>
        <translation>
            <numerusform>%1: %2 of %n report gives a figure; the highest is %3 with %4, the lowest %5 with %6.</numerusform>
            <numerusform>%1: %2 of %n reports give a figure; the highest is %3 with %4, the lowest %5 with %6.</numerusform>
        </translation>
    </message>
    <message>
        <source>Source: the reports compared (see the overview); figures read by Duizhao on %1.</source>
        <translation>Source: the reports compared (see the overview); figures read by Duizhao on %1.</translation>
    </message>
    <message>
        <source>No shortcoming the same body&apos;s report of the year before admitted is admitted again.</source>
        <translation>No shortcoming the same body&apos;s report of the year before admitted is admitted again.</translation>
    </message>
    <message numerus="yes">
        <source>%1 admits again %n shortcoming(s) that %2 admitted the year before.</source>
        <translation>
            <numerusform>%1 admits again %n shortcoming that %2 admitted the year before.</numerusform>
            <numerusform>%1 admits again %n shortcomings that %2 admitted the year before.</numerusform>
        </translation>
    </message>
    <message>
        <source>The table gives the words of both years.</source>
        <translation>The table gives the words of both years.</translation>
    </message>
</context>
<context>
    <name>Dz::ConnectionKeeper</name>
    <message>
        <source>the connection to the server was lost</source>
        <translation>the connection to the server was lost</translation>
    </message>
</context>
<context>
    <name>Dz::Deck</name>
    <message>
        <source>Rule-of-law reports compared</source>
        <translation>Rule-of-law reports compared</translation>
    </message>
</context>
<context>
    <name>Dz::DeckFormat</name>
    <message>
        <source>The deck is in format %1, which this version of Duizhao does not read.</source>
        <translation>The deck is in format %1, which this version of Duizhao does not read.</translation>
    </message>
    <message>
        <source>Slide %1 of the deck: %2</source>
        <translation>Slide %1 of the deck: %2</translation>
    </message>
    <message>
        <source>Slide %1 of the deck is of no known kind (“%2”).</source>
        <translation>Slide %1 of the deck is of no known kind (“%2”).</translation>
    </message>
</context>
<context>
    <name>Dz::DeckPane</name>
    <message>
        <source>Chart</source>
        <translation>Chart</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>Export Deck</source>
        <translation>Export Deck</translation>
    </message>
    <message>
        <source>PowerPoint deck (*.pptx)</source>
        <translation>PowerPoint deck (*.pptx)</translation>
    </message>
    <message>
        <source>Move the slide up</source>
        <translation>Move the slide up</translation>
    </message>
    <message>
        <source>Move the slide down</source>
        <translation>Move the slide down</translation>
    </message>
    <message>
        <source>Remove the slide</source>
        <translation>Remove the slide</translation>
    </message>
    <message>
        <source>Add Indicator Table</source>
        <translation>Add Indicator Table</translation>
    </message>
    <message>
        <source>Add Weakness Matrix</source>
        <translation>Add Weakness Matrix</translation>
    </message>
    <message>
        <source>Charts as pictures</source>
        <translation>Charts as pictures</translation>
    </message>
    <message>
        <source>Off: native charts that PowerPoint and WPS can edit (Edit Data shows the figures). On: pictures of the charts as drawn here.</source>
        <translation>Off: native charts that PowerPoint and WPS can edit (Edit Data shows the figures). On: pictures of the charts as drawn here.</translation>
    </message>
    <message>
        <source>Export Deck…</source>
        <translation>Export Deck…</translation>
    </message>
    <message>
        <source>Edit Slide</source>
        <translation>Edit Slide</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>Add to Deck</source>
        <translation>Add to Deck</translation>
    </message>
    <message>
        <source>Add slide “%1”</source>
        <translation>Add slide “%1”</translation>
    </message>
    <message>
        <source>Move slide “%1”</source>
        <translation>Move slide “%1”</translation>
    </message>
    <message>
        <source>Remove slide “%1”</source>
        <translation>Remove slide “%1”</translation>
    </message>
    <message>
        <source>Edit slide “%1”</source>
        <translation>Edit slide “%1”</translation>
    </message>
    <message>
        <source>Edit the deck&apos;s title</source>
        <translation>Edit the deck&apos;s title</translation>
    </message>
    <message>
        <source>Edit the deck&apos;s subtitle</source>
        <translation>Edit the deck&apos;s subtitle</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Title:</translation>
    </message>
    <message>
        <source>Subtitle:</source>
        <translation>Subtitle:</translation>
    </message>
    <message>
        <source>The title slide&apos;s title</source>
        <translation>The title slide&apos;s title</translation>
    </message>
    <message>
        <source>The title slide&apos;s subtitle; empty: the reports compared and the date</source>
        <translation>The title slide&apos;s subtitle; empty: the reports compared and the date</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Up</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Down</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Edit the slide&apos;s title and note (or double-click it)</source>
        <translation>Edit the slide&apos;s title and note (or double-click it)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Slide 1 is the title slide; charts come from the Indicators view (Add to Deck). The deck is kept in the project.</source>
        <translation>Slide 1 is the title slide; charts come from the Indicators view (Add to Deck). The deck is kept in the project.</translation>
    </message>
</context>
<context>
    <name>Dz::DeckSlide</name>
    <message>
        <source>No report gives a figure for “%1”: the chart would be empty.</source>
        <translation>No report gives a figure for “%1”: the chart would be empty.</translation>
    </message>
    <message>
        <source>“%1” has no rows: the slide would be empty.</source>
        <translation>“%1” has no rows: the slide would be empty.</translation>
    </message>
    <message>
        <source>“%1” has nothing beside the reports&apos; names: the slide would be empty.</source>
        <translation>“%1” has nothing beside the reports&apos; names: the slide would be empty.</translation>
    </message>
</context>
<context>
    <name>Dz::DocumentReader</name>
    <message>
        <source>%1: the file is empty.</source>
        <translation>%1: the file is empty.</translation>
    </message>
    <message>
        <source>%1: the page has no content.</source>
        <translation>%1: the page has no content.</translation>
    </message>
    <message>
        <source>%1: no article found in the page (no block of Chinese text outside navigation and link lists).</source>
        <translation>%1: no article found in the page (no block of Chinese text outside navigation and link lists).</translation>
    </message>
    <message>
        <source>%1: no article found in the page.</source>
        <translation>%1: no article found in the page.</translation>
    </message>
    <message>
        <source>%1: the page cannot be parsed as HTML.</source>
        <translation>%1: the page cannot be parsed as HTML.</translation>
    </message>
    <message>
        <source>%1: not a web address (it should start with http:// or https://).</source>
        <translation>%1: not a web address (it should start with http:// or https://).</translation>
    </message>
    <message numerus="yes">
        <source>%1: no answer within %n second(s); the site may be down or slow. Try again later.</source>
        <translation>
            <numerusform>%1: no answer within %n second; the site may be down or slow. Try again later.</numerusform>
            <numerusform>%1: no answer within %n seconds; the site may be down or slow. Try again later.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the site answered %2 (%3).</source>
        <translation>%1: the site answered %2 (%3).</translation>
    </message>
    <message>
        <source>%1: cannot be fetched: %2.</source>
        <translation>%1: cannot be fetched: %2.</translation>
    </message>
    <message>
        <source>%1: the site sent an empty page.</source>
        <translation>%1: the site sent an empty page.</translation>
    </message>
    <message>
        <source>%1: the page is larger than %2 MiB, more than any report; it was not fetched.</source>
        <translation>%1: the page is larger than %2 MiB, more than any report; it was not fetched.</translation>
    </message>
</context>
<context>
    <name>Dz::DocxDocument</name>
    <message>
        <source>The table “%1” has no columns.</source>
        <translation>The table “%1” has no columns.</translation>
    </message>
    <message>
        <source>The picture “%1” is not a PNG image.</source>
        <translation>The picture “%1” is not a PNG image.</translation>
    </message>
</context>
<context>
    <name>Dz::DocxReader</name>
    <message>
        <source>%1: the document is encrypted (protected by a password); save it without a password and import it again.</source>
        <translation>%1: the document is encrypted (protected by a password); save it without a password and import it again.</translation>
    </message>
    <message>
        <source>%1: not a Word document: the package has no word/document.xml.</source>
        <translation>%1: not a Word document: the package has no word/document.xml.</translation>
    </message>
    <message>
        <source>%1: the document is damaged: its text (%2) is not well-formed XML.</source>
        <translation>%1: the document is damaged: its text (%2) is not well-formed XML.</translation>
    </message>
    <message>
        <source>%1: the document has no text (it may hold only pictures or scans).</source>
        <translation>%1: the document has no text (it may hold only pictures or scans).</translation>
    </message>
</context>
<context>
    <name>Dz::ExportLocations</name>
    <message>
        <source>Exported “%1” (%2) to %3.</source>
        <translation>Exported “%1” (%2) to %3.</translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation>Open Folder</translation>
    </message>
</context>
<context>
    <name>Dz::ExportNaming</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>export</source>
        <translation>export</translation>
    </message>
</context>
<context>
    <name>Dz::FileSaving</name>
    <message>
        <source>%1: is a folder; choose a file name to export to.</source>
        <translation>%1: is a folder; choose a file name to export to.</translation>
    </message>
    <message>
        <source>%1: cannot be written (%2).</source>
        <translation>%1: cannot be written (%2).</translation>
    </message>
    <message>
        <source>%1: is a named pipe that no program reads from; nothing was written.</source>
        <translation>%1: is a named pipe that no program reads from; nothing was written.</translation>
    </message>
    <message>
        <source>%1: is not a file (a socket or a disk device); nothing was written. Choose a file name.</source>
        <translation>%1: is not a file (a socket or a disk device); nothing was written. Choose a file name.</translation>
    </message>
</context>
<context>
    <name>Dz::Gazetteer</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: entry %2 of &quot;%3&quot; is not [code, name, short forms, parent]</source>
        <translation>%1: entry %2 of &quot;%3&quot; is not [code, name, short forms, parent]</translation>
    </message>
    <message>
        <source>%1: the code %2 occurs twice</source>
        <translation>%1: the code %2 occurs twice</translation>
    </message>
    <message>
        <source>%1: no &quot;units&quot;</source>
        <translation>%1: no &quot;units&quot;</translation>
    </message>
    <message>
        <source>%1: %2 names the parent %3, which is not listed</source>
        <translation>%1: %2 names the parent %3, which is not listed</translation>
    </message>
    <message>
        <source>agencies.json: %1</source>
        <translation>agencies.json: %1</translation>
    </message>
    <message>
        <source>agencies.json: an agency without &quot;full&quot;</source>
        <translation>agencies.json: an agency without &quot;full&quot;</translation>
    </message>
    <message>
        <source>%1: townships listed under %2, which is not a county</source>
        <translation>%1: townships listed under %2, which is not a county</translation>
    </message>
    <message>
        <source>%1: township entry %2 of %3 is not &quot;NNN名称&quot;</source>
        <translation>%1: township entry %2 of %3 is not &quot;NNN名称&quot;</translation>
    </message>
    <message>
        <source>agencies.json: %1 is listed twice</source>
        <translation>agencies.json: %1 is listed twice</translation>
    </message>
    <message>
        <source>agencies.json: %1&apos;s end form %2 is not one of its forms</source>
        <translation>agencies.json: %1&apos;s end form %2 is not one of its forms</translation>
    </message>
    <message>
        <source>agencies.json: %1 names the parent %2, which is not listed</source>
        <translation>agencies.json: %1 names the parent %2, which is not listed</translation>
    </message>
    <message>
        <source>agencies.json: a unit without &quot;suffix&quot;</source>
        <translation>agencies.json: a unit without &quot;suffix&quot;</translation>
    </message>
    <message>
        <source>agencies.json: the unit %1 names %2 → %3, which are not both listed</source>
        <translation>agencies.json: the unit %1 names %2 → %3, which are not both listed</translation>
    </message>
    <message>
        <source>agencies.json: the unit %1 names the agency %2, which is not listed</source>
        <translation>agencies.json: the unit %1 names the agency %2, which is not listed</translation>
    </message>
</context>
<context>
    <name>Dz::HelpActions</name>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;User Guide</translation>
    </message>
    <message>
        <source>The user guide: views, workflow, marks and corrections</source>
        <translation>The user guide: views, workflow, marks and corrections</translation>
    </message>
    <message>
        <source>Help on This &amp;View</source>
        <translation>Help on This &amp;View</translation>
    </message>
    <message>
        <source>&amp;Welcome</source>
        <translation>&amp;Welcome</translation>
    </message>
</context>
<context>
    <name>Dz::HelpSystem</name>
    <message>
        <source>The user guide is not installed: %1 is missing.</source>
        <translation>The user guide is not installed: %1 is missing.</translation>
    </message>
    <message>
        <source>The user guide cannot be opened: the folder %1 cannot be made.</source>
        <translation>The user guide cannot be opened: the folder %1 cannot be made.</translation>
    </message>
    <message>
        <source>The user guide cannot be opened: %1</source>
        <translation>The user guide cannot be opened: %1</translation>
    </message>
    <message>
        <source>The user guide cannot be opened: %1 is not a Qt help file.</source>
        <translation>The user guide cannot be opened: %1 is not a Qt help file.</translation>
    </message>
</context>
<context>
    <name>Dz::HelpWindow</name>
    <message>
        <source>%1 — Duizhao User Guide</source>
        <translation>%1 — Duizhao User Guide</translation>
    </message>
    <message>
        <source>No page holds “%1”.</source>
        <translation>No page holds “%1”.</translation>
    </message>
    <message>
        <source>Duizhao User Guide</source>
        <translation>Duizhao User Guide</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Contents</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>Index</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Look for a keyword</source>
        <translation>Look for a keyword</translation>
    </message>
    <message>
        <source>Search the guide, then Enter</source>
        <translation>Search the guide, then Enter</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Forward</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Home</translation>
    </message>
</context>
<context>
    <name>Dz::HtmlReader</name>
    <message>
        <source>%1: the page declares the encoding &quot;%2&quot;, which cannot be read.</source>
        <translation>%1: the page declares the encoding &quot;%2&quot;, which cannot be read.</translation>
    </message>
    <message>
        <source>%1: the page declares the encoding &quot;%2&quot; but is not valid in it.</source>
        <translation>%1: the page declares the encoding &quot;%2&quot; but is not valid in it.</translation>
    </message>
    <message>
        <source>%1: the page declares no encoding and is neither valid UTF-8 nor GBK/GB18030.</source>
        <translation>%1: the page declares no encoding and is neither valid UTF-8 nor GBK/GB18030.</translation>
    </message>
    <message>
        <source>%1: refused: the page has more than %2 elements, far more than a page of a report (a damaged or hostile file).</source>
        <translation>%1: refused: the page has more than %2 elements, far more than a page of a report (a damaged or hostile file).</translation>
    </message>
    <message>
        <source>page</source>
        <translation>page</translation>
    </message>
    <message>
        <source>%1: only %2 of the page&apos;s %3 Chinese characters outside links were kept as the report&apos;s text; the rest was taken for navigation or page furniture. Compare the text with the page.</source>
        <translation>%1: only %2 of the page&apos;s %3 Chinese characters outside links were kept as the report&apos;s text; the rest was taken for navigation or page furniture. Compare the text with the page.</translation>
    </message>
</context>
<context>
    <name>Dz::IdentityDialog</name>
    <message>
        <source>Edit Identity</source>
        <translation>Edit Identity</translation>
    </message>
    <message>
        <source>Values you enter replace what was read from the report; leave a field empty to use the value found.</source>
        <translation>Values you enter replace what was read from the report; leave a field empty to use the value found.</translation>
    </message>
    <message>
        <source>&amp;Issuer</source>
        <translation>&amp;Issuer</translation>
    </message>
    <message>
        <source>&amp;Year reported on</source>
        <translation>&amp;Year reported on</translation>
    </message>
    <message>
        <source>&amp;Published</source>
        <translation>&amp;Published</translation>
    </message>
    <message>
        <source>%1 (code %2)</source>
        <translation>%1 (code %2)</translation>
    </message>
    <message>
        <source>Region found:</source>
        <translation>Region found:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>not found</translation>
    </message>
    <message>
        <source>found: %1</source>
        <translation>found: %1</translation>
    </message>
    <message>
        <source>Found “%1” (%2)</source>
        <translation>Found “%1” (%2)</translation>
    </message>
    <message>
        <source>&amp;Place (district, 街道, 乡镇…)</source>
        <translation>&amp;Place (district, street, town…)</translation>
    </message>
    <message>
        <source>Parent &amp;body</source>
        <translation>Parent &amp;body</translation>
    </message>
    <message>
        <source>Not one place of the gazetteer (unknown, or a name several places share: write its county or city in front): kept as written.</source>
        <translation>Not one place of the gazetteer (unknown, or a name several places share: write its county or city in front): kept as written.</translation>
    </message>
</context>
<context>
    <name>Dz::IndicatorCatalog</name>
    <message>
        <source>%1: the pattern “%2” in &quot;%3&quot; is not a valid regular expression: %4</source>
        <translation>%1: the pattern “%2” in &quot;%3&quot; is not a valid regular expression: %4</translation>
    </message>
    <message>
        <source>%1: &quot;parts&quot; names “%2”, which is not a part of the scheme %3</source>
        <translation>%1: &quot;parts&quot; names “%2”, which is not a part of the scheme %3</translation>
    </message>
    <message>
        <source>%1 has no &quot;unit&quot;</source>
        <translation>%1 has no &quot;unit&quot;</translation>
    </message>
    <message>
        <source>%1: unknown &quot;method&quot; “%2” (use statement or events)</source>
        <translation>%1: unknown &quot;method&quot; “%2” (use statement or events)</translation>
    </message>
    <message>
        <source>%1 must list its &quot;measureWords&quot;</source>
        <translation>%1 must list its &quot;measureWords&quot;</translation>
    </message>
    <message>
        <source>%1: &quot;themeAnchors&quot; must be an object of theme id → terms</source>
        <translation>%1: &quot;themeAnchors&quot; must be an object of theme id → terms</translation>
    </message>
    <message>
        <source>%1: &quot;themeAnchors&quot; names “%2”, which is not a theme of the scheme %3</source>
        <translation>%1: &quot;themeAnchors&quot; names “%2”, which is not a theme of the scheme %3</translation>
    </message>
    <message>
        <source>%1 needs &quot;anchors&quot; or &quot;themeAnchors&quot;</source>
        <translation>%1 needs &quot;anchors&quot; or &quot;themeAnchors&quot;</translation>
    </message>
    <message>
        <source>%1: an events indicator needs an &quot;eventTerm&quot;</source>
        <translation>%1: an events indicator needs an &quot;eventTerm&quot;</translation>
    </message>
    <message>
        <source>Cannot read the indicator file %1: %2</source>
        <translation>Cannot read the indicator file %1: %2</translation>
    </message>
    <message>
        <source>The indicator file %1 is not valid: %2</source>
        <translation>The indicator file %1 is not valid: %2</translation>
    </message>
    <message>
        <source>the catalog has no &quot;id&quot;</source>
        <translation>the catalog has no &quot;id&quot;</translation>
    </message>
    <message>
        <source>the defaults</source>
        <translation>the defaults</translation>
    </message>
    <message>
        <source>&quot;indicators&quot; must be a non-empty array</source>
        <translation>&quot;indicators&quot; must be a non-empty array</translation>
    </message>
    <message>
        <source>indicator %1 needs an &quot;id&quot; without commas or spaces</source>
        <translation>indicator %1 needs an &quot;id&quot; without commas or spaces</translation>
    </message>
    <message>
        <source>the indicator id “%1” is used twice</source>
        <translation>the indicator id “%1” is used twice</translation>
    </message>
    <message>
        <source>indicator %1</source>
        <translation>indicator %1</translation>
    </message>
    <message>
        <source>Unknown indicator “%1”. Known indicators: %2.</source>
        <translation>Unknown indicator “%1”. Known indicators: %2.</translation>
    </message>
</context>
<context>
    <name>Dz::IndicatorChartBuilder</name>
    <message>
        <source>Not reported</source>
        <translation>Not reported</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>≥: at least (the report says 余/多/以上)</source>
        <translation>≥: at least (the report says 余/多/以上)</translation>
    </message>
    <message>
        <source>*: covers part of the scope only</source>
        <translation>*: covers part of the scope only</translation>
    </message>
    <message>
        <source>hatched: a lower bound, a range or part of the scope</source>
        <translation>hatched: a lower bound, a range or part of the scope</translation>
    </message>
    <message>
        <source>✎: value set by the analyst</source>
        <translation>✎: value set by the analyst</translation>
    </message>
    <message>
        <source>Not reported: the report gives no figure (no bar, not zero)</source>
        <translation>Not reported: the report gives no figure (no bar, not zero)</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>No stated total</source>
        <translation>No stated total</translation>
    </message>
    <message>
        <source>No stated total: the report lists activities with figures but gives no total (see the indicator table)</source>
        <translation>No stated total: the report lists activities with figures but gives no total (see the indicator table)</translation>
    </message>
    <message>
        <source>YoY: change on the year before; “on 2018”: change on the last year reported</source>
        <translation>YoY: change on the year before; “on 2018”: change on the last year reported</translation>
    </message>
    <message>
        <source>the value axis starts at 0</source>
        <translation>the value axis starts at 0</translation>
    </message>
    <message>
        <source>YoY %1</source>
        <translation>YoY %1</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 on %2</translation>
    </message>
</context>
<context>
    <name>Dz::IndicatorExport</name>
    <message>
        <source>Source: rule-of-law reports of %1; figures extracted by Duizhao on %2.</source>
        <translation>Source: rule-of-law reports of %1; figures extracted by Duizhao on %2.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Indicators by report</source>
        <translation>Indicators by report</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>≥ at least; ≈ about; * part of the scope only; ✎ set by the analyst; — not reported; ⋯ statements without a stated total</source>
        <translation>≥ at least; ≈ about; * part of the scope only; ✎ set by the analyst; — not reported; ⋯ statements without a stated total</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Qualifier</source>
        <translation>Qualifier</translation>
    </message>
    <message>
        <source>Lower</source>
        <translation>Lower</translation>
    </message>
    <message>
        <source>Upper</source>
        <translation>Upper</translation>
    </message>
    <message>
        <source>Analyst&apos;s value</source>
        <translation>Analyst&apos;s value</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Values</translation>
    </message>
    <message>
        <source>As shown</source>
        <translation>As shown</translation>
    </message>
    <message>
        <source>Weaknesses admitted, by theme</source>
        <translation>Weaknesses admitted, by theme</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>no part</source>
        <translation>no part</translation>
    </message>
    <message>
        <source>Source: rule-of-law reports of %1; shortcomings read by Duizhao on %2.</source>
        <translation>Source: rule-of-law reports of %1; shortcomings read by Duizhao on %2.</translation>
    </message>
    <message>
        <source>Items (shortcomings and causes) per theme, an item with two themes under both; empty: none; “no part”: the report has no shortcomings part at all</source>
        <translation>Items (shortcomings and causes) per theme, an item with two themes under both; empty: none; “no part”: the report has no shortcomings part at all</translation>
    </message>
    <message>
        <source>Statements added up</source>
        <translation>Statements added up</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>not reported</translation>
    </message>
    <message>
        <source>sum of statements</source>
        <translation>sum of statements</translation>
    </message>
</context>
<context>
    <name>Dz::IndicatorFormat</name>
    <message>
        <source>not reported</source>
        <translation>not reported</translation>
    </message>
    <message numerus="yes">
        <source>no stated total; %n statement(s) found</source>
        <translation>
            <numerusform>no stated total; %n statement found</numerusform>
            <numerusform>no stated total; %n statements found</numerusform>
        </translation>
    </message>
    <message>
        <source>evidence: %1</source>
        <translation>evidence: %1</translation>
    </message>
    <message>
        <source>analyst&apos;s value</source>
        <translation>analyst&apos;s value</translation>
    </message>
    <message>
        <source>analyst&apos;s value: %1</source>
        <translation>analyst&apos;s value: %1</translation>
    </message>
</context>
<context>
    <name>Dz::IndicatorTableModel</name>
    <message>
        <source>Analyst&apos;s value: %1 %2</source>
        <translation>Analyst&amp;apos;s value: %1 %2</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Note: %1</translation>
    </message>
    <message>
        <source>Extracted: %1 %2</source>
        <translation>Extracted: %1 %2</translation>
    </message>
    <message>
        <source>* covers part of the scope only</source>
        <translation>* covers part of the scope only</translation>
    </message>
    <message numerus="yes">
        <source>No stated total; %n statement(s) to choose from:</source>
        <translation>
            <numerusform>No stated total; %n statement to choose from:</numerusform>
            <numerusform>No stated total; %n statements to choose from:</numerusform>
        </translation>
    </message>
    <message>
        <source>Not reported</source>
        <translation>Not reported</translation>
    </message>
    <message>
        <source>Evidence: %1</source>
        <translation>Evidence: %1</translation>
    </message>
    <message>
        <source>Section: %1</source>
        <translation>Section: %1</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>%1 — value (%2)</source>
        <translation>%1 — value (%2)</translation>
    </message>
    <message>
        <source>Not reported, says the analyst</source>
        <translation>Not reported, says the analyst</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Why: %1</translation>
    </message>
    <message numerus="yes">
        <source>Analyst&apos;s value: %1 %2, the sum of %n statement(s):</source>
        <translation>
            <numerusform>Analyst&apos;s value: %1 %2, the sum of %n statement:</numerusform>
            <numerusform>Analyst&apos;s value: %1 %2, the sum of %n statements:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dz::IndicatorsPane</name>
    <message>
        <source>Show Evidence</source>
        <translation>Show Evidence</translation>
    </message>
    <message>
        <source>Set Value…</source>
        <translation>Set Value…</translation>
    </message>
    <message>
        <source>Use a Statement</source>
        <translation>Use a Statement</translation>
    </message>
    <message>
        <source>Chosen statement: %1</source>
        <translation>Chosen statement: %1</translation>
    </message>
    <message>
        <source>Reset to Extracted Value</source>
        <translation>Reset to Extracted Value</translation>
    </message>
    <message>
        <source>Export Indicator Table</source>
        <translation>Export Indicator Table</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <source>The table as CSV: shown values with their marks, and plain numbers</source>
        <translation>The table as CSV: shown values with their marks, and plain numbers</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>Export Chart</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG image (*.svg);;PDF document (*.pdf)</source>
        <translation>PNG image (*.png);;SVG image (*.svg);;PDF document (*.pdf)</translation>
    </message>
    <message>
        <source>In report order</source>
        <translation>In report order</translation>
    </message>
    <message>
        <source>Largest first</source>
        <translation>Largest first</translation>
    </message>
    <message>
        <source>Years as columns</source>
        <translation>Years as columns</translation>
    </message>
    <message>
        <source>Years as lines</source>
        <translation>Years as lines</translation>
    </message>
    <message>
        <source>Export width in pixels</source>
        <translation>Export width in pixels</translation>
    </message>
    <message>
        <source>Export height in pixels</source>
        <translation>Export height in pixels</translation>
    </message>
    <message>
        <source>Export scale: 2 gives a sharp picture on high-resolution screens and projectors</source>
        <translation>Export scale: 2 gives a sharp picture on high-resolution screens and projectors</translation>
    </message>
    <message>
        <source>Export Chart…</source>
        <translation>Export Chart…</translation>
    </message>
    <message>
        <source>PNG, SVG or vector PDF at the size above</source>
        <translation>PNG, SVG or vector PDF at the size above</translation>
    </message>
    <message>
        <source>Copy Chart</source>
        <translation>Copy Chart</translation>
    </message>
    <message>
        <source>The chart on the clipboard as PNG and SVG</source>
        <translation>The chart on the clipboard as PNG and SVG</translation>
    </message>
    <message>
        <source>Add to Deck</source>
        <translation>Add to Deck</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Export XLSX…</source>
        <translation>Export XLSX…</translation>
    </message>
    <message>
        <source>A workbook: the numbers, the values as shown, and each value&apos;s evidence</source>
        <translation>A workbook: the numbers, the values as shown, and each value&apos;s evidence</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <source>Not Reported…</source>
        <translation>Not Reported…</translation>
    </message>
    <message>
        <source>Sum Statements…</source>
        <translation>Sum Statements…</translation>
    </message>
    <message>
        <source>Every body</source>
        <translation>Every body</translation>
    </message>
    <message>
        <source>A bar per report</source>
        <translation>A bar per report</translation>
    </message>
    <message>
        <source>When a body is reported on for several years: its trend, each year in its place, with the change on the year before (同比)</source>
        <translation>When a body is reported on for several years: its trend, each year in its place, with the change on the year before (同比)</translation>
    </message>
    <message>
        <source>Whose trend: one body, or every body compared</source>
        <translation>Whose trend: one body, or every body compared</translation>
    </message>
    <message>
        <source>Each indicator checked is a chart of its own, on its own axis</source>
        <translation>Each indicator checked is a chart of its own, on its own axis</translation>
    </message>
    <message>
        <source>Add the charts shown to the deck, a slide each</source>
        <translation>Add the charts shown to the deck, a slide each</translation>
    </message>
</context>
<context>
    <name>Dz::JsonValidator</name>
    <message>
        <source>%1: &quot;label&quot; must be an object with &quot;zh&quot; and &quot;en&quot;</source>
        <translation>%1: &quot;label&quot; must be an object with &quot;zh&quot; and &quot;en&quot;</translation>
    </message>
    <message>
        <source>%1: the label has no &quot;zh&quot; text</source>
        <translation>%1: the label has no &quot;zh&quot; text</translation>
    </message>
    <message>
        <source>%1: the label has no &quot;en&quot; text</source>
        <translation>%1: the label has no &quot;en&quot; text</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be an array of strings</source>
        <translation>%1: &quot;%2&quot; must be an array of strings</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must hold non-empty strings</source>
        <translation>%1: &quot;%2&quot; must hold non-empty strings</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be an array of {&quot;term&quot;, &quot;weight&quot;}</source>
        <translation>%1: &quot;%2&quot; must be an array of {&quot;term&quot;, &quot;weight&quot;}</translation>
    </message>
    <message>
        <source>%1: cue %2 of &quot;%3&quot; has no term</source>
        <translation>%1: cue %2 of &quot;%3&quot; has no term</translation>
    </message>
    <message>
        <source>%1: cue &quot;%2&quot; needs a positive numeric weight (at most 100)</source>
        <translation>%1: cue &quot;%2&quot; needs a positive numeric weight (at most 100)</translation>
    </message>
    <message>
        <source>%1: cue &quot;%2&quot; is listed twice in &quot;%3&quot;</source>
        <translation>%1: cue &quot;%2&quot; is listed twice in &quot;%3&quot;</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must list at least one cue</source>
        <translation>%1: &quot;%2&quot; must list at least one cue</translation>
    </message>
    <message>
        <source>JSON syntax error at byte %1: %2</source>
        <translation>JSON syntax error at byte %1: %2</translation>
    </message>
    <message>
        <source>the top level must be a JSON object</source>
        <translation>the top level must be a JSON object</translation>
    </message>
    <message>
        <source>&quot;format&quot; must be &quot;%1&quot;</source>
        <translation>&quot;format&quot; must be &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unsupported &quot;version&quot; %1 (this build reads version %2)</source>
        <translation>unsupported &quot;version&quot; %1 (this build reads version %2)</translation>
    </message>
</context>
<context>
    <name>Dz::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;System Language</source>
        <translation>&amp;System Language</translation>
    </message>
    <message>
        <source>中文 (Chinese)</source>
        <extracomment>The language&apos;s own name, shown in every language.</extracomment>
        <translation>中文 (Chinese)</translation>
    </message>
    <message>
        <source>English</source>
        <extracomment>The language&apos;s own name, shown in every language.</extracomment>
        <translation>English</translation>
    </message>
</context>
<context>
    <name>Dz::LibreOfficeConverter</name>
    <message>
        <source>%1: the document is encrypted (protected by a password); save it without a password and import it again.</source>
        <translation>%1: the document is encrypted (protected by a password); save it without a password and import it again.</translation>
    </message>
    <message>
        <source>%1: a %2 document; reading it needs LibreOffice, which is not installed (on Debian or Ubuntu: apt install libreoffice-writer-nogui). Or save it as .docx and import that.</source>
        <translation>%1: a %2 document; reading it needs LibreOffice, which is not installed (on Debian or Ubuntu: apt install libreoffice-writer-nogui). Or save it as .docx and import that.</translation>
    </message>
    <message>
        <source>%1: no temporary folder for the conversion (%2).</source>
        <translation>%1: no temporary folder for the conversion (%2).</translation>
    </message>
    <message>
        <source>%1: cannot write the copy to convert (%2).</source>
        <translation>%1: cannot write the copy to convert (%2).</translation>
    </message>
    <message>
        <source>%1: LibreOffice (%2) could not be started: %3.</source>
        <translation>%1: LibreOffice (%2) could not be started: %3.</translation>
    </message>
    <message numerus="yes">
        <source>%1: LibreOffice did not finish converting it within %n second(s).</source>
        <translation>
            <numerusform>%1: LibreOffice did not finish converting it within %n second.</numerusform>
            <numerusform>%1: LibreOffice did not finish converting it within %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: LibreOffice could not convert it (the file may be damaged or encrypted): %2</source>
        <translation>%1: LibreOffice could not convert it (the file may be damaged or encrypted): %2</translation>
    </message>
    <message>
        <source>%1: a %2 document; LibreOffice (%3) is installed without Writer, its word processor, which reading it needs (on Debian or Ubuntu: apt install libreoffice-writer-nogui).</source>
        <translation>%1: a %2 document; LibreOffice (%3) is installed without Writer, its word processor, which reading it needs (on Debian or Ubuntu: apt install libreoffice-writer-nogui).</translation>
    </message>
</context>
<context>
    <name>Dz::MainWindow</name>
    <message>
        <source>About Duizhao</source>
        <translation>About Duizhao</translation>
    </message>
    <message>
        <source>Duizhao (对照) %1

Compares the rule-of-law reports of Chinese government bodies: reads them, outlines their headings and shows them side by side.</source>
        <translation>Duizhao (对照) %1

Compares the rule-of-law reports of Chinese government bodies: reads them, outlines their headings and shows them side by side.</translation>
    </message>
    <message>
        <source>%1 — Duizhao</source>
        <translation>%1 — Duizhao</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Zoom &amp;In</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Zoom &amp;Out</translation>
    </message>
    <message>
        <source>&amp;About Duizhao</source>
        <translation>&amp;About Duizhao</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>Outline</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problems</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Compare</translation>
    </message>
    <message>
        <source>The reports side by side, section by section</source>
        <translation>The reports side by side, section by section</translation>
    </message>
    <message>
        <source>Matrix</source>
        <translation>Matrix</translation>
    </message>
    <message>
        <source>Sections × reports: the first lines of each; double-click to read one in full</source>
        <translation>Sections × reports: the first lines of each; double-click to read one in full</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>One report with its outline</source>
        <translation>One report with its outline</translation>
    </message>
    <message>
        <source>Navigator</source>
        <translation>Navigator</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <source>Figures of every report: double-click for the evidence, right-click to set a value</source>
        <translation>Figures of every report: double-click for the evidence, right-click to set a value</translation>
    </message>
    <message>
        <source>Deck</source>
        <translation>Deck</translation>
    </message>
    <message>
        <source>Weaknesses</source>
        <translation>Weaknesses</translation>
    </message>
    <message>
        <source>What each report admits (存在的不足), by theme</source>
        <translation>What each report admits (存在的不足), by theme</translation>
    </message>
    <message>
        <source>Untitled project</source>
        <translation>Untitled project</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (read-only)</translation>
    </message>
    <message>
        <source>%1 — %2 — Duizhao</source>
        <translation>%1 — %2 — Duizhao</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Undo %1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Redo %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Open &amp;Recent</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Annotations</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <source>Which reports meet the rules, which were copied, what became of last year&apos;s plans</source>
        <translation>Which reports meet the rules, which were copied, what became of last year&apos;s plans</translation>
    </message>
    <message>
        <source>Checking the project</source>
        <translation>Checking the project</translation>
    </message>
    <message>
        <source>%1: SQLite&apos;s integrity check: %2</source>
        <translation>%1: SQLite&apos;s integrity check: %2</translation>
    </message>
    <message>
        <source>Check Project</source>
        <translation>Check Project</translation>
    </message>
    <message>
        <source>Nothing wrong was found in the project.</source>
        <translation>Nothing wrong was found in the project.</translation>
    </message>
    <message>
        <source>The project is damaged.</source>
        <translation>The project is damaged.</translation>
    </message>
    <message numerus="yes">
        <source>Connected to the server again; %n change(s) made meanwhile were read.</source>
        <translation>
            <numerusform>Connected to the server again; %n change made meanwhile was read.</numerusform>
            <numerusform>Connected to the server again; %n changes made meanwhile were read.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (offline)</source>
        <translation>%1 (offline)</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Changes</translation>
    </message>
    <message>
        <source>Re&amp;connect</source>
        <translation>Re&amp;connect</translation>
    </message>
    <message>
        <source>Connect to the project&apos;s server again now, instead of waiting for the next attempt</source>
        <translation>Connect to the project&apos;s server again now, instead of waiting for the next attempt</translation>
    </message>
</context>
<context>
    <name>Dz::MetadataExtractor</name>
    <message>
        <source>composed: region from the %1, agency from the page header (来源)</source>
        <translation>composed: region from the %1, agency from the page header (来源)</translation>
    </message>
    <message numerus="yes">
        <source>composed: region from the %1, agency named %n time(s) in the text</source>
        <translation>
            <numerusform>composed: region from the %1, agency named %n time in the text</numerusform>
            <numerusform>composed: region from the %1, agency named %n times in the text</numerusform>
        </translation>
    </message>
    <message>
        <source>the year before publication</source>
        <translation>the year before publication</translation>
    </message>
    <message>
        <source>first heading</source>
        <translation>first heading</translation>
    </message>
    <message>
        <source>%1 is not in the gazetteer (%2 %3): the region is left open</source>
        <translation>%1 is not in the gazetteer (%2 %3): the region is left open</translation>
    </message>
    <message numerus="yes">
        <source>%1 names only its level: %2, named %n time(s) in the report, is inferred</source>
        <translation>
            <numerusform>%1 names only its level: %2, named once in the report, is inferred</numerusform>
            <numerusform>%1 names only its level: %2, named %n times in the report, is inferred</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 names only its level, and the report names %2 equally often: the region is left open</source>
        <translation>%1 names only its level, and the report names %2 equally often: the region is left open</translation>
    </message>
    <message numerus="yes">
        <source>%1 names %n place(s): %2; nothing in the report, its furniture or its address says which</source>
        <translation>
            <numerusform>%1 names %n place: %2; nothing in the report, its furniture or its address says which</numerusform>
            <numerusform>%1 names %n places: %2; nothing in the report, its furniture or its address says which</numerusform>
        </translation>
    </message>
    <message>
        <source>title: the place alone, so its %1</source>
        <translation>title: the place alone, so its %1</translation>
    </message>
    <message>
        <source>inferred: %1</source>
        <translation>inferred: %1</translation>
    </message>
    <message>
        <source>composed: region from the %1, agency from the issuer&apos;s own words (%2)</source>
        <translation>composed: region from the %1, agency from the issuer&apos;s own words (%2)</translation>
    </message>
    <message>
        <source>only the site&apos;s banner names a body: %1 is taken as the issuer</source>
        <translation>only the site&apos;s banner names a body: %1 is taken as the issuer</translation>
    </message>
</context>
<context>
    <name>Dz::NotReportedDialog</name>
    <message>
        <source>Not Reported</source>
        <translation>Not Reported</translation>
    </message>
    <message>
        <source>Why (e.g. the figure is the cases of one department only)</source>
        <translation>Why (e.g. the figure is the cases of one department only)</translation>
    </message>
    <message>
        <source>Extracted:</source>
        <translation>Extracted:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Reason:</translation>
    </message>
</context>
<context>
    <name>Dz::OfdReader</name>
    <message>
        <source>%1: not an OFD document: the package has no OFD.xml.</source>
        <translation>%1: not an OFD document: the package has no OFD.xml.</translation>
    </message>
    <message>
        <source>%1: the OFD document is damaged: OFD.xml names no document root that the package holds.</source>
        <translation>%1: the OFD document is damaged: OFD.xml names no document root that the package holds.</translation>
    </message>
    <message>
        <source>%1: the OFD document is damaged: %2 is not well-formed XML.</source>
        <translation>%1: the OFD document is damaged: %2 is not well-formed XML.</translation>
    </message>
    <message>
        <source>%1: the OFD document has no pages.</source>
        <translation>%1: the OFD document has no pages.</translation>
    </message>
    <message>
        <source>%1: the OFD document has no text (its pages may be scanned pictures).</source>
        <translation>%1: the OFD document has no text (its pages may be scanned pictures).</translation>
    </message>
    <message>
        <source>%1: the OFD document is damaged: it lists %2 pages but only %3 different ones.</source>
        <translation>%1: the OFD document is damaged: it lists %2 pages but only %3 different ones.</translation>
    </message>
</context>
<context>
    <name>Dz::OoxmlPackage</name>
    <message>
        <source>Cannot start the zip container: %1</source>
        <translation>Cannot start the zip container: %1</translation>
    </message>
    <message>
        <source>Cannot write the zip container: %1</source>
        <translation>Cannot write the zip container: %1</translation>
    </message>
</context>
<context>
    <name>Dz::OutlineFormat</name>
    <message>
        <source>  district: %1   issuer: %2   year: %3   published: %4</source>
        <translation>  district: %1   issuer: %2   year: %3   published: %4</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>[no marker]</source>
        <translation>[no marker]</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message>
        <source>repaired: %1</source>
        <translation>repaired: %1</translation>
    </message>
    <message>
        <source>  region: %1   level: %2   code: %3</source>
        <translation>  region: %1   level: %2   code: %3</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>  issuer: %1</source>
        <translation>  issuer: %1</translation>
    </message>
</context>
<context>
    <name>Dz::OutlineParser</name>
    <message>
        <source>No marker: read as 一、 because the next top-level heading is 二、.</source>
        <translation>No marker: read as 一、 because the next top-level heading is 二、.</translation>
    </message>
    <message>
        <source>No marker: read as （一） because the next sub-heading is （二）.</source>
        <translation>No marker: read as （一） because the next sub-heading is （二）.</translation>
    </message>
    <message>
        <source>Marker “%1” is written with an Arabic numeral, but by position it is the top-level heading %2、 (after %3、).</source>
        <translation>Marker “%1” is written with an Arabic numeral, but by position it is the top-level heading %2、 (after %3、).</translation>
    </message>
    <message>
        <source>Marker “%1” is a fourth-level marker with no 1. item above it; by position it is the second-level heading （%2） (after %3).</source>
        <translation>Marker “%1” is a fourth-level marker with no 1. item above it; by position it is the second-level heading （%2） (after %3).</translation>
    </message>
    <message>
        <source>Numbered %1 but it is heading %2 at its level.</source>
        <translation>Numbered %1 but it is heading %2 at its level.</translation>
    </message>
</context>
<context>
    <name>Dz::OverrideDialog</name>
    <message>
        <source>Set Value</source>
        <translation>Set Value</translation>
    </message>
    <message>
        <source>Why this value (e.g. the sum of the listed activities)</source>
        <translation>Why this value (e.g. the sum of the listed activities)</translation>
    </message>
    <message>
        <source>Value:</source>
        <translation>Value:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <source>Enter a number such as 175 or 18.25.</source>
        <translation>Enter a number such as 175 or 18.25.</translation>
    </message>
</context>
<context>
    <name>Dz::PasteReportDialog</name>
    <message>
        <source>Paste as New Report</source>
        <translation>Paste as New Report</translation>
    </message>
    <message>
        <source>clipboard</source>
        <translation>clipboard</translation>
    </message>
    <message>
        <source>The clipboard holds no text to make a report of.</source>
        <translation>The clipboard holds no text to make a report of.</translation>
    </message>
    <message>
        <source>Add to Project</source>
        <translation>Add to Project</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Pasted report</source>
        <translation>Pasted report</translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation>No project is open.</translation>
    </message>
</context>
<context>
    <name>Dz::PdfOcr</name>
    <message>
        <source>Install Tesseract and its Simplified Chinese model (on Debian and Ubuntu: apt install tesseract-ocr tesseract-ocr-chi-sim).</source>
        <translation>Install Tesseract and its Simplified Chinese model (on Debian and Ubuntu: apt install tesseract-ocr tesseract-ocr-chi-sim).</translation>
    </message>
    <message>
        <source>Tesseract (the OCR program) is not installed.</source>
        <translation>Tesseract (the OCR program) is not installed.</translation>
    </message>
    <message>
        <source>Tesseract (%1) does not answer.</source>
        <translation>Tesseract (%1) does not answer.</translation>
    </message>
    <message>
        <source>Tesseract is installed but not its Simplified Chinese model (chi_sim).</source>
        <translation>Tesseract is installed but not its Simplified Chinese model (chi_sim).</translation>
    </message>
    <message>
        <source>%1: a scanned PDF cannot be read by OCR here: %2</source>
        <translation>%1: a scanned PDF cannot be read by OCR here: %2</translation>
    </message>
    <message>
        <source>%1: the PDF cannot be opened for OCR (damaged, locked by a password, or without pages).</source>
        <translation>%1: the PDF cannot be opened for OCR (damaged, locked by a password, or without pages).</translation>
    </message>
    <message>
        <source>%1: OCR canceled.</source>
        <translation>%1: OCR canceled.</translation>
    </message>
    <message>
        <source>%1: page %2 could not be rendered for OCR.</source>
        <translation>%1: page %2 could not be rendered for OCR.</translation>
    </message>
    <message>
        <source>%1: Tesseract could not be started: %2</source>
        <translation>%1: Tesseract could not be started: %2</translation>
    </message>
    <message>
        <source>%1: OCR of page %2 took longer than %3 s and was stopped.</source>
        <translation>%1: OCR of page %2 took longer than %3 s and was stopped.</translation>
    </message>
    <message>
        <source>%1: OCR of page %2 failed: %3</source>
        <translation>%1: OCR of page %2 failed: %3</translation>
    </message>
    <message numerus="yes">
        <source>%1: OCR found no text on the %n page(s) of this scan.</source>
        <translation>
            <numerusform>%1: OCR found no text on the %n page of this scan.</numerusform>
            <numerusform>%1: OCR found no text on the %n pages of this scan.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the scan has %2 pages; OCR reads at most %3 pages of a report (it takes seconds a page). Split the PDF and import the parts.</source>
        <translation>%1: the scan has %2 pages; OCR reads at most %3 pages of a report (it takes seconds a page). Split the PDF and import the parts.</translation>
    </message>
</context>
<context>
    <name>Dz::PdfReader</name>
    <message>
        <source>%1: not a PDF file (no %PDF header); the file may be damaged.</source>
        <translation>%1: not a PDF file (no %PDF header); the file may be damaged.</translation>
    </message>
    <message>
        <source>%1: the PDF is damaged and cannot be opened.</source>
        <translation>%1: the PDF is damaged and cannot be opened.</translation>
    </message>
    <message>
        <source>%1: the PDF is protected by a password; open it and save a copy without one, then import that.</source>
        <translation>%1: the PDF is protected by a password; open it and save a copy without one, then import that.</translation>
    </message>
    <message>
        <source>%1: the PDF has no pages.</source>
        <translation>%1: the PDF has no pages.</translation>
    </message>
    <message numerus="yes">
        <source>%1: a scanned PDF: its %n page(s) are pictures without a text layer.</source>
        <translation>
            <numerusform>%1: a scanned PDF: its %n page is a picture without a text layer.</numerusform>
            <numerusform>%1: a scanned PDF: its %n pages are pictures without a text layer.</numerusform>
        </translation>
    </message>
    <message>
        <source>It can be read by OCR (Tesseract is installed): choose Read with OCR in the workbench, or pass --ocr to duizhao-cli.</source>
        <translation>It can be read by OCR (Tesseract is installed): choose Read with OCR in the workbench, or pass --ocr to duizhao-cli.</translation>
    </message>
    <message>
        <source>Reading it needs OCR.</source>
        <translation>Reading it needs OCR.</translation>
    </message>
    <message>
        <source>%1: the PDF is damaged: the content of its pages cannot be read (%2).</source>
        <translation>%1: the PDF is damaged: the content of its pages cannot be read (%2).</translation>
    </message>
    <message numerus="yes">
        <source>%1: the PDF&apos;s %n page(s) are blank: no text and no pictures to read.</source>
        <translation>
            <numerusform>%1: the PDF&apos;s %n page is blank: no text and no pictures to read.</numerusform>
            <numerusform>%1: the PDF&apos;s %n pages are blank: no text and no pictures to read.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dz::PlainTextReader</name>
    <message>
        <source>%1: the file is %2, more than the %3 a text report can have.</source>
        <translation>%1: the file is %2, more than the %3 a text report can have.</translation>
    </message>
</context>
<context>
    <name>Dz::PlanMatcher</name>
    <message>
        <source>reported</source>
        <translation>reported</translation>
    </message>
    <message>
        <source>partly reported</source>
        <translation>partly reported</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>not reported</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 of %n aim(s) of the plan carried; the next report says “%3”</source>
        <translation>
            <numerusform>%1: %2 of %n aim of the plan carried; the next report says “%3”</numerusform>
            <numerusform>%1: %2 of %n aims of the plan carried; the next report says “%3”</numerusform>
        </translation>
    </message>
    <message>
        <source>both name %1</source>
        <translation>both name %1</translation>
    </message>
    <message>
        <source>with figures %1</source>
        <translation>with figures %1</translation>
    </message>
    <message>
        <source>not found: “%1”</source>
        <translation>not found: “%1”</translation>
    </message>
    <message>
        <source>not reported: no sentence of the next report carries “%1”</source>
        <translation>not reported: no sentence of the next report carries “%1”</translation>
    </message>
    <message>
        <source>the next report admits it as still wanting: “%1”</source>
        <translation>the next report admits it as still wanting: “%1”</translation>
    </message>
</context>
<context>
    <name>Dz::PptxDeck</name>
    <message>
        <source>The picture for the chart “%1” is not a PNG image.</source>
        <translation>The picture for the chart “%1” is not a PNG image.</translation>
    </message>
    <message>
        <source>The table “%1” has no columns.</source>
        <translation>The table “%1” has no columns.</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (continued)</translation>
    </message>
    <message>
        <source>Internal error: slide %1 refers to parts that are missing.</source>
        <translation>Internal error: slide %1 refers to parts that are missing.</translation>
    </message>
    <message>
        <source>%1 (columns, part %2 of %3)</source>
        <translation>%1 (columns, part %2 of %3)</translation>
    </message>
    <message>
        <source>Not reported by %1.</source>
        <translation>Not reported by %1.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
</context>
<context>
    <name>Dz::PrintActions</name>
    <message>
        <source>Untitled project</source>
        <translation>Untitled project</translation>
    </message>
    <message>
        <source>Indicators by report</source>
        <translation>Indicators by report</translation>
    </message>
    <message>
        <source>Weaknesses admitted, by theme</source>
        <translation>Weaknesses admitted, by theme</translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation>Print %1</translation>
    </message>
    <message>
        <source>Print Preview</source>
        <translation>Print Preview</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Print the view on screen, each page headed by the project and the date</source>
        <translation>Print the view on screen, each page headed by the project and the date</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>Print Pre&amp;view…</translation>
    </message>
</context>
<context>
    <name>Dz::ProblemsPane</name>
    <message>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
</context>
<context>
    <name>Dz::ProjectActions</name>
    <message>
        <source>New Project</source>
        <translation>New Project</translation>
    </message>
    <message>
        <source>Duizhao projects (*.duizhao)</source>
        <translation>Duizhao projects (*.duizhao)</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>Open Project</translation>
    </message>
    <message>
        <source>Duizhao projects (*.duizhao);;All files (*)</source>
        <translation>Duizhao projects (*.duizhao);;All files (*)</translation>
    </message>
    <message>
        <source>Open it read-only?</source>
        <translation>Open it read-only?</translation>
    </message>
    <message>
        <source>No recent projects</source>
        <translation>No recent projects</translation>
    </message>
    <message>
        <source>Save Project As</source>
        <translation>Save Project As</translation>
    </message>
    <message>
        <source>Import Reports</source>
        <translation>Import Reports</translation>
    </message>
    <message>
        <source>Import a Folder of Reports</source>
        <translation>Import a Folder of Reports</translation>
    </message>
    <message>
        <source>Save Your Work?</source>
        <translation>Save Your Work?</translation>
    </message>
    <message>
        <source>Your corrections, values and annotations are in an untitled project, which is deleted when Duizhao quits. Save it as a project file first?</source>
        <translation>Your corrections, values and annotations are in an untitled project, which is deleted when Duizhao quits. Save it as a project file first?</translation>
    </message>
    <message>
        <source>Remove Report</source>
        <translation>Remove Report</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n annotation(s) or value(s) of yours. Remove the report with them from the project?</source>
        <translation>
            <numerusform>%1 has %n annotation or value of yours. Remove the report with them from the project?</numerusform>
            <numerusform>%1 has %n annotations or values of yours. Remove the report with them from the project?</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;New Project…</source>
        <translation>&amp;New Project…</translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation>&amp;Open Project…</translation>
    </message>
    <message>
        <source>Save Project &amp;As…</source>
        <translation>Save Project &amp;As…</translation>
    </message>
    <message>
        <source>Copy the project to a new file and go on working in the copy (changes are saved as you make them)</source>
        <translation>Copy the project to a new file and go on working in the copy (changes are saved as you make them)</translation>
    </message>
    <message>
        <source>&amp;Close Project</source>
        <translation>&amp;Close Project</translation>
    </message>
    <message>
        <source>&amp;Import Reports…</source>
        <translation>&amp;Import Reports…</translation>
    </message>
    <message>
        <source>Add report files to the project (text in UTF-8, UTF-16 or GB18030)</source>
        <translation>Add report files to the project (text in UTF-8, UTF-16 or GB18030)</translation>
    </message>
    <message>
        <source>Import &amp;Folder…</source>
        <translation>Import &amp;Folder…</translation>
    </message>
    <message>
        <source>Import &amp;Samples</source>
        <translation>Import &amp;Samples</translation>
    </message>
    <message>
        <source>Add the five reports shipped with Duizhao to the project</source>
        <translation>Add the five reports shipped with Duizhao to the project</translation>
    </message>
    <message>
        <source>&amp;Remove Report from Project</source>
        <translation>&amp;Remove Report from Project</translation>
    </message>
    <message>
        <source>Reports (%1);;All files (*)</source>
        <translation>Reports (%1);;All files (*)</translation>
    </message>
    <message>
        <source>Add every report file (text, web page, Word, PDF, OFD) in a folder and its sub-folders to the project</source>
        <translation>Add every report file (text, web page, Word, PDF, OFD) in a folder and its sub-folders to the project</translation>
    </message>
    <message>
        <source>Another analyst</source>
        <translation>Another analyst</translation>
    </message>
    <message>
        <source>earlier</source>
        <translation>earlier</translation>
    </message>
    <message>
        <source>Changed by %1</source>
        <translation>Changed by %1</translation>
    </message>
    <message>
        <source>%1 removed this (%2) after you had read it.</source>
        <translation>%1 removed this (%2) after you had read it.</translation>
    </message>
    <message>
        <source>%1 changed this (%2) after you had read it, to:
%3</source>
        <translation>%1 changed this (%2) after you had read it, to:
%3</translation>
    </message>
    <message>
        <source>Your change (%1) was not written. Keep their version, or overwrite it with yours?</source>
        <translation>Your change (%1) was not written. Keep their version, or overwrite it with yours?</translation>
    </message>
    <message>
        <source>Keep Theirs</source>
        <translation>Keep Theirs</translation>
    </message>
    <message>
        <source>Overwrite</source>
        <translation>Overwrite</translation>
    </message>
</context>
<context>
    <name>Dz::ProjectAddress</name>
    <message>
        <source>%1 is not a server project address (%2).</source>
        <translation>%1 is not a server project address (%2).</translation>
    </message>
    <message>
        <source>%1: an address must not hold a password; put it in the PostgreSQL password file (~/.pgpass) instead.</source>
        <translation>%1: an address must not hold a password; put it in the PostgreSQL password file (~/.pgpass) instead.</translation>
    </message>
    <message>
        <source>%1: the address names no database (postgresql://user@host:port/database).</source>
        <translation>%1: the address names no database (postgresql://user@host:port/database).</translation>
    </message>
    <message>
        <source>%1: %2 is not a port.</source>
        <translation>%1: %2 is not a port.</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 on %2</translation>
    </message>
</context>
<context>
    <name>Dz::ProjectAnalysis</name>
    <message>
        <source>Canceled.</source>
        <translation>Canceled.</translation>
    </message>
    <message>
        <source>Reading the reports&apos; analyses: %1 of %2</source>
        <translation>Reading the reports&apos; analyses: %1 of %2</translation>
    </message>
    <message numerus="yes">
        <source>Aligning the sections of %n report(s)</source>
        <translation>
            <numerusform>Aligning the sections of %n report</numerusform>
            <numerusform>Aligning the sections of %n reports</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dz::ProjectChangeFeed</name>
    <message>
        <source>%1: cannot listen for the changes of other analysts (%2).</source>
        <translation>%1: cannot listen for the changes of other analysts (%2).</translation>
    </message>
    <message>
        <source>%1: not connected to the server.</source>
        <translation>%1: not connected to the server.</translation>
    </message>
</context>
<context>
    <name>Dz::ProjectCheck</name>
    <message>
        <source>%1: the check was canceled before it was done.</source>
        <translation>%1: the check was canceled before it was done.</translation>
    </message>
    <message>
        <source>%1: the database is intact (SQLite&apos;s integrity check found nothing wrong).</source>
        <translation>%1: the database is intact (SQLite&apos;s integrity check found nothing wrong).</translation>
    </message>
    <message>
        <source>%1: the database is damaged; SQLite&apos;s integrity check says: %2</source>
        <translation>%1: the database is damaged; SQLite&apos;s integrity check says: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: the texts of all %n report(s) match their content hashes.</source>
        <translation>
            <numerusform>%1: the texts of all %n report match their content hashes.</numerusform>
            <numerusform>%1: the texts of all %n reports match their content hashes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 of %n report(s) have damaged texts (they no longer match their content hashes):</source>
        <translation>
            <numerusform>%1: %2 of %n report have damaged texts (they no longer match their content hashes):</numerusform>
            <numerusform>%1: %2 of %n reports have damaged texts (they no longer match their content hashes):</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (number %2)</source>
        <translation>%1 (number %2)</translation>
    </message>
    <message>
        <source>What to do: damaged reports are left out of every view; import their files again, or go back to a copy of the project saved before the damage (File → Save As makes one).</source>
        <translation>What to do: damaged reports are left out of every view; import their files again, or go back to a copy of the project saved before the damage (File → Save As makes one).</translation>
    </message>
</context>
<context>
    <name>Dz::ProjectCheckAction</name>
    <message>
        <source>Chec&amp;k Project</source>
        <translation>Chec&amp;k Project</translation>
    </message>
    <message>
        <source>Check the project file: SQLite&apos;s integrity check, and every report&apos;s text against the hash it was saved with</source>
        <translation>Check the project file: SQLite&apos;s integrity check, and every report&apos;s text against the hash it was saved with</translation>
    </message>
</context>
<context>
    <name>Dz::ProjectCommand</name>
    <message>
        <source>No project is open.</source>
        <translation>No project is open.</translation>
    </message>
    <message>
        <source>Add annotation</source>
        <translation>Add annotation</translation>
    </message>
    <message>
        <source>Edit annotation</source>
        <translation>Edit annotation</translation>
    </message>
    <message>
        <source>Remove annotation</source>
        <translation>Remove annotation</translation>
    </message>
    <message>
        <source>Place annotation</source>
        <translation>Place annotation</translation>
    </message>
    <message>
        <source>Add alignment correction</source>
        <translation>Add alignment correction</translation>
    </message>
    <message>
        <source>Remove alignment correction</source>
        <translation>Remove alignment correction</translation>
    </message>
    <message>
        <source>Set indicator value</source>
        <translation>Set indicator value</translation>
    </message>
    <message>
        <source>district</source>
        <translation>district</translation>
    </message>
    <message>
        <source>issuer</source>
        <translation>issuer</translation>
    </message>
    <message>
        <source>year</source>
        <translation>year</translation>
    </message>
    <message>
        <source>publish date</source>
        <translation>publish date</translation>
    </message>
    <message>
        <source>source</source>
        <translation>source</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>Change %1</translation>
    </message>
    <message>
        <source>Remove indicator value</source>
        <translation>Remove indicator value</translation>
    </message>
    <message>
        <source>Edit Identity of %1</source>
        <translation>Edit Identity of %1</translation>
    </message>
</context>
<context>
    <name>Dz::ProjectController</name>
    <message>
        <source>Cannot create a temporary folder for the project.</source>
        <translation>Cannot create a temporary folder for the project.</translation>
    </message>
    <message>
        <source>%1 is the project open now; a new project needs another file.</source>
        <translation>%1 is the project open now; a new project needs another file.</translation>
    </message>
    <message>
        <source>%1 cannot be replaced.</source>
        <translation>%1 cannot be replaced.</translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation>No project is open.</translation>
    </message>
    <message>
        <source>%1 is open read-only; reports cannot be added to it.</source>
        <translation>%1 is open read-only; reports cannot be added to it.</translation>
    </message>
    <message>
        <source>No such report.</source>
        <translation>No such report.</translation>
    </message>
</context>
<context>
    <name>Dz::ProjectCopy</name>
    <message>
        <source>%1 already exists; a project is copied into a new file.</source>
        <translation>%1 already exists; a project is copied into a new file.</translation>
    </message>
    <message>
        <source>%1 already holds a project; a project is copied into a new one.</source>
        <translation>%1 already holds a project; a project is copied into a new one.</translation>
    </message>
    <message>
        <source>%1: row of %2 not copied: %3</source>
        <translation>%1: row of %2 not copied: %3</translation>
    </message>
    <message>
        <source>The copy to %1 was canceled; nothing was copied.</source>
        <translation>The copy to %1 was canceled; nothing was copied.</translation>
    </message>
</context>
<context>
    <name>Dz::ProjectImporter</name>
    <message>
        <source>%1: no such file or folder.</source>
        <translation>%1: no such file or folder.</translation>
    </message>
    <message>
        <source>%1: the same text as %2, already in the project; skipped.</source>
        <translation>%1: the same text as %2, already in the project; skipped.</translation>
    </message>
    <message numerus="yes">
        <source>%1 The import stopped there; %n file(s) read were not saved.</source>
        <translation>
            <numerusform>%1 The import stopped there; %n file read was not saved.</numerusform>
            <numerusform>%1 The import stopped there; %n files read were not saved.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) after them were never tried.</source>
        <translation>
            <numerusform>%n file after them was never tried.</numerusform>
            <numerusform>%n files after them were never tried.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the project already holds this text.</source>
        <translation>%1: the project already holds this text.</translation>
    </message>
    <message>
        <source>%1: no report files in this folder.</source>
        <translation>%1: no report files in this folder.</translation>
    </message>
</context>
<context>
    <name>Dz::ProjectLock</name>
    <message>
        <source>%1 is open in another program (%2, process %3 on %4). Close it there first, or open it read-only.</source>
        <translation>%1 is open in another program (%2, process %3 on %4). Close it there first, or open it read-only.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>unknown host</source>
        <translation>unknown host</translation>
    </message>
    <message>
        <source>%1: cannot create the lock file %2 (no permission to write in its folder). Open the project read-only.</source>
        <translation>%1: cannot create the lock file %2 (no permission to write in its folder). Open the project read-only.</translation>
    </message>
    <message>
        <source>%1: the lock file names no program (it is empty or garbled), so it is stale; removed it.</source>
        <translation>%1: the lock file names no program (it is empty or garbled), so it is stale; removed it.</translation>
    </message>
    <message>
        <source>the file system is read-only</source>
        <translation>the file system is read-only</translation>
    </message>
    <message>
        <source>no space left on device</source>
        <translation>no space left on device</translation>
    </message>
    <message>
        <source>unknown reason</source>
        <translation>unknown reason</translation>
    </message>
    <message>
        <source>%1: the file name is %2 bytes long; a project&apos;s name may have at most %3 (the files SQLite keeps beside it need the rest). Choose a shorter name.</source>
        <translation>%1: the file name is %2 bytes long; a project&apos;s name may have at most %3 (the files SQLite keeps beside it need the rest). Choose a shorter name.</translation>
    </message>
    <message>
        <source>%1 is being written by another program that opened the same file under another name (a hard link, a copy made with links, or another mount of its folder). Close it there first, or open it read-only.</source>
        <translation>%1 is being written by another program that opened the same file under another name (a hard link, a copy made with links, or another mount of its folder). Close it there first, or open it read-only.</translation>
    </message>
    <message>
        <source>%1: cannot create the lock file %2 (%3).</source>
        <translation>%1: cannot create the lock file %2 (%3).</translation>
    </message>
</context>
<context>
    <name>Dz::ProjectStore</name>
    <message>
        <source>No project file given.</source>
        <translation>No project file given.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a Duizhao project.</source>
        <translation>%1 is a folder, not a Duizhao project.</translation>
    </message>
    <message>
        <source>%1: no such project file.</source>
        <translation>%1: no such project file.</translation>
    </message>
    <message>
        <source>%1: cannot be opened (%2).</source>
        <translation>%1: cannot be opened (%2).</translation>
    </message>
    <message>
        <source>%1 is an empty file, not a Duizhao project.</source>
        <translation>%1 is an empty file, not a Duizhao project.</translation>
    </message>
    <message>
        <source>%1 is not a Duizhao project: it is not an SQLite database.</source>
        <translation>%1 is not a Duizhao project: it is not an SQLite database.</translation>
    </message>
    <message>
        <source>%1 is read-only, so Duizhao cannot save changes to it. Open it read-only, or save a copy somewhere writable.</source>
        <translation>%1 is read-only, so Duizhao cannot save changes to it. Open it read-only, or save a copy somewhere writable.</translation>
    </message>
    <message>
        <source>%1: its folder %2 is not writable; a project writes its journal beside it.</source>
        <translation>%1: its folder %2 is not writable; a project writes its journal beside it.</translation>
    </message>
    <message>
        <source>%1: cannot be opened: the Qt SQLite driver (QSQLITE) is not installed.</source>
        <translation>%1: cannot be opened: the Qt SQLite driver (QSQLITE) is not installed.</translation>
    </message>
    <message>
        <source>%1 is not a Duizhao project: it is not an SQLite database, or it is damaged.</source>
        <translation>%1 is not a Duizhao project: it is not an SQLite database, or it is damaged.</translation>
    </message>
    <message>
        <source>%1 is locked by another program that is writing to it. Try again when it is done.</source>
        <translation>%1 is locked by another program that is writing to it. Try again when it is done.</translation>
    </message>
    <message>
        <source>%1 is damaged (%2).</source>
        <translation>%1 is damaged (%2).</translation>
    </message>
    <message>
        <source>%1 cannot be written (%2). Open it read-only.</source>
        <translation>%1 cannot be written (%2). Open it read-only.</translation>
    </message>
    <message>
        <source>%1: cannot be read (%2).</source>
        <translation>%1: cannot be read (%2).</translation>
    </message>
    <message>
        <source>%1 was saved by a newer version of Duizhao (project format %2; this version reads up to %3). It was not changed.</source>
        <translation>%1 was saved by a newer version of Duizhao (project format %2; this version reads up to %3). It was not changed.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not a Duizhao project. It was not changed.</source>
        <translation>%1 is an SQLite database of another program, not a Duizhao project. It was not changed.</translation>
    </message>
    <message>
        <source>%1 is an empty database, not a Duizhao project.</source>
        <translation>%1 is an empty database, not a Duizhao project.</translation>
    </message>
    <message>
        <source>%1 is in an older project format (%2) and must be upgraded to %3: open it once for writing.</source>
        <translation>%1 is in an older project format (%2) and must be upgraded to %3: open it once for writing.</translation>
    </message>
    <message>
        <source>%1: cannot be read.</source>
        <translation>%1: cannot be read.</translation>
    </message>
    <message>
        <source>%1 is locked by another program (the journal mode could not be set to WAL, it is %2).</source>
        <translation>%1 is locked by another program (the journal mode could not be set to WAL, it is %2).</translation>
    </message>
    <message>
        <source>%1: cannot upgrade the project to format %2: %3</source>
        <translation>%1: cannot upgrade the project to format %2: %3</translation>
    </message>
    <message>
        <source>%1 is busy: another program kept it locked for more than %2 seconds.</source>
        <translation>%1 is busy: another program kept it locked for more than %2 seconds.</translation>
    </message>
    <message>
        <source>%1 cannot be changed: it is open read-only.</source>
        <translation>%1 cannot be changed: it is open read-only.</translation>
    </message>
    <message>
        <source>%1: the project could not be read or written (%2).</source>
        <translation>%1: the project could not be read or written (%2).</translation>
    </message>
    <message>
        <source>%1 is open read-only; nothing was changed.</source>
        <translation>%1 is open read-only; nothing was changed.</translation>
    </message>
    <message>
        <source>%1 has no report %2.</source>
        <translation>%1 has no report %2.</translation>
    </message>
    <message>
        <source>%1 has no correction %2.</source>
        <translation>%1 has no correction %2.</translation>
    </message>
    <message>
        <source>%1 has no annotation %2.</source>
        <translation>%1 has no annotation %2.</translation>
    </message>
    <message>
        <source>%1: a copy cannot replace the project itself.</source>
        <translation>%1: a copy cannot replace the project itself.</translation>
    </message>
    <message>
        <source>%1: the copy could not be written (%2).</source>
        <translation>%1: the copy could not be written (%2).</translation>
    </message>
    <message>
        <source>%1: cannot be replaced.</source>
        <translation>%1: cannot be replaced.</translation>
    </message>
    <message>
        <source>%1: the copy could not be moved into place.</source>
        <translation>%1: the copy could not be moved into place.</translation>
    </message>
    <message>
        <source>%1 cannot be written: no space left on device.</source>
        <translation>%1 cannot be written: no space left on device.</translation>
    </message>
    <message>
        <source>%1: a copy cannot replace the project itself (it is the same file under another name).</source>
        <translation>%1: a copy cannot replace the project itself (it is the same file under another name).</translation>
    </message>
    <message>
        <source>%1: the check was canceled.</source>
        <translation>%1: the check was canceled.</translation>
    </message>
    <message>
        <source>%1 cannot be created: no space left on device.</source>
        <translation>%1 cannot be created: no space left on device.</translation>
    </message>
    <message>
        <source>%1: the report %2 (number %3) is damaged: its stored text no longer matches the content hash it was saved with. It is left out; run Check Project (duizhao-cli check) and import the file again.</source>
        <translation>%1: the report %2 (number %3) is damaged: its stored text no longer matches the content hash it was saved with. It is left out; run Check Project (duizhao-cli check) and import the file again.</translation>
    </message>
    <message>
        <source>%1: cannot be opened: the Qt PostgreSQL driver (QPSQL) is not installed.</source>
        <translation>%1: cannot be opened: the Qt PostgreSQL driver (QPSQL) is not installed.</translation>
    </message>
    <message>
        <source>Cannot reach the project server %1 (port %2) for %3: %4</source>
        <translation>Cannot reach the project server %1 (port %2) for %3: %4</translation>
    </message>
    <message>
        <source>%1 holds the tables of another program, not a Duizhao project. It was not changed.</source>
        <translation>%1 holds the tables of another program, not a Duizhao project. It was not changed.</translation>
    </message>
    <message>
        <source>%1: the connection to the server was lost (%2).</source>
        <translation>%1: the connection to the server was lost (%2).</translation>
    </message>
    <message>
        <source>%1 analyses without their report</source>
        <translation>%1 analyses without their report</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Someone</translation>
    </message>
    <message>
        <source>at a time not recorded</source>
        <translation>at a time not recorded</translation>
    </message>
    <message>
        <source>%1 removed this record (%2) after you read it; nothing was changed.</source>
        <translation>%1 removed this record (%2) after you read it; nothing was changed.</translation>
    </message>
    <message>
        <source>%1 changed this record (%2) after you read it; nothing was changed.</source>
        <translation>%1 changed this record (%2) after you read it; nothing was changed.</translation>
    </message>
    <message>
        <source>%1: the connection to the server was lost.</source>
        <translation>%1: the connection to the server was lost.</translation>
    </message>
    <message>
        <source>Cannot reach the project server for %1: %2</source>
        <translation>Cannot reach the project server for %1: %2</translation>
    </message>
</context>
<context>
    <name>Dz::QuantityScanner</name>
    <message>
        <source>entry %1 of &quot;%2&quot; needs a &quot;word&quot; and a &quot;qualifier&quot; (approximate, atLeast or atMost)</source>
        <translation>entry %1 of &quot;%2&quot; needs a &quot;word&quot; and a &quot;qualifier&quot; (approximate, atLeast or atMost)</translation>
    </message>
    <message>
        <source>The measure-word file %1 is not valid: %2</source>
        <translation>The measure-word file %1 is not valid: %2</translation>
    </message>
    <message>
        <source>entry %1 of &quot;%2&quot; needs a &quot;word&quot; and a &quot;kind&quot; (count, money, percentage or percentagePoints)</source>
        <translation>entry %1 of &quot;%2&quot; needs a &quot;word&quot; and a &quot;kind&quot; (count, money, percentage or percentagePoints)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed twice</source>
        <translation>&quot;%1&quot; is listed twice</translation>
    </message>
    <message>
        <source>&quot;measureWords&quot; must list at least one measure word</source>
        <translation>&quot;measureWords&quot; must list at least one measure word</translation>
    </message>
    <message>
        <source>Cannot read the measure-word file %1: %2</source>
        <translation>Cannot read the measure-word file %1: %2</translation>
    </message>
</context>
<context>
    <name>Dz::ReadLimits</name>
    <message>
        <source>%1: refused: its %2 nests elements more than %3 levels deep, which no real document does (a damaged or hostile file).</source>
        <translation>%1: refused: its %2 nests elements more than %3 levels deep, which no real document does (a damaged or hostile file).</translation>
    </message>
    <message>
        <source>%1: refused: its text would be longer than %2 characters, far more than a report holds (a damaged or hostile file).</source>
        <translation>%1: refused: its text would be longer than %2 characters, far more than a report holds (a damaged or hostile file).</translation>
    </message>
    <message>
        <source>%1: refused: it has %2 pages; a report is read only up to %3 pages.</source>
        <translation>%1: refused: it has %2 pages; a report is read only up to %3 pages.</translation>
    </message>
    <message>
        <source>%1: refused: reading it needs more memory than this computer can give (a damaged or hostile file); the other files are read as usual.</source>
        <translation>%1: refused: reading it needs more memory than this computer can give (a damaged or hostile file); the other files are read as usual.</translation>
    </message>
</context>
<context>
    <name>Dz::RegularFile</name>
    <message>
        <source>%1: the file is %2, more than the %3 a report can have.</source>
        <translation>%1: the file is %2, more than the %3 a report can have.</translation>
    </message>
    <message>
        <source>a named pipe (FIFO)</source>
        <translation>a named pipe (FIFO)</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>a socket</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>a device</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>not a regular file</translation>
    </message>
    <message>
        <source>%1: is a symbolic link to “%2”, which does not exist.</source>
        <translation>%1: is a symbolic link to “%2”, which does not exist.</translation>
    </message>
    <message>
        <source>%1: no such file.</source>
        <translation>%1: no such file.</translation>
    </message>
    <message>
        <source>%1: is a symbolic link that leads round in a loop, never to a file.</source>
        <translation>%1: is a symbolic link that leads round in a loop, never to a file.</translation>
    </message>
    <message>
        <source>%1: no permission to read the file.</source>
        <translation>%1: no permission to read the file.</translation>
    </message>
    <message>
        <source>%1: no such file (a part of the path is not a folder).</source>
        <translation>%1: no such file (a part of the path is not a folder).</translation>
    </message>
    <message>
        <source>%1: cannot be opened (%2).</source>
        <translation>%1: cannot be opened (%2).</translation>
    </message>
    <message>
        <source>%1 bytes (%2)</source>
        <translation>%1 bytes (%2)</translation>
    </message>
    <message>
        <source>%1: is a folder, not a report file.</source>
        <translation>%1: is a folder, not a report file.</translation>
    </message>
    <message>
        <source>%1: is %2, not a report file; only regular files are read.</source>
        <translation>%1: is %2, not a report file; only regular files are read.</translation>
    </message>
    <message>
        <source>%1: is not a regular file, not a report file; only regular files are read.</source>
        <translation>%1: is not a regular file, not a report file; only regular files are read.</translation>
    </message>
    <message>
        <source>%1: cannot be read (%2).</source>
        <translation>%1: cannot be read (%2).</translation>
    </message>
    <message>
        <source>%1: the file is larger than the %2 a report can have.</source>
        <translation>%1: the file is larger than the %2 a report can have.</translation>
    </message>
</context>
<context>
    <name>Dz::ReportBrowser</name>
    <message>
        <source>Filter reports (place, body, year, file)</source>
        <translation>Filter reports (place, body, year, file)</translation>
    </message>
    <message>
        <source>All reports</source>
        <translation>All reports</translation>
    </message>
    <message>
        <source>By province</source>
        <translation>By province</translation>
    </message>
    <message>
        <source>By city</source>
        <translation>By city</translation>
    </message>
    <message>
        <source>By county or district</source>
        <translation>By county or district</translation>
    </message>
    <message>
        <source>By body</source>
        <translation>By body</translation>
    </message>
    <message>
        <source>By level</source>
        <translation>By level</translation>
    </message>
    <message>
        <source>By year</source>
        <translation>By year</translation>
    </message>
    <message>
        <source>Compare Shown</source>
        <translation>Compare Shown</translation>
    </message>
    <message>
        <source>Edit Identity…</source>
        <translation>Edit Identity…</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n report(s))</source>
        <translation>
            <numerusform>%1 (%n report)</numerusform>
            <numerusform>%1 (%n reports)</numerusform>
        </translation>
    </message>
    <message>
        <source>By 街道 or 乡镇</source>
        <translation>By street or town (街道, 乡镇)</translation>
    </message>
    <message>
        <source>Set the place (down to a 街道 or 乡镇), issuer, parent body, year or publish date of the current report</source>
        <translation>Set the place (down to a street or town), issuer, parent body, year or publish date of the current report</translation>
    </message>
    <message>
        <source>Compare exactly the reports shown (undoable): a group is compared, charted and put in a deck in one step</source>
        <translation>Compare exactly the reports shown (undoable): a group is compared, charted and put in a deck in one step</translation>
    </message>
    <message>
        <source>Click a report to read it; it stays out of the comparison until you add it. Bold: compared, with its column number.</source>
        <translation>Click a report to read it; it stays out of the comparison until you add it. Bold: compared, with its column number.</translation>
    </message>
</context>
<context>
    <name>Dz::ReportFolder</name>
    <message>
        <source>%1: the folder cannot be read (%2).</source>
        <translation>%1: the folder cannot be read (%2).</translation>
    </message>
    <message>
        <source>%1: the folder name “%2” is not valid UTF-8 (GBK from a Windows zip?); rename it to import its files.</source>
        <translation>%1: the folder name “%2” is not valid UTF-8 (GBK from a Windows zip?); rename it to import its files.</translation>
    </message>
    <message>
        <source>%1: the file name “%2” is not valid UTF-8 (GBK from a Windows zip?); rename it to import it.</source>
        <translation>%1: the file name “%2” is not valid UTF-8 (GBK from a Windows zip?); rename it to import it.</translation>
    </message>
    <message>
        <source>%1: left out as hidden (names starting with a dot): report files: %2, folders: %3.</source>
        <translation>%1: left out as hidden (names starting with a dot): report files: %2, folders: %3.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n folder(s) nested more than %2 levels deep were not searched (the first: %3).</source>
        <translation>
            <numerusform>%1: %n folder nested more than %2 levels deep was not searched (the first: %3).</numerusform>
            <numerusform>%1: %n folders nested more than %2 levels deep were not searched (the first: %3).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: a link that leads nowhere (%2); skipped.</source>
        <translation>%1: a link that leads nowhere (%2); skipped.</translation>
    </message>
    <message>
        <source>%1: the same file as %2, found before; skipped.</source>
        <translation>%1: the same file as %2, found before; skipped.</translation>
    </message>
    <message>
        <source>%1: a link back to a folder that holds it (a loop); not followed.</source>
        <translation>%1: a link back to a folder that holds it (a loop); not followed.</translation>
    </message>
    <message>
        <source>%1: a link to a folder searched already; not searched again.</source>
        <translation>%1: a link to a folder searched already; not searched again.</translation>
    </message>
    <message>
        <source>… and more links like these.</source>
        <translation>… and more links like these.</translation>
    </message>
</context>
<context>
    <name>Dz::ReportGrouping</name>
    <message>
        <source>province</source>
        <translation>province</translation>
    </message>
    <message>
        <source>city</source>
        <translation>city</translation>
    </message>
    <message>
        <source>county or district</source>
        <translation>county or district</translation>
    </message>
    <message>
        <source>zone</source>
        <translation>zone</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>街道 or 乡镇</source>
        <translation>street or town (街道, 乡镇)</translation>
    </message>
</context>
<context>
    <name>Dz::ReportOrder</name>
    <message>
        <source>%1 does not state the year it reports on (the year shown is only guessed from its date).</source>
        <translation>%1 does not state the year it reports on (the year shown is only guessed from its date).</translation>
    </message>
    <message>
        <source>%1 does not state the year it reports on.</source>
        <translation>%1 does not state the year it reports on.</translation>
    </message>
    <message>
        <source>Both report on %1 and are dated the same day (%2).</source>
        <translation>Both report on %1 and are dated the same day (%2).</translation>
    </message>
    <message>
        <source>Both report on %1 and neither has a publication or signing date.</source>
        <translation>Both report on %1 and neither has a publication or signing date.</translation>
    </message>
    <message>
        <source>Both report on %1, and %2 has no publication or signing date.</source>
        <translation>Both report on %1, and %2 has no publication or signing date.</translation>
    </message>
</context>
<context>
    <name>Dz::ReportPage</name>
    <message>
        <source>No report selected.</source>
        <translation>No report selected.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>%1 — year reported on: %2 — published: %3</source>
        <translation>%1 — year reported on: %2 — published: %3</translation>
    </message>
    <message>
        <source>%1: %2 (from the %3)</source>
        <translation>%1: %2 (from the %3)</translation>
    </message>
    <message>
        <source>%1: not found</source>
        <translation>%1: not found</translation>
    </message>
    <message>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Issuer</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Published</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>File: %1 (%2, %3)</source>
        <translation>File: %1 (%2, %3)</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>Address: %1</translation>
    </message>
</context>
<context>
    <name>Dz::ReportReader</name>
    <message>
        <source>%1: the file is empty.</source>
        <translation>%1: the file is empty.</translation>
    </message>
    <message>
        <source>%1: looks like a binary file, not a text report.</source>
        <translation>%1: looks like a binary file, not a text report.</translation>
    </message>
    <message>
        <source>%1: the file starts with a UTF-8 byte order mark but has invalid UTF-8 at byte %2.</source>
        <translation>%1: the file starts with a UTF-8 byte order mark but has invalid UTF-8 at byte %2.</translation>
    </message>
    <message>
        <source>%1: cannot be decoded: not valid UTF-8 (first bad byte at %2), nor GB18030/GBK.</source>
        <translation>%1: cannot be decoded: not valid UTF-8 (first bad byte at %2), nor GB18030/GBK.</translation>
    </message>
    <message>
        <source>%1: the file holds only white space.</source>
        <translation>%1: the file holds only white space.</translation>
    </message>
    <message>
        <source>the file starts with a UTF-16 byte order mark</source>
        <translation>the file starts with a UTF-16 byte order mark</translation>
    </message>
    <message>
        <source>the file looks like UTF-16 without a byte order mark</source>
        <translation>the file looks like UTF-16 without a byte order mark</translation>
    </message>
    <message>
        <source>%1: %2 but is not valid UTF-16 (an odd number of bytes).</source>
        <translation>%1: %2 but is not valid UTF-16 (an odd number of bytes).</translation>
    </message>
    <message>
        <source>%1: %2 but is not valid UTF-16 (a lone surrogate at byte %3).</source>
        <translation>%1: %2 but is not valid UTF-16 (a lone surrogate at byte %3).</translation>
    </message>
    <message>
        <source>%1: holds a NUL character on line %2 (%3); a text report has none, so this looks like a binary file.</source>
        <translation>%1: holds a NUL character on line %2 (%3); a text report has none, so this looks like a binary file.</translation>
    </message>
    <message>
        <source>%1: read as %2, the file holds more characters that no text uses than a report could: a binary file, not a text report.</source>
        <translation>%1: read as %2, the file holds more characters that no text uses than a report could: a binary file, not a text report.</translation>
    </message>
</context>
<context>
    <name>Dz::ReportSourceActions</name>
    <message>
        <source>&amp;Paste as New Report</source>
        <translation>&amp;Paste as New Report</translation>
    </message>
    <message>
        <source>Make a report of the text or web page content on the clipboard</source>
        <translation>Make a report of the text or web page content on the clipboard</translation>
    </message>
    <message>
        <source>Import from &amp;Web Address…</source>
        <translation>Import from &amp;Web Address…</translation>
    </message>
    <message>
        <source>Fetch a report published on a web site and add it to the project</source>
        <translation>Fetch a report published on a web site and add it to the project</translation>
    </message>
    <message>
        <source>Save &amp;Original File As…</source>
        <translation>Save &amp;Original File As…</translation>
    </message>
    <message>
        <source>Save the file the current report was read from: the web page, Word file or PDF as it was imported</source>
        <translation>Save the file the current report was read from: the web page, Word file or PDF as it was imported</translation>
    </message>
    <message>
        <source>report</source>
        <translation>report</translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation>No project is open.</translation>
    </message>
    <message>
        <source>%1: this report was imported before projects kept the files reports are read from; import the file again to keep it.</source>
        <translation>%1: this report was imported before projects kept the files reports are read from; import the file again to keep it.</translation>
    </message>
    <message>
        <source>Save Original File</source>
        <translation>Save Original File</translation>
    </message>
</context>
<context>
    <name>Dz::ReportView</name>
    <message>
        <source>Repaired heading: %1</source>
        <translation>Repaired heading: %1</translation>
    </message>
</context>
<context>
    <name>Dz::RequiredContentsCheck</name>
    <message>
        <source>complete</source>
        <translation>complete</translation>
    </message>
    <message>
        <source>The report has every required part (%1), each placed by the alignment (corrections included); 《法治政府建设与责任落实督察工作规定》 requires them.</source>
        <translation>The report has every required part (%1), each placed by the alignment (corrections included); 《法治政府建设与责任落实督察工作规定》 requires them.</translation>
    </message>
    <message>
        <source>%1 missing</source>
        <translation>%1 missing</translation>
    </message>
    <message>
        <source>No section of the report is placed in %1 (corrections included), which 《法治政府建设与责任落实督察工作规定》 (厅字〔2019〕28号) requires in the annual report.</source>
        <translation>No section of the report is placed in %1 (corrections included), which 《法治政府建设与责任落实督察工作规定》 (厅字〔2019〕28号) requires in the annual report.</translation>
    </message>
    <message>
        <source>Not required and absent: %1.</source>
        <translation>Not required and absent: %1.</translation>
    </message>
</context>
<context>
    <name>Dz::ScanOcrOffer</name>
    <message>
        <source>Read with OCR</source>
        <translation>Read with OCR</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) are scanned PDFs: their pages are pictures without a text layer.</source>
        <translation>
            <numerusform>%n file is a scanned PDF: its pages are pictures without a text layer.</numerusform>
            <numerusform>%n files are scanned PDFs: their pages are pictures without a text layer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tesseract can read the text from the pictures (OCR, Simplified Chinese). It takes a few seconds a page and the text may hold misread characters; check it before relying on its figures. Read them with OCR now?</source>
        <translation>Tesseract can read the text from the pictures (OCR, Simplified Chinese). It takes a few seconds a page and the text may hold misread characters; check it before relying on its figures. Read them with OCR now?</translation>
    </message>
</context>
<context>
    <name>Dz::Scheme</name>
    <message>
        <source>%1 has no &quot;id&quot;</source>
        <translation>%1 has no &quot;id&quot;</translation>
    </message>
    <message>
        <source>%1: the id &quot;%2&quot; must not contain a dot</source>
        <translation>%1: the id &quot;%2&quot; must not contain a dot</translation>
    </message>
    <message>
        <source>%1: the id &quot;%2&quot; is used twice</source>
        <translation>%1: the id &quot;%2&quot; is used twice</translation>
    </message>
    <message>
        <source>setting &quot;%1&quot; must be a non-negative number</source>
        <translation>setting &quot;%1&quot; must be a non-negative number</translation>
    </message>
    <message>
        <source>Cannot read the scheme file %1: %2</source>
        <translation>Cannot read the scheme file %1: %2</translation>
    </message>
    <message>
        <source>The scheme file %1 is not valid: %2</source>
        <translation>The scheme file %1 is not valid: %2</translation>
    </message>
    <message>
        <source>the scheme has no &quot;id&quot;</source>
        <translation>the scheme has no &quot;id&quot;</translation>
    </message>
    <message>
        <source>the scheme</source>
        <translation>the scheme</translation>
    </message>
    <message>
        <source>&quot;parts&quot; must be a non-empty array</source>
        <translation>&quot;parts&quot; must be a non-empty array</translation>
    </message>
    <message>
        <source>part %1 is not an object</source>
        <translation>part %1 is not an object</translation>
    </message>
    <message>
        <source>part %1</source>
        <translation>part %1</translation>
    </message>
    <message>
        <source>%1: &quot;position&quot; must be a number from 0 to 1</source>
        <translation>%1: &quot;position&quot; must be a number from 0 to 1</translation>
    </message>
    <message>
        <source>&quot;themes&quot; must be an array</source>
        <translation>&quot;themes&quot; must be an array</translation>
    </message>
    <message>
        <source>theme %1 is not an object</source>
        <translation>theme %1 is not an object</translation>
    </message>
    <message>
        <source>theme %1</source>
        <translation>theme %1</translation>
    </message>
    <message>
        <source>&quot;contentPart&quot; names &quot;%1&quot;, which is not a part</source>
        <translation>&quot;contentPart&quot; names &quot;%1&quot;, which is not a part</translation>
    </message>
    <message>
        <source>&quot;themedParts&quot; names &quot;%1&quot;, which is not a part</source>
        <translation>&quot;themedParts&quot; names &quot;%1&quot;, which is not a part</translation>
    </message>
    <message>
        <source>&quot;connectors&quot; must hold non-empty strings</source>
        <translation>&quot;connectors&quot; must hold non-empty strings</translation>
    </message>
    <message>
        <source>&quot;settings&quot; must be an object</source>
        <translation>&quot;settings&quot; must be an object</translation>
    </message>
    <message>
        <source>%1: &quot;needsHeading&quot; must be true or false</source>
        <translation>%1: &quot;needsHeading&quot; must be true or false</translation>
    </message>
</context>
<context>
    <name>Dz::SearchPane</name>
    <message>
        <source>(not compared) %1  %2</source>
        <translation>(not compared) %1  %2</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message numerus="yes">
        <source>Search: “%1” — %n hit(s)</source>
        <translation>
            <numerusform>Search: “%1” — %n hit</numerusform>
            <numerusform>Search: “%1” — %n hits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(and %n other report(s) in the project)</source>
        <translation>
            <numerusform>(and %n other report in the project)</numerusform>
            <numerusform>(and %n other reports in the project)</numerusform>
        </translation>
    </message>
    <message>
        <source>Search: “%1” — searching…</source>
        <translation>Search: “%1” — searching…</translation>
    </message>
</context>
<context>
    <name>Dz::SectionClassifier</name>
    <message>
        <source>%1 ×%2 +%3</source>
        <translation>%1 ×%2 +%3</translation>
    </message>
    <message>
        <source>%1 +%2</source>
        <translation>%1 +%2</translation>
    </message>
    <message>
        <source>No part: the scheme has none.</source>
        <translation>No part: the scheme has none.</translation>
    </message>
    <message>
        <source>The heading names two parts: its opening paragraph is %1 (%2), its items are %3 (%4).</source>
        <translation>The heading names two parts: its opening paragraph is %1 (%2), its items are %3 (%4).</translation>
    </message>
    <message>
        <source>Part %1 from the heading: %2.</source>
        <translation>Part %1 from the heading: %2.</translation>
    </message>
    <message>
        <source>Part %1 from the enclosing section “%2”.</source>
        <translation>Part %1 from the enclosing section “%2”.</translation>
    </message>
    <message>
        <source>Part %1: the top-level heading names a theme and no part.</source>
        <translation>Part %1: the top-level heading names a theme and no part.</translation>
    </message>
    <message>
        <source>Part %1 by default: nothing pointed elsewhere.</source>
        <translation>Part %1 by default: nothing pointed elsewhere.</translation>
    </message>
    <message>
        <source>weak heading cues %1</source>
        <translation>weak heading cues %1</translation>
    </message>
    <message>
        <source>body %1</source>
        <translation>body %1</translation>
    </message>
    <message>
        <source>position among top-level headings +%1</source>
        <translation>position among top-level headings +%1</translation>
    </message>
    <message>
        <source>Part %1 from a generic heading: %2.</source>
        <translation>Part %1 from a generic heading: %2.</translation>
    </message>
    <message>
        <source>No theme: the heading names a part.</source>
        <translation>No theme: the heading names a part.</translation>
    </message>
    <message>
        <source>No theme: no cue term stood out.</source>
        <translation>No theme: no cue term stood out.</translation>
    </message>
    <message>
        <source>Theme %1 from the enclosing section.</source>
        <translation>Theme %1 from the enclosing section.</translation>
    </message>
    <message>
        <source>heading %1</source>
        <translation>heading %1</translation>
    </message>
    <message>
        <source>Theme %1 from %2.</source>
        <translation>Theme %1 from %2.</translation>
    </message>
</context>
<context>
    <name>Dz::ServerProjectAction</name>
    <message>
        <source>Open &amp;Server Project…</source>
        <translation>Open &amp;Server Project…</translation>
    </message>
    <message>
        <source>Open a team project kept in a PostgreSQL database</source>
        <translation>Open a team project kept in a PostgreSQL database</translation>
    </message>
</context>
<context>
    <name>Dz::ServerProjectDialog</name>
    <message>
        <source>(give the server and the database)</source>
        <translation>(give the server and the database)</translation>
    </message>
    <message>
        <source>Open Server Project</source>
        <translation>Open Server Project</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;User:</translation>
    </message>
    <message>
        <source>S&amp;ecurity:</source>
        <translation>S&amp;ecurity:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Address:</translation>
    </message>
    <message>
        <source>a host name, an IP address, or the folder of the server&apos;s socket</source>
        <translation>a host name, an IP address, or the folder of the server&apos;s socket</translation>
    </message>
    <message>
        <source>the team project&apos;s database, e.g. fazhi2025</source>
        <translation>the team project&apos;s database, e.g. fazhi2025</translation>
    </message>
    <message>
        <source>Encrypt when the server offers it</source>
        <translation>Encrypt when the server offers it</translation>
    </message>
    <message>
        <source>Always encrypt (TLS)</source>
        <translation>Always encrypt (TLS)</translation>
    </message>
    <message>
        <source>Always encrypt, and check the server&apos;s certificate and name</source>
        <translation>Always encrypt, and check the server&apos;s certificate and name</translation>
    </message>
    <message>
        <source>Never encrypt</source>
        <translation>Never encrypt</translation>
    </message>
    <message>
        <source>Make a new project there when the database is empty</source>
        <translation>Make a new project there when the database is empty</translation>
    </message>
    <message>
        <source>A database that holds other tables is never changed.</source>
        <translation>A database that holds other tables is never changed.</translation>
    </message>
    <message>
        <source>No password is asked here: PostgreSQL reads it from its password file (~/.pgpass, or the file PGPASSFILE names), so Duizhao never stores it or writes it to a log. The address can be given to duizhao-cli --project.</source>
        <translation>No password is asked here: PostgreSQL reads it from its password file (~/.pgpass, or the file PGPASSFILE names), so Duizhao never stores it or writes it to a log. The address can be given to duizhao-cli --project.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
</context>
<context>
    <name>Dz::SignatureCheck</name>
    <message>
        <source>signed</source>
        <translation>signed</translation>
    </message>
    <message>
        <source>The report ends with its issuer, “%1”, and the date %2 (落款).</source>
        <translation>The report ends with its issuer, “%1”, and the date %2 (落款).</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>no date</translation>
    </message>
    <message>
        <source>The report ends with its issuer, “%1”, but no date: a 落款 gives both.</source>
        <translation>The report ends with its issuer, “%1”, but no date: a 落款 gives both.</translation>
    </message>
    <message>
        <source>no issuer</source>
        <translation>no issuer</translation>
    </message>
    <message>
        <source>The report ends with the date %1 but names no issuing body: a 落款 gives both.</source>
        <translation>The report ends with the date %1 but names no issuing body: a 落款 gives both.</translation>
    </message>
    <message>
        <source>unsigned</source>
        <translation>unsigned</translation>
    </message>
    <message>
        <source>The report ends without a 落款: neither the issuing body nor a date follows the text.</source>
        <translation>The report ends without a 落款: neither the issuing body nor a date follows the text.</translation>
    </message>
</context>
<context>
    <name>Dz::SubstanceCheck</name>
    <message>
        <source>The report has no measures part (P1) to count figures in.</source>
        <translation>The report has no measures part (P1) to count figures in.</translation>
    </message>
    <message numerus="yes">
        <source>%n quantified statement(s) in %1 characters of the measures part (P1): %2 per 1,000 characters</source>
        <translation>
            <numerusform>%n quantified statement in %1 characters of the measures part (P1): %2 per 1,000 characters</numerusform>
            <numerusform>%n quantified statements in %1 characters of the measures part (P1): %2 per 1,000 characters</numerusform>
        </translation>
    </message>
    <message>
        <source>(at least %1 expected).</source>
        <translation>(at least %1 expected).</translation>
    </message>
    <message>
        <source>(fewer than %1: results stated without figures).</source>
        <translation>(fewer than %1: results stated without figures).</translation>
    </message>
    <message>
        <source>The report has no shortcomings part (P2): it takes none of the body.</source>
        <translation>The report has no shortcomings part (P2): it takes none of the body.</translation>
    </message>
    <message>
        <source>The shortcomings part (P2) has %1 of the body&apos;s %2 characters (%3%)</source>
        <translation>The shortcomings part (P2) has %1 of the body&apos;s %2 characters (%3%)</translation>
    </message>
    <message>
        <source>(at least %1% expected).</source>
        <translation>(at least %1% expected).</translation>
    </message>
    <message>
        <source>(less than %1%: a report of achievements with a token admission).</source>
        <translation>(less than %1%: a report of achievements with a token admission).</translation>
    </message>
    <message>
        <source>The report admits no shortcoming: it has no shortcomings part.</source>
        <translation>The report admits no shortcoming: it has no shortcomings part.</translation>
    </message>
    <message>
        <source>The shortcomings part names no shortcoming the extractor could tell apart.</source>
        <translation>The shortcomings part names no shortcoming the extractor could tell apart.</translation>
    </message>
    <message numerus="yes">
        <source>%n shortcoming(s) admitted: %1.</source>
        <translation>
            <numerusform>%n shortcoming admitted: %1.</numerusform>
            <numerusform>%n shortcomings admitted: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dz::SumDialog</name>
    <message>
        <source>Sum Statements</source>
        <translation>Sum Statements</translation>
    </message>
    <message>
        <source>Why these statements make the whole (e.g. the report lists each training)</source>
        <translation>Why these statements make the whole (e.g. the report lists each training)</translation>
    </message>
    <message>
        <source>Tick the statements that together make the value:</source>
        <translation>Tick the statements that together make the value:</translation>
    </message>
    <message>
        <source>Nothing ticked yet.</source>
        <translation>Nothing ticked yet.</translation>
    </message>
    <message>
        <source>Sum: %1 = %2 %3</source>
        <translation>Sum: %1 = %2 %3</translation>
    </message>
</context>
<context>
    <name>Dz::TableExport</name>
    <message>
        <source>Table</source>
        <translation>Table</translation>
    </message>
</context>
<context>
    <name>Dz::TableExportActions</name>
    <message>
        <source>Export Markdown…</source>
        <translation>Export Markdown…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <source>Export XLSX…</source>
        <translation>Export XLSX…</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>Dz::TimelinessCheck</name>
    <message>
        <source>第二十四条 of 《法治政府建设与责任落实督察工作规定》: published before %1.</source>
        <translation>第二十四条 of 《法治政府建设与责任落实督察工作规定》: published before %1.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>No publication date (发布时间, 发布日期) in the text; it was signed on %1, which is not when it was published. %2</source>
        <translation>No publication date (发布时间, 发布日期) in the text; it was signed on %1, which is not when it was published. %2</translation>
    </message>
    <message>
        <source>No publication date (发布时间, 发布日期) and no signing date in the text. %1</source>
        <translation>No publication date (发布时间, 发布日期) and no signing date in the text. %1</translation>
    </message>
    <message>
        <source>on time</source>
        <translation>on time</translation>
    </message>
    <message>
        <source>Published on %1 (%2), before the deadline. %3</source>
        <translation>Published on %1 (%2), before the deadline. %3</translation>
    </message>
    <message numerus="yes">
        <source>late by %n day(s)</source>
        <translation>
            <numerusform>late by %n day</numerusform>
            <numerusform>late by %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Published on %1 (%2), %n day(s) after the last day allowed. %3</source>
        <translation>
            <numerusform>Published on %1 (%2), %n day after the last day allowed. %3</numerusform>
            <numerusform>Published on %1 (%2), %n days after the last day allowed. %3</numerusform>
        </translation>
    </message>
    <message>
        <source>The text does not say which year it reports on, so there is no deadline to hold it to.</source>
        <translation>The text does not say which year it reports on, so there is no deadline to hold it to.</translation>
    </message>
</context>
<context>
    <name>Dz::ViewPrinter</name>
    <message>
        <source>The reports compared</source>
        <translation>The reports compared</translation>
    </message>
    <message>
        <source>Not reported: this report has nothing for this section.</source>
        <translation>Not reported: this report has nothing for this section.</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
</context>
<context>
    <name>Dz::WeaknessBoard</name>
    <message>
        <source>%1 has no shortcomings part: it admits no weaknesses.</source>
        <translation>%1 has no shortcomings part: it admits no weaknesses.</translation>
    </message>
    <message>
        <source>cause</source>
        <translation>cause</translation>
    </message>
    <message>
        <source>shortcoming</source>
        <translation>shortcoming</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>In the report&apos;s own words</source>
        <translation>In the report&apos;s own words</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Nothing on this theme in: %1</source>
        <translation>Nothing on this theme in: %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Export Weaknesses</source>
        <translation>Export Weaknesses</translation>
    </message>
    <message>
        <source>The matrix and every report&apos;s items as a Markdown document</source>
        <translation>The matrix and every report&apos;s items as a Markdown document</translation>
    </message>
    <message>
        <source>Add Theme to Deck</source>
        <translation>Add Theme to Deck</translation>
    </message>
    <message>
        <source>A slide of the chosen theme: each report&apos;s items in its own words</source>
        <translation>A slide of the chosen theme: each report&apos;s items in its own words</translation>
    </message>
    <message>
        <source>Annotate…</source>
        <translation>Annotate…</translation>
    </message>
    <message>
        <source>Analyst&apos;s notes</source>
        <translation>Analyst&apos;s notes</translation>
    </message>
    <message>
        <source>%1 · %2 — %3</source>
        <translation>%1 · %2 — %3</translation>
    </message>
    <message>
        <source>No topic beside a deficiency: no theme</source>
        <translation>No topic beside a deficiency: no theme</translation>
    </message>
    <message>
        <source>Read from: %1</source>
        <translation>Read from: %1</translation>
    </message>
    <message>
        <source>Edit Themes…</source>
        <translation>Edit Themes…</translation>
    </message>
    <message>
        <source>Add or tune the weakness themes and their terms; kept in the project, undoable</source>
        <translation>Add or tune the weakness themes and their terms; kept in the project, undoable</translation>
    </message>
    <message>
        <source>Weaknesses</source>
        <translation>Weaknesses</translation>
    </message>
    <message>
        <source>also</source>
        <translation>also</translation>
    </message>
    <message>
        <source>No report admits anything under %1.</source>
        <translation>No report admits anything under %1.</translation>
    </message>
    <message>
        <source>One row per item: report, kind, its themes, how sure and the terms they were read from, text</source>
        <translation>One row per item: report, kind, its themes, how sure and the terms they were read from, text</translation>
    </message>
    <message>
        <source>A workbook: the matrix, and every item</source>
        <translation>A workbook: the matrix, and every item</translation>
    </message>
    <message>
        <source>Click a cell for its items, a report&apos;s name for all of them, a theme for its items in every report</source>
        <translation>Click a cell for its items, a report&apos;s name for all of them, a theme for its items in every report</translation>
    </message>
    <message>
        <source>%1: “%2”
%3: “%4”</source>
        <translation>%1: “%2”
%3: “%4”</translation>
    </message>
    <message>
        <source>signs of recurrence: %1</source>
        <translation>signs of recurrence: %1</translation>
    </message>
</context>
<context>
    <name>Dz::WeaknessCatalog</name>
    <message>
        <source>Cannot read the weakness theme file %1: %2</source>
        <translation>Cannot read the weakness theme file %1: %2</translation>
    </message>
    <message>
        <source>The weakness theme file %1 is not valid: %2</source>
        <translation>The weakness theme file %1 is not valid: %2</translation>
    </message>
    <message>
        <source>the file has no &quot;id&quot;</source>
        <translation>the file has no &quot;id&quot;</translation>
    </message>
    <message>
        <source>the weakness themes</source>
        <translation>the weakness themes</translation>
    </message>
    <message>
        <source>the file must name the &quot;part&quot; that holds shortcomings</source>
        <translation>the file must name the &quot;part&quot; that holds shortcomings</translation>
    </message>
    <message>
        <source>&quot;themes&quot; must be a non-empty array</source>
        <translation>&quot;themes&quot; must be a non-empty array</translation>
    </message>
    <message>
        <source>theme %1 needs an &quot;id&quot; of its own</source>
        <translation>theme %1 needs an &quot;id&quot; of its own</translation>
    </message>
    <message>
        <source>theme %1</source>
        <translation>theme %1</translation>
    </message>
    <message>
        <source>%1: the term “%2” is listed twice in &quot;%3&quot;</source>
        <translation>%1: the term “%2” is listed twice in &quot;%3&quot;</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must list at least one term</source>
        <translation>%1: &quot;%2&quot; must list at least one term</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be an array of concepts {&quot;concept&quot;, &quot;terms&quot;}</source>
        <translation>%1: &quot;%2&quot; must be an array of concepts {&quot;concept&quot;, &quot;terms&quot;}</translation>
    </message>
    <message>
        <source>%1: concept %2 of &quot;%3&quot; needs a &quot;concept&quot; name of its own</source>
        <translation>%1: concept %2 of &quot;%3&quot; needs a &quot;concept&quot; name of its own</translation>
    </message>
    <message>
        <source>%1, concept “%2”</source>
        <translation>%1, concept “%2”</translation>
    </message>
    <message>
        <source>%1: the pattern “%2” is not a valid regular expression: %3</source>
        <translation>%1: the pattern “%2” is not a valid regular expression: %3</translation>
    </message>
    <message>
        <source>%1: the term “%2” is in two concepts of &quot;%3&quot;</source>
        <translation>%1: the term “%2” is in two concepts of &quot;%3&quot;</translation>
    </message>
    <message>
        <source>%1: needs a positive numeric &quot;weight&quot; (at most 100)</source>
        <translation>%1: needs a positive numeric &quot;weight&quot; (at most 100)</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must list at least one concept</source>
        <translation>%1: &quot;%2&quot; must list at least one concept</translation>
    </message>
    <message>
        <source>the catalog</source>
        <translation>the catalog</translation>
    </message>
    <message>
        <source>the shared deficiencies</source>
        <translation>the shared deficiencies</translation>
    </message>
    <message>
        <source>&quot;themeThreshold&quot; must be positive</source>
        <translation>&quot;themeThreshold&quot; must be positive</translation>
    </message>
    <message>
        <source>&quot;restWeight&quot;, &quot;detailWeight&quot;, &quot;carryOver&quot;, &quot;secondShare&quot; and &quot;modifierShare&quot; must be between 0 and 1</source>
        <translation>&quot;restWeight&quot;, &quot;detailWeight&quot;, &quot;carryOver&quot;, &quot;secondShare&quot; and &quot;modifierShare&quot; must be between 0 and 1</translation>
    </message>
    <message>
        <source>&quot;headBonus&quot; must be between 0 and 10</source>
        <translation>&quot;headBonus&quot; must be between 0 and 10</translation>
    </message>
    <message>
        <source>%1, definition</source>
        <translation>%1, definition</translation>
    </message>
    <message>
        <source>theme %1: &quot;dominates&quot; names “%2”, which is not another theme of the file</source>
        <translation>theme %1: &quot;dominates&quot; names “%2”, which is not another theme of the file</translation>
    </message>
    <message>
        <source>theme %1, concept “%2”: &quot;with&quot; names “%3”, which is no deficiency concept of the file</source>
        <translation>theme %1, concept “%2”: &quot;with&quot; names “%3”, which is no deficiency concept of the file</translation>
    </message>
    <message>
        <source>the edited catalog</source>
        <translation>the edited catalog</translation>
    </message>
    <message>
        <source>&quot;secondTopics&quot; must be a whole number from 1 to 10</source>
        <translation>&quot;secondTopics&quot; must be a whole number from 1 to 10</translation>
    </message>
</context>
<context>
    <name>Dz::WeaknessCatalogEditor</name>
    <message>
        <source>The built-in themes (revision %1). A change makes them the project&apos;s own.</source>
        <translation>The built-in themes (revision %1). A change makes them the project&apos;s own.</translation>
    </message>
    <message>
        <source>The project&apos;s own themes (revision %1).</source>
        <translation>The project&apos;s own themes (revision %1).</translation>
    </message>
    <message>
        <source>The theme needs an id (W21 …).</source>
        <translation>The theme needs an id (W21 …).</translation>
    </message>
    <message>
        <source>There is already a theme %1.</source>
        <translation>There is already a theme %1.</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>Nothing changed.</translation>
    </message>
    <message>
        <source>Edit weakness theme %1</source>
        <translation>Edit weakness theme %1</translation>
    </message>
    <message>
        <source>Add weakness theme %1</source>
        <translation>Add weakness theme %1</translation>
    </message>
    <message>
        <source>A new theme: give its labels and at least one topic concept with terms, then Apply.</source>
        <translation>A new theme: give its labels and at least one topic concept with terms, then Apply.</translation>
    </message>
    <message>
        <source>Remove weakness theme %1</source>
        <translation>Remove weakness theme %1</translation>
    </message>
    <message>
        <source>Back to the built-in weakness themes</source>
        <translation>Back to the built-in weakness themes</translation>
    </message>
    <message>
        <source>Import Weakness Themes</source>
        <translation>Import Weakness Themes</translation>
    </message>
    <message>
        <source>Weakness themes (*.json)</source>
        <translation>Weakness themes (*.json)</translation>
    </message>
    <message>
        <source>Import weakness themes from %1</source>
        <translation>Import weakness themes from %1</translation>
    </message>
    <message>
        <source>Export Weakness Themes</source>
        <translation>Export Weakness Themes</translation>
    </message>
    <message>
        <source>Weakness Themes</source>
        <translation>Weakness Themes</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Label (Chinese)</source>
        <translation>Label (Chinese)</translation>
    </message>
    <message>
        <source>Label (English)</source>
        <translation>Label (English)</translation>
    </message>
    <message>
        <source>Definition (Chinese)</source>
        <translation>Definition (Chinese)</translation>
    </message>
    <message>
        <source>Definition (English)</source>
        <translation>Definition (English)</translation>
    </message>
    <message>
        <source>Topics: what the theme is about. A topic beside a deficiency in one clause gives the theme.</source>
        <translation>Topics: what the theme is about. A topic beside a deficiency in one clause gives the theme.</translation>
    </message>
    <message>
        <source>The theme&apos;s own deficiency words (the shared ones such as 不足, 有待 apply to every theme).</source>
        <translation>The theme&apos;s own deficiency words (the shared ones such as 不足, 有待 apply to every theme).</translation>
    </message>
    <message>
        <source>Concept</source>
        <translation>Concept</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Weight</translation>
    </message>
    <message>
        <source>Generic</source>
        <translation>Generic</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>Attribute</translation>
    </message>
    <message>
        <source>Only beside</source>
        <translation>Only beside</translation>
    </message>
    <message>
        <source>Names the theme alone</source>
        <translation>Names the theme alone</translation>
    </message>
    <message>
        <source>Gives way to a specific topic of another theme (机制 in 信息共享机制 is about sharing)</source>
        <translation>Gives way to a specific topic of another theme (机制 in 信息共享机制 is about sharing)</translation>
    </message>
    <message>
        <source>Belongs to what it is said of, also across 的 (主动性 in 信息公开的主动性)</source>
        <translation>Belongs to what it is said of, also across 的 (主动性 in 信息公开的主动性)</translation>
    </message>
    <message>
        <source>Counts only beside a deficiency of these concepts (执法人员 with 短缺: staffing)</source>
        <translation>Counts only beside a deficiency of these concepts (执法人员 with 短缺: staffing)</translation>
    </message>
    <message>
        <source>The words name the theme without a topic of it (不作为, 多头执法)</source>
        <translation>The words name the theme without a topic of it (不作为, 多头执法)</translation>
    </message>
    <message>
        <source>Add Theme</source>
        <translation>Add Theme</translation>
    </message>
    <message>
        <source>Remove Theme</source>
        <translation>Remove Theme</translation>
    </message>
    <message>
        <source>Add Topic</source>
        <translation>Add Topic</translation>
    </message>
    <message>
        <source>Add Deficiency</source>
        <translation>Add Deficiency</translation>
    </message>
    <message>
        <source>Remove Row</source>
        <translation>Remove Row</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Apply</translation>
    </message>
    <message>
        <source>Checks the theme like a catalog file and keeps it in the project (Edit → Undo takes it back)</source>
        <translation>Checks the theme like a catalog file and keeps it in the project (Edit → Undo takes it back)</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>Write the themes as a file for duizhao-cli --catalog</source>
        <translation>Write the themes as a file for duizhao-cli --catalog</translation>
    </message>
    <message>
        <source>Back to Built-in Themes</source>
        <translation>Back to Built-in Themes</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Weakness themes</source>
        <translation>Weakness themes</translation>
    </message>
    <message>
        <source>Terms (synonyms, separated by 、)</source>
        <translation>Terms (synonyms, separated by 、)</translation>
    </message>
    <message>
        <source>Terms (separated by 、)</source>
        <translation>Terms (separated by 、)</translation>
    </message>
    <message>
        <source>Terms are matched as words: a term inside a longer word (系统 in 系统性) does not count. A term that holds a 、 stands in 「」 (「重审批、轻监管」).</source>
        <translation>Terms are matched as words: a term inside a longer word (系统 in 系统性) does not count. A term that holds a 、 stands in 「」 (「重审批、轻监管」).</translation>
    </message>
</context>
<context>
    <name>Dz::WeaknessFormat</name>
    <message>
        <source>no shortcomings part: the report admits no weaknesses</source>
        <translation>no shortcomings part: the report admits no weaknesses</translation>
    </message>
    <message>
        <source>a shortcomings part without recognisable items</source>
        <translation>a shortcomings part without recognisable items</translation>
    </message>
    <message>
        <source>cause</source>
        <translation>cause</translation>
    </message>
    <message>
        <source>shortcoming</source>
        <translation>shortcoming</translation>
    </message>
    <message>
        <source>no theme</source>
        <translation>no theme</translation>
    </message>
    <message>
        <source>topic: %1</source>
        <translation>topic: %1</translation>
    </message>
    <message>
        <source>deficiency: %1</source>
        <translation>deficiency: %1</translation>
    </message>
    <message>
        <source>No clear theme</source>
        <translation>No clear theme</translation>
    </message>
    <message>
        <source>%1 (%2) — %3</source>
        <translation>%1 (%2) — %3</translation>
    </message>
</context>
<context>
    <name>Dz::WeaknessMatrixModel</name>
    <message>
        <source>No clear theme</source>
        <translation>No clear theme</translation>
    </message>
    <message>
        <source>no shortcomings part</source>
        <translation>no shortcomings part</translation>
    </message>
    <message>
        <source>%1 has no shortcomings part: it admits no weaknesses.</source>
        <translation>%1 has no shortcomings part: it admits no weaknesses.</translation>
    </message>
    <message>
        <source>Weaknesses admitted, by theme</source>
        <translation>Weaknesses admitted, by theme</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>No shortcomings part: the report admits no weaknesses.</source>
        <translation>No shortcomings part: the report admits no weaknesses.</translation>
    </message>
    <message>
        <source>(cause) </source>
        <translation>(cause) </translation>
    </message>
    <message>
        <source>%1 — click to list its items in every report</source>
        <translation>%1 — click to list its items in every report</translation>
    </message>
    <message>
        <source>unclassified</source>
        <translation>unclassified</translation>
    </message>
    <message>
        <source>clear</source>
        <translation>clear</translation>
    </message>
    <message>
        <source>possible</source>
        <translation>possible</translation>
    </message>
    <message>
        <source>cause</source>
        <translation>cause</translation>
    </message>
    <message>
        <source>shortcoming</source>
        <translation>shortcoming</translation>
    </message>
    <message>
        <source>Weaknesses admitted</source>
        <translation>Weaknesses admitted</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Theme given</source>
        <translation>Theme given</translation>
    </message>
    <message>
        <source>Read from</source>
        <translation>Read from</translation>
    </message>
    <message>
        <source>Second theme</source>
        <translation>Second theme</translation>
    </message>
    <message>
        <source>In the report&apos;s own words</source>
        <translation>In the report&apos;s own words</translation>
    </message>
    <message>
        <source>Admitted again</source>
        <translation>Admitted again</translation>
    </message>
    <message>
        <source>· %1: “%2”
   %3: “%4”</source>
        <translation>· %1: “%2”
   %3: “%4”</translation>
    </message>
    <message>
        <source>Shortcomings a later year of the same body admits again</source>
        <translation>Shortcomings a later year of the same body admits again</translation>
    </message>
    <message>
        <source>Recurring</source>
        <translation>Recurring</translation>
    </message>
    <message>
        <source>Admitted the year before in</source>
        <translation>Admitted the year before in</translation>
    </message>
    <message>
        <source>The year before&apos;s words</source>
        <translation>The year before&apos;s words</translation>
    </message>
    <message>
        <source>Admitted the year before: the same body&apos;s report of the year before admitted the same shortcoming, in its own words.</source>
        <translation>Admitted the year before: the same body&apos;s report of the year before admitted the same shortcoming, in its own words.</translation>
    </message>
    <message>
        <source>Shortcomings admitted again</source>
        <translation>Shortcomings admitted again</translation>
    </message>
    <message>
        <source>Signs of recurrence</source>
        <translation>Signs of recurrence</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Shortcomings a report admits that the same body&apos;s report of the year before admitted too, matched by theme and topic in any words; signs such as 依然 or 尚未根本解决 say so in the text.</source>
        <translation>Shortcomings a report admits that the same body&apos;s report of the year before admitted too, matched by theme and topic in any words; signs such as 依然 or 尚未根本解决 say so in the text.</translation>
    </message>
</context>
<context>
    <name>Dz::WebImportDialog</name>
    <message>
        <source>Import from Web Address</source>
        <translation>Import from Web Address</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <source>Fetching %1…</source>
        <translation>Fetching %1…</translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation>Canceled.</translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation>No project is open.</translation>
    </message>
    <message>
        <source>Added %1 to the project.</source>
        <translation>Added %1 to the project.</translation>
    </message>
</context>
<context>
    <name>Dz::WelcomeDialog</name>
    <message>
        <source>&amp;Show this at start</source>
        <translation>&amp;Show this at start</translation>
    </message>
    <message>
        <source>Welcome to Duizhao</source>
        <translation>Welcome to Duizhao</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to Duizhao (对照)&lt;/h2&gt;&lt;p&gt;Duizhao reads rule-of-law reports (法治政府建设情况报告) and sets them side by side. Three steps to begin:&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Welcome to Duizhao (对照)&lt;/h2&gt;&lt;p&gt;Duizhao reads rule-of-law reports (法治政府建设情况报告) and sets them side by side. Three steps to begin:&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;ol&gt;&lt;li&gt;&lt;b&gt;Bring in the reports.&lt;/b&gt; File → Import Reports… (text, web pages, Word, WPS, PDF, OFD), a folder, or a .zip as districts send them; or drop them on the window. The five sample reports are open now.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Compare them.&lt;/b&gt; Select reports in the Reports list (Ctrl-click) and read them section by section in &lt;i&gt;Compare&lt;/i&gt;; their figures in &lt;i&gt;Indicators&lt;/i&gt;, what they admit in &lt;i&gt;Weaknesses&lt;/i&gt;, whether they meet the rules in &lt;i&gt;Audit&lt;/i&gt;.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Correct, then pass it on.&lt;/b&gt; Right-click a value or a section, or edit a report’s identity, to correct what Duizhao read; then File → Export Brief… for a Word brief, the Deck for slides, or File → Print….&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;ol&gt;&lt;li&gt;&lt;b&gt;Bring in the reports.&lt;/b&gt; File → Import Reports… (text, web pages, Word, WPS, PDF, OFD), a folder, or a .zip as districts send them; or drop them on the window. The five sample reports are open now.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Compare them.&lt;/b&gt; Select reports in the Reports list (Ctrl-click) and read them section by section in &lt;i&gt;Compare&lt;/i&gt;; their figures in &lt;i&gt;Indicators&lt;/i&gt;, what they admit in &lt;i&gt;Weaknesses&lt;/i&gt;, whether they meet the rules in &lt;i&gt;Audit&lt;/i&gt;.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Correct, then pass it on.&lt;/b&gt; Right-click a value or a section, or edit a report’s identity, to correct what Duizhao read; then File → Export Brief… for a Word brief, the Deck for slides, or File → Print….&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>Open the &amp;User Guide</source>
        <translation>Open the &amp;User Guide</translation>
    </message>
</context>
<context>
    <name>Dz::WordGroups</name>
    <message>
        <source>Cannot read the word groups %1: %2</source>
        <translation>Cannot read the word groups %1: %2</translation>
    </message>
    <message>
        <source>The word groups %1 are not valid: line %2 has “%3”, a word of one character</source>
        <translation>The word groups %1 are not valid: line %2 has “%3”, a word of one character</translation>
    </message>
    <message>
        <source>The word groups %1 are not valid: line %2 is a group of one word</source>
        <translation>The word groups %1 are not valid: line %2 is a group of one word</translation>
    </message>
</context>
<context>
    <name>Dz::WordSegmenter</name>
    <message>
        <source>Cannot read the word list %1: %2</source>
        <translation>Cannot read the word list %1: %2</translation>
    </message>
    <message>
        <source>The word list %1 is not valid: %2</source>
        <translation>The word list %1 is not valid: %2</translation>
    </message>
    <message>
        <source>line %1 is not “word&lt;TAB&gt;frequency”</source>
        <translation>line %1 is not “word&lt;TAB&gt;frequency”</translation>
    </message>
    <message>
        <source>it lists no words</source>
        <translation>it lists no words</translation>
    </message>
    <message>
        <source>it has no “total” line</source>
        <translation>it has no “total” line</translation>
    </message>
</context>
<context>
    <name>Dz::WorkbenchStatus</name>
    <message>
        <source>No reports loaded. Open report files or drop them here.</source>
        <translation>No reports loaded. Open report files or drop them here.</translation>
    </message>
    <message numerus="yes">
        <source>Loading %n report(s)…</source>
        <translation>
            <numerusform>Loading %n report…</numerusform>
            <numerusform>Loading %n reports…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Loaded %n report(s).</source>
        <translation>
            <numerusform>Loaded %n report.</numerusform>
            <numerusform>Loaded %n reports.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) already in the project.</source>
        <translation>
            <numerusform>%n file already in the project.</numerusform>
            <numerusform>%n files already in the project.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be read.</source>
        <translation>
            <numerusform>%n file could not be read.</numerusform>
            <numerusform>%n files could not be read.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Comparing %n report(s)…</source>
        <translation>
            <numerusform>Comparing %n report…</numerusform>
            <numerusform>Comparing %n reports…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problems</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Stop importing or comparing; the reports imported so far stay in the project</source>
        <translation>Stop importing or comparing; the reports imported so far stay in the project</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v of %m</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) read with a warning.</source>
        <translation>
            <numerusform>%n report read with a warning.</numerusform>
            <numerusform>%n reports read with a warning.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some folder entries were left out (see Problems).</source>
        <translation>Some folder entries were left out (see Problems).</translation>
    </message>
    <message numerus="yes">
        <source>Remove the %n Report(s)</source>
        <translation>
            <numerusform>Remove the %n Report</numerusform>
            <numerusform>Remove the %n Reports</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import canceled: %n report(s) read before the cancel are kept in the project.</source>
        <translation>
            <numerusform>Import canceled: %n report read before the cancel are kept in the project.</numerusform>
            <numerusform>Import canceled: %n reports read before the cancel are kept in the project.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import canceled: nothing was added.</source>
        <translation>Import canceled: nothing was added.</translation>
    </message>
    <message>
        <source>Comparing the first %1 of %2 reports: add others from the report list (Add to Comparison).</source>
        <translation>Comparing the first %1 of %2 reports: add others from the report list (Add to Comparison).</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Comparing %n report(s): %1.</source>
        <translation>
            <numerusform>Comparing %n report: %1.</numerusform>
            <numerusform>Comparing %n reports: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Take the reports the canceled import had read out of the project again</source>
        <translation>Take the reports the canceled import had read out of the project again</translation>
    </message>
    <message>
        <source>Server · encrypted</source>
        <translation>Server · encrypted</translation>
    </message>
    <message>
        <source>The connection to the project&apos;s server is encrypted (%1).</source>
        <translation>The connection to the project&apos;s server is encrypted (%1).</translation>
    </message>
    <message>
        <source>Server · not encrypted</source>
        <translation>Server · not encrypted</translation>
    </message>
    <message>
        <source>The connection to the project&apos;s server is not encrypted: on a network others can read what is sent. Open the project again with Always encrypt (TLS) where the server offers it.</source>
        <translation>The connection to the project&apos;s server is not encrypted: on a network others can read what is sent. Open the project again with Always encrypt (TLS) where the server offers it.</translation>
    </message>
    <message numerus="yes">
        <source>Server · offline, trying again in %n s</source>
        <translation>
            <numerusform>Server · offline, trying again in %n s</numerusform>
            <numerusform>Server · offline, trying again in %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Server · offline</source>
        <translation>Server · offline</translation>
    </message>
    <message>
        <source>The project&apos;s server cannot be reached: %1
Changes are not saved until Duizhao has connected again; File → Reconnect tries at once.</source>
        <translation>The project&apos;s server cannot be reached: %1
Changes are not saved until Duizhao has connected again; File → Reconnect tries at once.</translation>
    </message>
</context>
<context>
    <name>Dz::XlsxWorkbook</name>
    <message>
        <source>“%1” cannot be a sheet name: %2</source>
        <translation>“%1” cannot be a sheet name: %2</translation>
    </message>
    <message>
        <source>it is empty.</source>
        <translation>it is empty.</translation>
    </message>
    <message numerus="yes">
        <source>it is longer than %n characters.</source>
        <translation>
            <numerusform>it is longer than %n character.</numerusform>
            <numerusform>it is longer than %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>it contains “%1”; none of [ ] : * ? / \ may be used.</source>
        <translation>it contains “%1”; none of [ ] : * ? / \ may be used.</translation>
    </message>
    <message>
        <source>it contains a control character.</source>
        <translation>it contains a control character.</translation>
    </message>
    <message>
        <source>it begins or ends with an apostrophe.</source>
        <translation>it begins or ends with an apostrophe.</translation>
    </message>
    <message>
        <source>Excel reserves it.</source>
        <translation>Excel reserves it.</translation>
    </message>
    <message>
        <source>another sheet has it.</source>
        <translation>another sheet has it.</translation>
    </message>
    <message>
        <source>Sheet “%1”, cell %2: %3 is not a number a spreadsheet can hold.</source>
        <translation>Sheet “%1”, cell %2: %3 is not a number a spreadsheet can hold.</translation>
    </message>
    <message>
        <source>Sheet “%1”, cell %2: the text is longer than the %3 characters a cell can hold.</source>
        <translation>Sheet “%1”, cell %2: the text is longer than the %3 characters a cell can hold.</translation>
    </message>
    <message>
        <source>A workbook needs at least one sheet.</source>
        <translation>A workbook needs at least one sheet.</translation>
    </message>
</context>
<context>
    <name>Dz::ZipPackage</name>
    <message>
        <source>%1: the file is damaged: it should be a zip package but cannot be opened as one (%2).</source>
        <translation>%1: the file is damaged: it should be a zip package but cannot be opened as one (%2).</translation>
    </message>
    <message>
        <source>%1: refused: its part %2 would inflate to %3 (from %4), more than a document holds (a zip bomb, or a damaged file).</source>
        <translation>%1: refused: its part %2 would inflate to %3 (from %4), more than a document holds (a zip bomb, or a damaged file).</translation>
    </message>
    <message>
        <source>%1: the package has no part %2.</source>
        <translation>%1: the package has no part %2.</translation>
    </message>
    <message>
        <source>%1: the part %2 cannot be read.</source>
        <translation>%1: the part %2 cannot be read.</translation>
    </message>
    <message>
        <source>%1: the part %2 is damaged.</source>
        <translation>%1: the part %2 is damaged.</translation>
    </message>
    <message>
        <source>%1: refused: reading its parts would inflate more than %2 in all (a part named again and again, or a zip bomb).</source>
        <translation>%1: refused: reading its parts would inflate more than %2 in all (a part named again and again, or a zip bomb).</translation>
    </message>
</context>
<context>
    <name>Dz::ZipReports</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the zip is damaged or truncated: its list of files cannot be read.</source>
        <translation>the zip is damaged or truncated: its list of files cannot be read.</translation>
    </message>
    <message>
        <source>no such file.</source>
        <translation>no such file.</translation>
    </message>
    <message>
        <source>not a regular file.</source>
        <translation>not a regular file.</translation>
    </message>
    <message>
        <source>the zip is %1, larger than any set of reports.</source>
        <translation>the zip is %1, larger than any set of reports.</translation>
    </message>
    <message>
        <source>it is not a zip archive.</source>
        <translation>it is not a zip archive.</translation>
    </message>
    <message>
        <source>the zip is in the ZIP64 form of archives over 4 GB, larger than any set of reports.</source>
        <translation>the zip is in the ZIP64 form of archives over 4 GB, larger than any set of reports.</translation>
    </message>
    <message>
        <source>refused: %1 would inflate to %2 (from %3), more than reports hold (a zip bomb, or a damaged file).</source>
        <translation>refused: %1 would inflate to %2 (from %3), more than reports hold (a zip bomb, or a damaged file).</translation>
    </message>
    <message>
        <source>%1 in %2: %3</source>
        <translation>%1 in %2: %3</translation>
    </message>
    <message>
        <source>the file is encrypted (a zip with a password); unpack it with its password and import the files.</source>
        <translation>the file is encrypted (a zip with a password); unpack it with its password and import the files.</translation>
    </message>
    <message>
        <source>the file is compressed by a method Duizhao cannot read (%1); unpack the zip and import the files.</source>
        <translation>the file is compressed by a method Duizhao cannot read (%1); unpack the zip and import the files.</translation>
    </message>
    <message>
        <source>the zip is damaged.</source>
        <translation>the zip is damaged.</translation>
    </message>
    <message>
        <source>the zip is truncated.</source>
        <translation>the zip is truncated.</translation>
    </message>
    <message>
        <source>the file cannot be inflated.</source>
        <translation>the file cannot be inflated.</translation>
    </message>
    <message>
        <source>%1: no such file in a zip.</source>
        <translation>%1: no such file in a zip.</translation>
    </message>
    <message>
        <source>%1: the zip holds no file %2.</source>
        <translation>%1: the zip holds no file %2.</translation>
    </message>
    <message>
        <source>%1: the zip is empty: it holds no reports.</source>
        <translation>%1: the zip is empty: it holds no reports.</translation>
    </message>
    <message numerus="yes">
        <source>%1: the zip holds no reports: none of its %n file(s) is a text, web page, Word, WPS, RTF, OpenDocument, PDF or OFD document (%2).</source>
        <translation>
            <numerusform>%1: the zip holds no reports: its %n file is not a text, web page, Word, WPS, RTF, OpenDocument, PDF or OFD document (%2).</numerusform>
            <numerusform>%1: the zip holds no reports: none of its %n files is a text, web page, Word, WPS, RTF, OpenDocument, PDF or OFD document (%2).</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Timed out waiting for the reports to load.</source>
        <translation>Timed out waiting for the reports to load.</translation>
    </message>
    <message>
        <source>Could not write the screenshot to %1.</source>
        <translation>Could not write the screenshot to %1.</translation>
    </message>
    <message>
        <source>Screenshot written to %1.</source>
        <translation>Screenshot written to %1.</translation>
    </message>
    <message>
        <source>Compare the rule-of-law reports of government bodies side by side.</source>
        <translation>Compare the rule-of-law reports of government bodies side by side.</translation>
    </message>
    <message>
        <source>Open the window on the built-in samples, check they load, and exit (0 on success).</source>
        <translation>Open the window on the built-in samples, check they load, and exit (0 on success).</translation>
    </message>
    <message>
        <source>Load the reports, save a picture of the window to &lt;file&gt; and exit.</source>
        <translation>Load the reports, save a picture of the window to &lt;file&gt; and exit.</translation>
    </message>
    <message>
        <source>Reads rule-of-law reports and prints what Duizhao finds in them.</source>
        <translation>Reads rule-of-law reports and prints what Duizhao finds in them.</translation>
    </message>
    <message>
        <source>%1: no files given.</source>
        <translation>%1: no files given.</translation>
    </message>
    <message>
        <source>%1: unknown format “%2” (use %3).</source>
        <translation>%1: unknown format “%2” (use %3).</translation>
    </message>
    <message>
        <source>Output format: json, text or csv (outline: json or text).</source>
        <translation>Output format: json, text or csv (outline: json or text).</translation>
    </message>
    <message>
        <source>indicators: only these indicators (comma-separated ids, e.g. penalty_cases,emergency_drills).</source>
        <translation>indicators: only these indicators (comma-separated ids, e.g. penalty_cases,emergency_drills).</translation>
    </message>
    <message>
        <source>Self-test: %1 reports, %2 top-level headings in the first, %3 columns compared on %4 sections, %5 problems.</source>
        <translation>Self-test: %1 reports, %2 top-level headings in the first, %3 columns compared on %4 sections, %5 problems.</translation>
    </message>
    <message>
        <source>Bring the compare view to this section of the scheme, e.g. P1.T05 or P2.</source>
        <translation>Bring the compare view to this section of the scheme, e.g. P1.T05 or P2.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n slide(s)).</source>
        <translation>
            <numerusform>Wrote %1 (%n slide).</numerusform>
            <numerusform>Wrote %1 (%n slides).</numerusform>
        </translation>
    </message>
    <message>
        <source>chart: nothing to draw (no readable reports).</source>
        <translation>chart: nothing to draw (no readable reports).</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>Wrote %1.</translation>
    </message>
    <message>
        <source>chart, deck: pixels per picture pixel for PNG (2 for sharp slides).</source>
        <translation>chart, deck: pixels per picture pixel for PNG (2 for sharp slides).</translation>
    </message>
    <message>
        <source>deck: put charts on slides as pictures instead of native, editable charts.</source>
        <translation>deck: put charts on slides as pictures instead of native, editable charts.</translation>
    </message>
    <message>
        <source>%1: say where to write with --out.</source>
        <translation>%1: say where to write with --out.</translation>
    </message>
    <message>
        <source>%1: --size must be like 1920x1080 and --scale between 0 and 8.</source>
        <translation>%1: --size must be like 1920x1080 and --scale between 0 and 8.</translation>
    </message>
    <message>
        <source>%1: cannot write “%2” (use a file ending in .%3).</source>
        <translation>%1: cannot write “%2” (use a file ending in .%3).</translation>
    </message>
    <message>
        <source>chart: name the indicators with --indicator (%1).</source>
        <translation>chart: name the indicators with --indicator (%1).</translation>
    </message>
    <message>
        <source>%1 of %2 files</source>
        <translation>%1 of %2 files</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n report(s) added</source>
        <translation>
            <numerusform>%1: %n report added</numerusform>
            <numerusform>%1: %n reports added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed report(s) updated</source>
        <translation>
            <numerusform>%n changed report updated</numerusform>
            <numerusform>%n changed reports updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s) skipped</source>
        <translation>
            <numerusform>%n duplicate skipped</numerusform>
            <numerusform>%n duplicates skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) not imported</source>
        <translation>
            <numerusform>%n file not imported</numerusform>
            <numerusform>%n files not imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) found.</source>
        <translation>
            <numerusform>%n report found.</numerusform>
            <numerusform>%n reports found.</numerusform>
        </translation>
    </message>
    <message>
        <source>import: give a project and at least one report file or folder.</source>
        <translation>import: give a project and at least one report file or folder.</translation>
    </message>
    <message>
        <source>search: give a project and what to search for.</source>
        <translation>search: give a project and what to search for.</translation>
    </message>
    <message>
        <source>No report could be read; there is nothing to show.</source>
        <translation>No report could be read; there is nothing to show.</translation>
    </message>
    <message>
        <source>deck: nothing to put on slides (no readable reports); %1 not written.</source>
        <translation>deck: nothing to put on slides (no readable reports); %1 not written.</translation>
    </message>
    <message>
        <source>chart: picture size in pixels, e.g. 1920x1080 (deck pictures are drawn to fit their slides).</source>
        <translation>chart: picture size in pixels, e.g. 1920x1080 (deck pictures are drawn to fit their slides).</translation>
    </message>
    <message>
        <source>No display to open the window on (DISPLAY and WAYLAND_DISPLAY are not set). Run Duizhao on a desktop; --help, --version, --self-test and --screenshot also work without one.</source>
        <translation>No display to open the window on (DISPLAY and WAYLAND_DISPLAY are not set). Run Duizhao on a desktop; --help, --version, --self-test and --screenshot also work without one.</translation>
    </message>
    <message>
        <source>Start on this view: compare, matrix, indicators, weaknesses, report or audit.</source>
        <translation>Start on this view: compare, matrix, indicators, weaknesses, report or audit.</translation>
    </message>
    <message>
        <source>A project (.duizhao) to open, or report files to import into a new untitled project (plain text, saved web pages, .docx, PDF, OFD; .doc, .wps, .rtf and .odt where LibreOffice is installed). Without any, the last project opens, or the built-in samples in an untitled project.</source>
        <translation>A project (.duizhao) to open, or report files to import into a new untitled project (plain text, saved web pages, .docx, PDF, OFD; .doc, .wps, .rtf and .odt where LibreOffice is installed). Without any, the last project opens, or the built-in samples in an untitled project.</translation>
    </message>
    <message>
        <source>Unknown view “%1” (use compare, matrix, indicators, weaknesses, report or audit).</source>
        <translation>Unknown view “%1” (use compare, matrix, indicators, weaknesses, report or audit).</translation>
    </message>
    <message>
        <source>Read scanned PDFs by OCR (needs tesseract with chi_sim).</source>
        <translation>Read scanned PDFs by OCR (needs tesseract with chi_sim).</translation>
    </message>
    <message>
        <source>brief: nothing to write about (no readable reports); %1 not written.</source>
        <translation>brief: nothing to write about (no readable reports); %1 not written.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n table(s), %2 chart(s)).</source>
        <translation>
            <numerusform>Wrote %1 (%n table, %2 charts).</numerusform>
            <numerusform>Wrote %1 (%n tables, %2 charts).</numerusform>
        </translation>
    </message>
    <message>
        <source>chart, deck, brief: the file to write (.png, .svg, .pdf or .pptx; deck: .pptx; brief: .docx).</source>
        <translation>chart, deck, brief: the file to write (.png, .svg, .pdf or .pptx; deck: .pptx; brief: .docx).</translation>
    </message>
    <message>
        <source>brief: group the analyst&apos;s annotations by theme or by report (theme, report).</source>
        <translation>brief: group the analyst&apos;s annotations by theme or by report (theme, report).</translation>
    </message>
    <message>
        <source>Report files (text: UTF-8, UTF-16 or GB18030), or zips of them.</source>
        <translation>Report files (text: UTF-8, UTF-16 or GB18030), or zips of them.</translation>
    </message>
    <message>
        <source>brief: say where to write with --out, a file ending in .docx.</source>
        <translation>brief: say where to write with --out, a file ending in .docx.</translation>
    </message>
    <message>
        <source>brief: --group takes theme or report.</source>
        <translation>brief: --group takes theme or report.</translation>
    </message>
    <message numerus="yes">
        <source>%n kind(s) of folder entries left out (see above)</source>
        <translation>
            <numerusform>%n kind of folder entries left out (see above)</numerusform>
            <numerusform>%n kinds of folder entries left out (see above)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) read with a warning</source>
        <translation>
            <numerusform>%n report read with a warning</numerusform>
            <numerusform>%n reports read with a warning</numerusform>
        </translation>
    </message>
    <message>
        <source>checked %1 of %2</source>
        <translation>checked %1 of %2</translation>
    </message>
    <message>
        <source>check: give one project.</source>
        <translation>check: give one project.</translation>
    </message>
    <message>
        <source>themes: give files of statements, one per line.</source>
        <translation>themes: give files of statements, one per line.</translation>
    </message>
    <message>
        <source>%1: a picture of %2x%3 at scale %4 would have %5 million pixels; at most %6 million are drawn. Choose a smaller --size or --scale.</source>
        <translation>%1: a picture of %2x%3 at scale %4 would have %5 million pixels; at most %6 million are drawn. Choose a smaller --size or --scale.</translation>
    </message>
    <message>
        <source>Unknown command “%1”. Commands: outline, align, indicators, weaknesses, themes, audit, chart, deck, brief, import, search, check.</source>
        <translation>Unknown command “%1”. Commands: outline, align, indicators, weaknesses, themes, audit, chart, deck, brief, import, search, check.</translation>
    </message>
    <message>
        <source>duizhao-cli: the output could not be written (%1); what was written is incomplete.</source>
        <translation>duizhao-cli: the output could not be written (%1); what was written is incomplete.</translation>
    </message>
    <message>
        <source>Cannot read the statements in %1: %2</source>
        <translation>Cannot read the statements in %1: %2</translation>
    </message>
    <message>
        <source>a plan, not a shortcoming</source>
        <translation>a plan, not a shortcoming</translation>
    </message>
    <message>
        <source>reports success, not a shortcoming</source>
        <translation>reports success, not a shortcoming</translation>
    </message>
    <message>
        <source>no theme: no topic beside a deficiency</source>
        <translation>no theme: no topic beside a deficiency</translation>
    </message>
    <message>
        <source>Take the reports of this project (outline, align, indicators, weaknesses, audit, chart, deck, brief) in place of, or besides, report files. A project is a .duizhao file or a server project&apos;s address, postgresql://user@host:port/database (also where import, search and check take a project).</source>
        <translation>Take the reports of this project (outline, align, indicators, weaknesses, audit, chart, deck, brief) in place of, or besides, report files. A project is a .duizhao file or a server project&apos;s address, postgresql://user@host:port/database (also where import, search and check take a project).</translation>
    </message>
    <message>
        <source>outline: headings, levels, metadata and section classification of each report; align: the reports side by side by section; indicators: figures such as penalty cases with their evidence; weaknesses: the shortcomings each report admits, by theme; chart: a chart of indicators (--indicator, --out); deck: a comparison deck (--out); brief: a written brief in Word format (--out X.docx); audit: which reports meet the rules, copied text, last year&apos;s plans; import PROJECT FILE|FOLDER|ZIP...: add reports to a project (made if needed); search PROJECT QUERY: find text in a project&apos;s reports; themes FILE...: the weakness themes of single statements, one per line, and why; check PROJECT: SQLite&apos;s integrity check and every stored text against its hash; copy PROJECT NEW: the whole project into a new one, from a file to a server (postgresql://...) or back.</source>
        <translation>outline: headings, levels, metadata and section classification of each report; align: the reports side by side by section; indicators: figures such as penalty cases with their evidence; weaknesses: the shortcomings each report admits, by theme; chart: a chart of indicators (--indicator, --out); deck: a comparison deck (--out); brief: a written brief in Word format (--out X.docx); audit: which reports meet the rules, copied text, last year&apos;s plans; import PROJECT FILE|FOLDER|ZIP...: add reports to a project (made if needed); search PROJECT QUERY: find text in a project&apos;s reports; themes FILE...: the weakness themes of single statements, one per line, and why; check PROJECT: SQLite&apos;s integrity check and every stored text against its hash; copy PROJECT NEW: the whole project into a new one, from a file to a server (postgresql://...) or back.</translation>
    </message>
    <message>
        <source>copy: give the project and the new project (a file or a server address).</source>
        <translation>copy: give the project and the new project (a file or a server address).</translation>
    </message>
    <message>
        <source>%1 copied to %2.</source>
        <translation>%1 copied to %2.</translation>
    </message>
    <message>
        <source>brief, deck: the title (default: Rule-of-law reports compared).</source>
        <translation>brief, deck: the title (default: Rule-of-law reports compared).</translation>
    </message>
    <message>
        <source>brief, deck: the subtitle (default: how many reports, and the date).</source>
        <translation>brief, deck: the subtitle (default: how many reports, and the date).</translation>
    </message>
    <message>
        <source>chart: a body reported on for several years is charted as its trend with the change on the year before, over a true year axis (lines) or as columns (columns).</source>
        <translation>chart: a body reported on for several years is charted as its trend with the change on the year before, over a true year axis (lines) or as columns (columns).</translation>
    </message>
    <message>
        <source>%1: --years takes lines or columns.</source>
        <translation>%1: --years takes lines or columns.</translation>
    </message>
    <message>
        <source>Shortcomings admitted again (%1):</source>
        <translation>Shortcomings admitted again (%1):</translation>
    </message>
    <message>
        <source>signs of recurrence: %1</source>
        <translation>signs of recurrence: %1</translation>
    </message>
    <message>
        <source>copied %1 of %2 tables</source>
        <translation>copied %1 of %2 tables</translation>
    </message>
    <message>
        <source>indicators: read the indicator definitions from this JSON file; weaknesses, themes, audit, deck, brief: read the weakness themes from this JSON file (in place of the built-in ones or the project&apos;s).</source>
        <translation>indicators: read the indicator definitions from this JSON file; weaknesses, themes, audit, deck, brief: read the weakness themes from this JSON file (in place of the built-in ones or the project&apos;s).</translation>
    </message>
</context>
</TS>
