<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Dz</name>
    <message>
        <source>as stated</source>
        <translation>原文所述</translation>
    </message>
    <message>
        <source>at least</source>
        <translation>至少</translation>
    </message>
    <message>
        <source>at most</source>
        <translation>至多</translation>
    </message>
    <message>
        <source>about</source>
        <translation>约</translation>
    </message>
    <message>
        <source>a range</source>
        <translation>区间</translation>
    </message>
    <message>
        <source>part of the scope only</source>
        <translation>仅为部分范围</translation>
    </message>
    <message>
        <source>counted from what the report names</source>
        <translation>按报告列举计数</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>未报告</translation>
    </message>
    <message>
        <source>the statement chosen</source>
        <translation>采用的表述</translation>
    </message>
    <message>
        <source>another total</source>
        <translation>另一处总数</translation>
    </message>
    <message>
        <source>one activity or part</source>
        <translation>一项活动或分项</translation>
    </message>
    <message>
        <source>part of the scope</source>
        <translation>部分范围</translation>
    </message>
    <message>
        <source>an event counted</source>
        <translation>计入的一项活动</translation>
    </message>
    <message>
        <source>perhaps an event (upper bound only)</source>
        <translation>可能是一项活动（仅计入上限）</translation>
    </message>
</context>
<context>
    <name>Dz::Alignment</name>
    <message>
        <source>No section “%1” (level %2) in %3.</source>
        <translation>%3 中没有章节“%1”（第 %2 级）。</translation>
    </message>
    <message>
        <source>The scheme has no node “%1”.</source>
        <translation>框架中没有节点“%1”。</translation>
    </message>
</context>
<context>
    <name>Dz::AlignmentCorrection</name>
    <message>
        <source>Unknown correction kind “%1”.</source>
        <translation>未知的更正类型“%1”。</translation>
    </message>
    <message>
        <source>A correction names no section (report, title, level).</source>
        <translation>更正未指明章节（报告、标题、层级）。</translation>
    </message>
    <message>
        <source>A reassignment names no node.</source>
        <translation>重新归类未指明节点。</translation>
    </message>
    <message>
        <source>A correspondence names no second section.</source>
        <translation>对应关系未指明第二个章节。</translation>
    </message>
    <message>
        <source>Correction %1: %2</source>
        <translation>第 %1 条更正：%2</translation>
    </message>
</context>
<context>
    <name>Dz::AlignmentFormat</name>
    <message>
        <source> (opening paragraph)</source>
        <translation>（开头段落）</translation>
    </message>
    <message>
        <source> (corrected)</source>
        <translation>（已更正）</translation>
    </message>
    <message numerus="yes">
        <source>Alignment of %n report(s) by scheme %1</source>
        <translation>
            <numerusform>按框架 %1 对照 %n 份报告</numerusform>
        </translation>
    </message>
    <message>
        <source>missing: %1</source>
        <translation>缺少：%1</translation>
    </message>
    <message>
        <source>MISSING</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>Similar sections (bigram TF-IDF cosine) for sections the scheme does not place:</source>
        <translation>框架未归类章节的相似章节（二元组 TF-IDF 余弦）：</translation>
    </message>
    <message>
        <source> (analyst)</source>
        <translation>（分析员）</translation>
    </message>
    <message>
        <source>Correction not applied: %1</source>
        <translation>更正未应用：%1</translation>
    </message>
</context>
<context>
    <name>Dz::AlignmentTreeModel</name>
    <message>
        <source>Not reported</source>
        <translation>未报告</translation>
    </message>
    <message>
        <source> (confidence %1)</source>
        <translation>（置信度 %1）</translation>
    </message>
    <message>
        <source>, placed by hand</source>
        <translation>，人工指定</translation>
    </message>
    <message>
        <source>The report has no section for this required part.</source>
        <translation>报告没有这一必备部分的章节。</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>章节</translation>
    </message>
</context>
<context>
    <name>Dz::AnalysisController</name>
    <message numerus="yes">
        <source>Auditing %n report(s)</source>
        <translation>
            <numerusform>正在审查 %n 份报告</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dz::AnalystCommands</name>
    <message>
        <source>Set %1 to %2</source>
        <translation>将 %1 设为 %2</translation>
    </message>
    <message>
        <source>Reset %1</source>
        <translation>恢复 %1</translation>
    </message>
    <message>
        <source>Assign “%1” to %2</source>
        <translation>将“%1”归入 %2</translation>
    </message>
    <message>
        <source>Set %1 to not reported</source>
        <translation>将%1设为未报告</translation>
    </message>
    <message numerus="yes">
        <source>Set %1 to the sum of %n statement(s), %2</source>
        <translation>
            <numerusform>将%1设为 %n 处表述之和 %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dz::AnalystSession</name>
    <message>
        <source>No project is open.</source>
        <translation>没有打开的项目。</translation>
    </message>
    <message>
        <source>The value is not a number.</source>
        <translation>该值不是数字。</translation>
    </message>
    <message>
        <source>Not saved: %1 Duizhao connects again by itself; make the change again when the window says it is online.</source>
        <translation>未保存：%1 对照会自动重新连接；窗口显示已在线后，请再改一次。</translation>
    </message>
</context>
<context>
    <name>Dz::AnnotationDialog</name>
    <message>
        <source>low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>high</source>
        <translation>高</translation>
    </message>
    <message>
        <source>open</source>
        <translation>待处理</translation>
    </message>
    <message>
        <source>reviewed</source>
        <translation>已审阅</translation>
    </message>
    <message>
        <source>flagged</source>
        <translation>已标记</translation>
    </message>
    <message>
        <source>Annotate</source>
        <translation>批注</translation>
    </message>
    <message>
        <source>Edit Annotation</source>
        <translation>编辑批注</translation>
    </message>
    <message>
        <source>comma-separated, e.g. 执法, 人员不足</source>
        <translation>以逗号分隔，例如 执法, 人员不足</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>说明：</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>标签：</translation>
    </message>
    <message>
        <source>Severity:</source>
        <translation>严重程度：</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
</context>
<context>
    <name>Dz::AnnotationWorkflow</name>
    <message>
        <source>Note: %1</source>
        <translation>说明：%1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>标签：%1</translation>
    </message>
    <message>
        <source>Select the passage in %1&apos;s column first.</source>
        <translation>请先在 %1 的列中选中这段文字。</translation>
    </message>
    <message>
        <source>Place Annotation</source>
        <translation>放置批注</translation>
    </message>
</context>
<context>
    <name>Dz::AnnotationsPane</name>
    <message>
        <source>All tags</source>
        <translation>全部标签</translation>
    </message>
    <message>
        <source>All themes</source>
        <translation>全部主题</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>任意状态</translation>
    </message>
    <message>
        <source>The report&apos;s text changed and this passage was not found again: select it and press Place at Selection</source>
        <translation>报告文本已变化，未能再次找到这段文字：请选中它并点击“放到所选文字处”</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>批注</translation>
    </message>
    <message>
        <source>Export Annotations</source>
        <translation>导出批注</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>Passage</source>
        <translation>原文</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Place at Selection</source>
        <translation>放到所选文字处</translation>
    </message>
    <message>
        <source>Put an annotation whose passage was not found again at the text selected in its report&apos;s column</source>
        <translation>把找不到原位置的批注放到该报告列中所选的文字处</translation>
    </message>
    <message>
        <source>Needs placing</source>
        <translation>需重新定位</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
</context>
<context>
    <name>Dz::AuditFormat</name>
    <message>
        <source>Required contents</source>
        <translation>必备内容</translation>
    </message>
    <message>
        <source>Published on time</source>
        <translation>按时公开</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>落款</translation>
    </message>
    <message>
        <source>Figures per 1,000 chars</source>
        <translation>每千字数据</translation>
    </message>
    <message>
        <source>Shortcomings share</source>
        <translation>不足篇幅占比</translation>
    </message>
    <message>
        <source>Shortcomings</source>
        <translation>不足条数</translation>
    </message>
    <message>
        <source>Last year&apos;s plan</source>
        <translation>上年安排落实</translation>
    </message>
    <message>
        <source>met</source>
        <translation>符合</translation>
    </message>
    <message>
        <source>finding</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>recurring</source>
        <translation>重复出现</translation>
    </message>
    <message>
        <source>rectified</source>
        <translation>已整改</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>审查</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message numerus="yes">
        <source>Duizhao audit of %n report(s)</source>
        <translation>
            <numerusform>对照审查 %n 份报告</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied passages: %1</source>
        <translation>雷同段落：%1</translation>
    </message>
    <message>
        <source>Passage</source>
        <translation>原文</translation>
    </message>
    <message>
        <source>Characters</source>
        <translation>字数</translation>
    </message>
    <message>
        <source>There</source>
        <translation>对方原文</translation>
    </message>
    <message>
        <source>Copied from</source>
        <translation>抄自</translation>
    </message>
    <message>
        <source>Copied by</source>
        <translation>被抄</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>相同</translation>
    </message>
    <message>
        <source>copied from</source>
        <translation>抄自</translation>
    </message>
    <message>
        <source>copied by</source>
        <translation>被抄</translation>
    </message>
    <message>
        <source>shared with</source>
        <translation>相同</translation>
    </message>
    <message>
        <source>same body</source>
        <translation>同一机关</translation>
    </message>
    <message>
        <source>finding: the report does not meet the rule; unknown: its text does not say. Rules: 《法治政府建设与责任落实督察工作规定》 (contents, 第二十四条 publication before 1 April), the 落款, figures and shortcomings, passages of 13 or more characters beyond boilerplate copied from earlier reports (the earlier by the year reported on, then the publication or signing date), copied by later ones, or shared with reports whose order is unknown.</source>
        <translation>问题：报告不符合规则；未知：报告文字没有说明。规则：《法治政府建设与责任落实督察工作规定》（必备内容，第二十四条 4月1日前公开）、落款、数据与不足，以及套话以外13字及以上的段落：抄自在先的报告（以报告年度在先者为先，年度相同时以发布或落款日期在先者为先）、被在后的报告抄用，或与先后不明的报告相同。</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Other report</source>
        <translation>对方报告</translation>
    </message>
    <message>
        <source>%1 (same body)</source>
        <translation>%1（同一机关）</translation>
    </message>
    <message>
        <source>Copied from earlier reports: %1% of the body; copied by later reports: %2%; shared with reports whose order is unknown: %3%. Passages of 13 or more characters; boilerplate is not counted; the earlier report is the one of the earlier year reported on, then of the earlier publication or signing date.</source>
        <translation>抄自在先的报告：占正文 %1%；被在后的报告抄用：%2%；与先后不明的报告相同：%3%。仅计13字及以上的段落，套话不计；报告年度在先者为在先，年度相同时以发布或落款日期在先者为在先。</translation>
    </message>
    <message>
        <source>Source: the rule-of-law report of %1 and the reports it shares passages with; audit by Duizhao.</source>
        <translation>来源：%1的法治政府建设情况报告及与其有雷同段落的报告；对照审查。</translation>
    </message>
    <message>
        <source>Plans followed up: %1</source>
        <translation>上年安排落实情况：%1</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>工作安排</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>What the next report says</source>
        <translation>次年报告所述</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>依据</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n plan item(s) of %2 reported on; read by meaning (themes, topic terms and their synonyms, words, figures).</source>
        <translation>
            <numerusform>%2 的 %n 项工作安排中 %1 项已报告落实；按语义比对（主题、主题词及其同义词、词语、数据）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Shortcomings admitted again</source>
        <translation>再次承认的不足</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>本年</translation>
    </message>
    <message>
        <source>The year before</source>
        <translation>上年</translation>
    </message>
    <message>
        <source>Signs of recurrence</source>
        <translation>重复迹象</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>A later year&apos;s shortcoming on the same theme and topic as one of the year before, in any words.</source>
        <translation>后一年的不足与上一年某项不足主题相同、话题相同，措辞可以不同。</translation>
    </message>
    <message>
        <source>Source: the rule-of-law reports of %1 and %2; plans followed up by Duizhao.</source>
        <translation>来源：%1与%2的法治政府建设情况报告；上年安排落实情况由对照核对。</translation>
    </message>
</context>
<context>
    <name>Dz::AuditPane</name>
    <message>
        <source>Export Audit</source>
        <translation>导出审查结果</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>审查</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) audited.</source>
        <translation>
            <numerusform>已审查 %n 份报告。</numerusform>
        </translation>
    </message>
    <message>
        <source>Auditing…</source>
        <translation>正在审查…</translation>
    </message>
    <message>
        <source>In the report:</source>
        <translation>报告原文：</translation>
    </message>
    <message>
        <source>The report has no passage for this: what is missing is the finding.</source>
        <translation>报告中没有相应原文：缺少本身就是问题。</translation>
    </message>
    <message>
        <source>A slide of the passages %1 shares with other reports</source>
        <translation>一页幻灯片：%1与其他报告的雷同段落</translation>
    </message>
    <message>
        <source>%1 shares no passage with another report: nothing to put on a slide</source>
        <translation>%1与其他报告没有雷同段落，没有可放入幻灯片的内容</translation>
    </message>
    <message>
        <source>No report shares a passage with another: nothing to put on a slide</source>
        <translation>各报告之间没有雷同段落，没有可放入幻灯片的内容</translation>
    </message>
    <message>
        <source>%1 %2: “%3” (there: “%4”)</source>
        <translation>%1 %2：“%3”（对方：“%4”）</translation>
    </message>
    <message>
        <source>(same body)</source>
        <translation>（同一机关）</translation>
    </message>
    <message>
        <source>boilerplate: “%1”</source>
        <translation>套话：“%1”</translation>
    </message>
    <message>
        <source>plan “%1” → %2</source>
        <translation>安排“%1”→ %2</translation>
    </message>
    <message>
        <source>plan “%1” → %2: “%3”</source>
        <translation>安排“%1”→ %2：“%3”</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>recurring: “%1” (last year: “%2”)</source>
        <translation>重复出现：“%1”（上年：“%2”）</translation>
    </message>
    <message>
        <source>rectified: “%1” — “%2”</source>
        <translation>已整改：“%1”——“%2”</translation>
    </message>
    <message>
        <source>Add Audit to Deck</source>
        <translation>审查表加入演示文稿</translation>
    </message>
    <message>
        <source>Add Copied Passages to Deck</source>
        <translation>雷同段落加入演示文稿</translation>
    </message>
    <message>
        <source>Click a cell for why, with its passage marked below; double-click to read the passage in the compare view.</source>
        <translation>单击单元格，下方说明原因并标出所依据的原文；双击在对照视图中阅读该段原文。</translation>
    </message>
    <message>
        <source>Show in Compare View</source>
        <translation>在对照视图中显示</translation>
    </message>
    <message>
        <source>Click a cell of the table: why it says so, and the passage it rests on.</source>
        <translation>单击表中的单元格：说明结论的原因及所依据的原文。</translation>
    </message>
</context>
<context>
    <name>Dz::AuditRules</name>
    <message>
        <source>%1: &quot;%2&quot; must be a number from %3 to %4</source>
        <translation>%1：“%2”必须是 %3 到 %4 之间的数</translation>
    </message>
    <message>
        <source>%1: cannot read the audit rules: %2</source>
        <translation>%1：无法读取审查规则：%2</translation>
    </message>
    <message>
        <source>the audit rules</source>
        <translation>审查规则</translation>
    </message>
    <message>
        <source>required part %1 is not among &quot;reportedParts&quot;</source>
        <translation>必备部分 %1 不在“reportedParts”中</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>Dz::AuditTableModel</name>
    <message>
        <source>Report</source>
        <translation>报告</translation>
    </message>
</context>
<context>
    <name>Dz::Auditor</name>
    <message numerus="yes">
        <source>(%n boilerplate passage(s) set apart).</source>
        <translation>
            <numerusform>（另列套话 %n 处）。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2 characters)</source>
        <translation>%1（%2 字）</translation>
    </message>
    <message>
        <source>no previous year</source>
        <translation>无上年报告</translation>
    </message>
    <message>
        <source>The project holds no report of the same body for the year before.</source>
        <translation>项目中没有同一单位上一年度的报告。</translation>
    </message>
    <message numerus="yes">
        <source>Of the %n plan item(s) of %1, </source>
        <translation>
            <numerusform>%1 的 %n 项安排中，</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reported on</source>
        <translation>
            <numerusform>%n 项有报告</numerusform>
        </translation>
    </message>
    <message>
        <source>not reported: %1</source>
        <translation>未报告：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n shortcoming(s) admitted again</source>
        <translation>
            <numerusform>%n 项不足再次出现</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n said to be rectified (整改).</source>
        <translation>
            <numerusform>%n 项称已整改。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No passage of %n or more characters was taken from an earlier report beyond boilerplate</source>
        <translation>
            <numerusform>除套话外，没有抄自在先报告的 %n 字以上段落</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2 characters, the same body&apos;s earlier report)</source>
        <translation>%1（%2 字，同一机关在先的报告）</translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s) taken from earlier reports cover %1% of the body: %2.</source>
        <translation>
            <numerusform>抄自在先报告的 %n 段文字占正文 %1%：%2。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1% of the body repeats the same body&apos;s earlier report(s).</source>
        <translation>其中正文的 %1% 重复同一机关在先的报告。</translation>
    </message>
    <message numerus="yes">
        <source>No later report took a passage of %n or more characters from it.</source>
        <translation>
            <numerusform>没有在后的报告抄用其 %n 字以上的段落。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Later reports took %1% of its body, in %n passage(s): %2. Being copied is no finding against this report.</source>
        <translation>
            <numerusform>在后的报告抄用了其正文的 %1%，共 %n 段：%2。被抄不是本报告的问题。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No passage of %n or more characters is shared with a report whose order is unknown.</source>
        <translation>
            <numerusform>与先后不明的报告没有 %n 字以上的相同段落。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2 characters; %3)</source>
        <translation>%1（%2 字；%3）</translation>
    </message>
    <message numerus="yes">
        <source>%1% of the body is shared, in %n passage(s), with reports it cannot be ordered with, so who copied whom is unknown: %2.</source>
        <translation>
            <numerusform>正文的 %1%（%n 段）与无法判断先后的报告相同，谁抄谁无从得知：%2。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n partly</source>
        <translation>
            <numerusform>%n 项部分报告</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dz::BriefActions</name>
    <message>
        <source>There is nothing to write a brief about: no reports are compared.</source>
        <translation>没有可写入简报的内容：尚未对照任何报告。</translation>
    </message>
    <message>
        <source>The brief was not written: canceled.</source>
        <translation>简报未写出：已取消。</translation>
    </message>
    <message>
        <source>Export Brief</source>
        <translation>导出简报</translation>
    </message>
    <message>
        <source>brief.docx</source>
        <translation>简报.docx</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Word 文档 (*.docx)</translation>
    </message>
    <message>
        <source>Drawing the charts…</source>
        <translation>正在绘制图表…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Export &amp;Brief…</source>
        <translation>导出简报(&amp;B)…</translation>
    </message>
    <message>
        <source>The reports compared as a Word brief: summaries, tables, charts, audit and annotations</source>
        <translation>把所对照的报告写成 Word 简报：概述、表格、图表、审查结果和批注</translation>
    </message>
</context>
<context>
    <name>Dz::BriefDialog</name>
    <message>
        <source>Export Brief</source>
        <translation>导出简报</translation>
    </message>
    <message>
        <source>By theme</source>
        <translation>按主题</translation>
    </message>
    <message>
        <source>By report</source>
        <translation>按报告</translation>
    </message>
    <message>
        <source>A Word document (.docx) of the reports compared: a summary of each section written from the figures, the indicator table, the charts, the weakness matrix, the audit and your annotations, as the views show them.</source>
        <translation>把所对照的报告写成 Word 文档（.docx）：按各部分根据数据写出的概述、指标表、图表、不足矩阵、审查结果和您的批注，与各视图显示的一致。</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Subtitle:</source>
        <translation>副标题(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Annotations:</source>
        <translation>批注分组(&amp;A)：</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
</context>
<context>
    <name>Dz::ChangeListModel</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Analyst</source>
        <translation>分析人员</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>What</source>
        <translation>改了什么</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>改动</translation>
    </message>
    <message>
        <source>the whole project</source>
        <translation>整个项目</translation>
    </message>
    <message>
        <source>a report no longer in the project</source>
        <translation>已不在项目中的报告</translation>
    </message>
    <message>
        <source>value of %1</source>
        <translation>%1的数值</translation>
    </message>
    <message>
        <source>annotation</source>
        <translation>批注</translation>
    </message>
    <message>
        <source>identity</source>
        <translation>报告身份</translation>
    </message>
    <message>
        <source>alignment correction</source>
        <translation>对齐更正</translation>
    </message>
    <message>
        <source>comparison set</source>
        <translation>对比的报告</translation>
    </message>
    <message>
        <source>deck</source>
        <translation>演示文稿</translation>
    </message>
    <message>
        <source>weakness themes</source>
        <translation>不足主题</translation>
    </message>
    <message>
        <source>a record this version does not know</source>
        <translation>本版本不认识的记录</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1, noted “%2”</source>
        <translation>%1，备注“%2”</translation>
    </message>
    <message>
        <source>no deck</source>
        <translation>无演示文稿</translation>
    </message>
    <message numerus="yes">
        <source>%n slide(s)</source>
        <translation>
            <numerusform>%n 页</numerusform>
        </translation>
    </message>
    <message>
        <source>the built-in themes</source>
        <translation>内置主题</translation>
    </message>
    <message numerus="yes">
        <source>%n theme(s) of the project</source>
        <translation>
            <numerusform>项目自定的 %n 个主题</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>a section placed under another heading</source>
        <translation>一节改归另一标题</translation>
    </message>
    <message>
        <source>two sections matched</source>
        <translation>两节互相对应</translation>
    </message>
    <message>
        <source>added</source>
        <translation>已添加</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>已修改</translation>
    </message>
    <message>
        <source>the figure found in the report</source>
        <translation>报告中找到的数值</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>未报告</translation>
    </message>
    <message numerus="yes">
        <source>%1 (the sum of %n statement(s))</source>
        <translation>
            <numerusform>%1（%n 处表述之和）</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>reviewed</source>
        <translation>已审阅</translation>
    </message>
    <message>
        <source>flagged</source>
        <translation>已标记</translation>
    </message>
    <message>
        <source>open</source>
        <translation>待处理</translation>
    </message>
    <message>
        <source>high</source>
        <translation>高</translation>
    </message>
    <message>
        <source>low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>note “%1” → “%2”</source>
        <translation>备注“%1” → “%2”</translation>
    </message>
    <message>
        <source>severity %1 → %2</source>
        <translation>严重程度 %1 → %2</translation>
    </message>
    <message>
        <source>tags %1 → %2</source>
        <translation>标签 %1 → %2</translation>
    </message>
    <message>
        <source>placed on %1</source>
        <translation>改标在%1</translation>
    </message>
    <message>
        <source>place</source>
        <translation>地方</translation>
    </message>
    <message>
        <source>issuer</source>
        <translation>发布机关</translation>
    </message>
    <message>
        <source>parent body</source>
        <translation>上级机关</translation>
    </message>
    <message>
        <source>year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>published</source>
        <translation>发布日期</translation>
    </message>
    <message>
        <source>%1 %2 → %3</source>
        <translation>%1 %2 → %3</translation>
    </message>
    <message>
        <source>as found</source>
        <translation>按识别结果</translation>
    </message>
    <message>
        <source>the project&apos;s first reports</source>
        <translation>项目的前几份报告</translation>
    </message>
</context>
<context>
    <name>Dz::ChangesPane</name>
    <message>
        <source>Everyone</source>
        <translation>所有人</translation>
    </message>
    <message>
        <source>Every report</source>
        <translation>所有报告</translation>
    </message>
    <message>
        <source>&amp;Analyst:</source>
        <translation>分析人员(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>报告(&amp;R)：</translation>
    </message>
    <message>
        <source>Who changed what in the project, newest first; double-click a change to show its report</source>
        <translation>谁在项目中改了什么，最新的在前；双击一条改动显示其报告</translation>
    </message>
</context>
<context>
    <name>Dz::ChartData</name>
    <message>
        <source>The chart “%1” has no categories.</source>
        <translation>图表“%1”没有分类。</translation>
    </message>
    <message>
        <source>The chart “%1” has no series.</source>
        <translation>图表“%1”没有数据系列。</translation>
    </message>
    <message>
        <source>The chart “%1”: series “%2” has %3 entries for %4 categories.</source>
        <translation>图表“%1”：数据系列“%2”有 %3 项，而分类有 %4 个。</translation>
    </message>
    <message>
        <source>The chart “%1”: series “%2” has a value that is not a number.</source>
        <translation>图表“%1”：数据系列“%2”含有非数值。</translation>
    </message>
    <message>
        <source>The chart “%1”: “%2” is not a colour of the form #RRGGBB.</source>
        <translation>图表“%1”：“%2”不是 #RRGGBB 形式的颜色。</translation>
    </message>
    <message>
        <source>The chart “%1” has %2 year positions for %3 categories.</source>
        <translation>图表“%1”有 %2 个年份位置，但有 %3 个分类。</translation>
    </message>
</context>
<context>
    <name>Dz::ChartExporter</name>
    <message>
        <source>Cannot export a chart as “%1”: use a file name ending in .png, .svg or .pdf.</source>
        <translation>无法把图表导出为“%1”：请使用以 .png、.svg 或 .pdf 结尾的文件名。</translation>
    </message>
    <message>
        <source>Could not draw the chart for %1.</source>
        <translation>无法为 %1 绘制图表。</translation>
    </message>
    <message>
        <source>%1: a picture of %2x%3 at scale %4 would have more than %5 million pixels; choose a smaller size or scale.</source>
        <translation>%1：%2x%3 的图片按 %4 倍绘制将超过 %5 百万像素；请选择较小的尺寸或倍率。</translation>
    </message>
</context>
<context>
    <name>Dz::CompareColumn</name>
    <message>
        <source>Assign “%1” to</source>
        <translation>将“%1”归入</translation>
    </message>
    <message>
        <source>Annotate Selection…</source>
        <translation>批注所选文字…</translation>
    </message>
</context>
<context>
    <name>Dz::CompareToolBar</name>
    <message>
        <source>Synchronised Scrolling</source>
        <translation>同步滚动</translation>
    </message>
    <message>
        <source>Scrolling one column keeps the others at the same section</source>
        <translation>滚动一列时，其他各列停在相同的章节</translation>
    </message>
    <message>
        <source>Next Section</source>
        <translation>下一章节</translation>
    </message>
    <message>
        <source>Previous Section</source>
        <translation>上一章节</translation>
    </message>
    <message>
        <source>&amp;Find in Reports…</source>
        <translation>在报告中查找(&amp;F)…</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>对照</translation>
    </message>
    <message>
        <source>Search all reports…</source>
        <translation>搜索全部报告…</translation>
    </message>
</context>
<context>
    <name>Dz::CompareView</name>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1：%2（%3）</translation>
    </message>
    <message>
        <source>%1: %2, not chosen (%3)</source>
        <translation>%1：%2，未采用（%3）</translation>
    </message>
    <message>
        <source>Not reported
%1</source>
        <translation>未报告
%1</translation>
    </message>
    <message>
        <source>Also in %1</source>
        <translation>另见于 %1</translation>
    </message>
    <message>
        <source>end of %1</source>
        <translation>%1 至此结束</translation>
    </message>
    <message>
        <source>Search hit</source>
        <translation>搜索结果</translation>
    </message>
</context>
<context>
    <name>Dz::ComparisonActions</name>
    <message numerus="yes">
        <source>%n report(s)</source>
        <translation>
            <numerusform>%n 份报告</numerusform>
        </translation>
    </message>
    <message>
        <source>Add %1 to the comparison</source>
        <translation>将%1加入对照</translation>
    </message>
    <message>
        <source>Remove %1 from the comparison</source>
        <translation>将%1移出对照</translation>
    </message>
    <message numerus="yes">
        <source>Compare %n report(s)</source>
        <translation>
            <numerusform>对照 %n 份报告</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Add to Comparison</source>
        <translation>加入对照(&amp;A)</translation>
    </message>
    <message>
        <source>Add the selected reports to the reports compared (undoable)</source>
        <translation>将所选报告加入正在对照的报告（可撤销）</translation>
    </message>
    <message>
        <source>Re&amp;move from Comparison</source>
        <translation>移出对照(&amp;M)</translation>
    </message>
    <message>
        <source>Take the selected reports out of the reports compared (undoable)</source>
        <translation>将所选报告移出正在对照的报告（可撤销）</translation>
    </message>
    <message>
        <source>&amp;Compare Selected Only</source>
        <translation>只对照所选(&amp;C)</translation>
    </message>
    <message>
        <source>Compare exactly the selected reports, in place of those compared now (undoable)</source>
        <translation>只对照所选报告，替换当前对照的报告（可撤销）</translation>
    </message>
</context>
<context>
    <name>Dz::ComparisonBrief</name>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概况</translation>
    </message>
    <message numerus="yes">
        <source>This brief compares %n rule-of-law report(s): %1.</source>
        <translation>
            <numerusform>本简报对照%n份法治政府建设情况报告：%1。</numerusform>
        </translation>
    </message>
    <message>
        <source>They report on %1.</source>
        <translation>报告年度为%1年。</translation>
    </message>
    <message>
        <source>They report on the years %1 to %2.</source>
        <translation>报告年度为%1年至%2年。</translation>
    </message>
    <message>
        <source>Duizhao read the figures from the reports&apos; own text on %1; each rests on a sentence of its report.</source>
        <translation>数据由对照于%1从报告原文中提取，每个数据均有报告原句为依据。</translation>
    </message>
    <message numerus="yes">
        <source>%n figure(s) were set by the analyst and are marked ✎.</source>
        <translation>
            <numerusform>其中%n个数值由分析人员设定，以 ✎ 标注。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n section(s) were placed by the analyst&apos;s corrections.</source>
        <translation>
            <numerusform>%n个章节按分析人员的更正归入。</numerusform>
        </translation>
    </message>
    <message>
        <source>Required contents and publication</source>
        <translation>必备内容与公开情况</translation>
    </message>
    <message>
        <source>%1 (no %2)</source>
        <translation>%1（缺少%2）</translation>
    </message>
    <message>
        <source> and </source>
        <translation>和</translation>
    </message>
    <message>
        <source>Every report has the parts the rules require: %1.</source>
        <translation>各报告均具备规定的必备部分：%1。</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) lack a part the rules require: %1.</source>
        <translation>
            <numerusform>%n份报告缺少规定的必备部分：%1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (published %2, %n day(s) late)</source>
        <translation>
            <numerusform>%1（%2发布，逾期%n天）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) were published after 31 March of the following year: %1.</source>
        <translation>
            <numerusform>%n份报告在次年3月31日之后公开：%1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) were published on time.</source>
        <translation>
            <numerusform>%n份报告按时公开。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) give no publication date: %1.</source>
        <translation>
            <numerusform>%n份报告未注明发布日期：%1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) do not end with the issuing body and the date: %1.</source>
        <translation>
            <numerusform>%n份报告结尾没有发文机关和日期（落款）：%1。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: no report gives a figure.</source>
        <translation>%1：各报告均未给出数值。</translation>
    </message>
    <message>
        <source>%1: only %2 gives a figure, %3.</source>
        <translation>%1：仅%2给出数值，为%3。</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 of %n report(s) give a figure, each %3.</source>
        <translation>
            <numerusform>%1：%n份报告中有%2份给出数值，均为%3。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not reported by %1.</source>
        <translation>%1未报告。</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) do not report it.</source>
        <translation>
            <numerusform>%n份报告未报告。</numerusform>
        </translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>主要指标</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>Shortcomings admitted, by theme</source>
        <translation>各报告承认的不足（按主题）</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Items (shortcomings and causes) per theme, as the reports word them; empty: none.</source>
        <translation>各主题下的条目数（不足及原因，按报告原文）；空白：无。</translation>
    </message>
    <message>
        <source>Shortcomings admitted</source>
        <translation>存在的不足</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) have no shortcomings part at all: %1.</source>
        <translation>
            <numerusform>%n份报告没有“存在的不足”部分：%1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) have the part but name no shortcoming in it: %1.</source>
        <translation>
            <numerusform>%n份报告有此部分但未列出具体不足：%1。</numerusform>
        </translation>
    </message>
    <message>
        <source>No shortcoming is shared by two or more reports.</source>
        <translation>没有两份以上报告共同承认的不足。</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n report(s))</source>
        <translation>
            <numerusform>%1（%n份报告）</numerusform>
        </translation>
    </message>
    <message>
        <source>Shortcomings several reports share: %1.</source>
        <translation>多份报告共同承认的不足：%1。</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>Audit findings</source>
        <translation>审查发现</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n finding(s), %2.</source>
        <translation>
            <numerusform>%1：%n个问题，%2。</numerusform>
        </translation>
    </message>
    <message>
        <source>No report has a finding.</source>
        <translation>各报告均未发现问题。</translation>
    </message>
    <message>
        <source>low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>high</source>
        <translation>高</translation>
    </message>
    <message>
        <source>open</source>
        <translation>待处理</translation>
    </message>
    <message>
        <source>reviewed</source>
        <translation>已复核</translation>
    </message>
    <message>
        <source>flagged</source>
        <translation>已标记</translation>
    </message>
    <message>
        <source>The analyst&apos;s annotations</source>
        <translation>分析人员批注</translation>
    </message>
    <message>
        <source>Passages in no theme</source>
        <translation>不属于任何主题的段落</translation>
    </message>
    <message>
        <source>severity %1</source>
        <translation>严重程度：%1</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>（%1）</translation>
    </message>
    <message>
        <source>The chart “%1” cannot be drawn here.</source>
        <translation>此处无法绘制图表“%1”。</translation>
    </message>
    <message>
        <source>Rule-of-law reports compared</source>
        <translation>法治政府建设情况报告对照</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) compared · %1</source>
        <translation>
            <numerusform>对照%n份报告 · %1</numerusform>
        </translation>
    </message>
    <message>
        <source>About this brief</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Marks in the tables: ≥ at least; ≈ about; * part of the scope only; ✎ set by the analyst; — not reported; ⋯ statements without a stated total. Parts, themes and checks follow the workbench&apos;s scheme and audit rules; every figure can be traced to its sentence in the Indicators view.</source>
        <translation>表中标记：≥ 至少；≈ 约数；* 仅部分范围；✎ 分析人员设定；— 未报告；⋯ 有分项表述但无总数。各部分、主题和审查项依照对照的方案和审查规则；每个数值均可在“指标”视图中追溯到其原句。</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>目录</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 of %n report(s) give a figure; the highest is %3 with %4, the lowest %5 with %6.</source>
        <translation>
            <numerusform>%1：%n份报告中有%2份给出数值；最高为%3（%4），最低为%5（%6）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Source: the reports compared (see the overview); figures read by Duizhao on %1.</source>
        <translation>来源：所对照的报告（见概况）；数据由对照于%1提取。</translation>
    </message>
    <message>
        <source>No shortcoming the same body&apos;s report of the year before admitted is admitted again.</source>
        <translation>同一机关上一年度报告所列的不足，本年度均未再次出现。</translation>
    </message>
    <message numerus="yes">
        <source>%1 admits again %n shortcoming(s) that %2 admitted the year before.</source>
        <translation>
            <numerusform>%1再次承认了%2已提出的%n项不足。</numerusform>
        </translation>
    </message>
    <message>
        <source>The table gives the words of both years.</source>
        <translation>下表列出两个年度的原文表述。</translation>
    </message>
</context>
<context>
    <name>Dz::ConnectionKeeper</name>
    <message>
        <source>the connection to the server was lost</source>
        <translation>与服务器的连接已断开</translation>
    </message>
</context>
<context>
    <name>Dz::Deck</name>
    <message>
        <source>Rule-of-law reports compared</source>
        <translation>法治政府建设情况报告对照</translation>
    </message>
</context>
<context>
    <name>Dz::DeckFormat</name>
    <message>
        <source>The deck is in format %1, which this version of Duizhao does not read.</source>
        <translation>演示文稿为第 %1 版格式，本版本“对照”无法读取。</translation>
    </message>
    <message>
        <source>Slide %1 of the deck: %2</source>
        <translation>演示文稿第 %1 页：%2</translation>
    </message>
    <message>
        <source>Slide %1 of the deck is of no known kind (“%2”).</source>
        <translation>演示文稿第 %1 页的类型无法识别（“%2”）。</translation>
    </message>
</context>
<context>
    <name>Dz::DeckPane</name>
    <message>
        <source>Chart</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>表格</translation>
    </message>
    <message>
        <source>Export Deck</source>
        <translation>导出演示文稿</translation>
    </message>
    <message>
        <source>PowerPoint deck (*.pptx)</source>
        <translation>PowerPoint 演示文稿 (*.pptx)</translation>
    </message>
    <message>
        <source>Move the slide up</source>
        <translation>上移此页</translation>
    </message>
    <message>
        <source>Move the slide down</source>
        <translation>下移此页</translation>
    </message>
    <message>
        <source>Remove the slide</source>
        <translation>删除此页</translation>
    </message>
    <message>
        <source>Add Indicator Table</source>
        <translation>加入指标表</translation>
    </message>
    <message>
        <source>Add Weakness Matrix</source>
        <translation>加入不足矩阵</translation>
    </message>
    <message>
        <source>Charts as pictures</source>
        <translation>图表以图片插入</translation>
    </message>
    <message>
        <source>Off: native charts that PowerPoint and WPS can edit (Edit Data shows the figures). On: pictures of the charts as drawn here.</source>
        <translation>关闭：PowerPoint 和 WPS 可编辑的原生图表（“编辑数据”可见数字）。打开：与此处显示一致的图表图片。</translation>
    </message>
    <message>
        <source>Export Deck…</source>
        <translation>导出演示文稿…</translation>
    </message>
    <message>
        <source>Edit Slide</source>
        <translation>编辑幻灯片</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>说明(&amp;N)：</translation>
    </message>
    <message>
        <source>Add to Deck</source>
        <translation>加入演示文稿</translation>
    </message>
    <message>
        <source>Add slide “%1”</source>
        <translation>加入幻灯片“%1”</translation>
    </message>
    <message>
        <source>Move slide “%1”</source>
        <translation>移动幻灯片“%1”</translation>
    </message>
    <message>
        <source>Remove slide “%1”</source>
        <translation>删除幻灯片“%1”</translation>
    </message>
    <message>
        <source>Edit slide “%1”</source>
        <translation>编辑幻灯片“%1”</translation>
    </message>
    <message>
        <source>Edit the deck&apos;s title</source>
        <translation>编辑演示文稿标题</translation>
    </message>
    <message>
        <source>Edit the deck&apos;s subtitle</source>
        <translation>编辑演示文稿副标题</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>标题：</translation>
    </message>
    <message>
        <source>Subtitle:</source>
        <translation>副标题：</translation>
    </message>
    <message>
        <source>The title slide&apos;s title</source>
        <translation>标题页的标题</translation>
    </message>
    <message>
        <source>The title slide&apos;s subtitle; empty: the reports compared and the date</source>
        <translation>标题页的副标题；留空时为所对照的报告和日期</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Edit the slide&apos;s title and note (or double-click it)</source>
        <translation>编辑此页的标题和说明（或双击该页）</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Slide 1 is the title slide; charts come from the Indicators view (Add to Deck). The deck is kept in the project.</source>
        <translation>第 1 页为标题页；图表来自“指标”视图（加入演示文稿）。演示文稿保存在项目中。</translation>
    </message>
</context>
<context>
    <name>Dz::DeckSlide</name>
    <message>
        <source>No report gives a figure for “%1”: the chart would be empty.</source>
        <translation>没有报告给出“%1”的数字，图表将是空的。</translation>
    </message>
    <message>
        <source>“%1” has no rows: the slide would be empty.</source>
        <translation>“%1”没有任何行，幻灯片将是空的。</translation>
    </message>
    <message>
        <source>“%1” has nothing beside the reports&apos; names: the slide would be empty.</source>
        <translation>“%1”除报告名称外没有任何内容，幻灯片将是空的。</translation>
    </message>
</context>
<context>
    <name>Dz::DocumentReader</name>
    <message>
        <source>%1: the file is empty.</source>
        <translation>%1：文件为空。</translation>
    </message>
    <message>
        <source>%1: the page has no content.</source>
        <translation>%1：网页没有内容。</translation>
    </message>
    <message>
        <source>%1: no article found in the page (no block of Chinese text outside navigation and link lists).</source>
        <translation>%1：网页中找不到正文（导航和链接列表之外没有中文段落）。</translation>
    </message>
    <message>
        <source>%1: no article found in the page.</source>
        <translation>%1：网页中找不到正文。</translation>
    </message>
    <message>
        <source>%1: the page cannot be parsed as HTML.</source>
        <translation>%1：无法按 HTML 解析该网页。</translation>
    </message>
    <message>
        <source>%1: not a web address (it should start with http:// or https://).</source>
        <translation>%1：不是网址（应以 http:// 或 https:// 开头）。</translation>
    </message>
    <message numerus="yes">
        <source>%1: no answer within %n second(s); the site may be down or slow. Try again later.</source>
        <translation>
            <numerusform>%1：%n 秒内没有响应；网站可能无法访问或过慢，请稍后再试。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the site answered %2 (%3).</source>
        <translation>%1：网站返回 %2（%3）。</translation>
    </message>
    <message>
        <source>%1: cannot be fetched: %2.</source>
        <translation>%1：无法获取：%2。</translation>
    </message>
    <message>
        <source>%1: the site sent an empty page.</source>
        <translation>%1：网站返回了空白页。</translation>
    </message>
    <message>
        <source>%1: the page is larger than %2 MiB, more than any report; it was not fetched.</source>
        <translation>%1：网页超过 %2 MiB，远大于任何报告，未下载。</translation>
    </message>
</context>
<context>
    <name>Dz::DocxDocument</name>
    <message>
        <source>The table “%1” has no columns.</source>
        <translation>表格“%1”没有列。</translation>
    </message>
    <message>
        <source>The picture “%1” is not a PNG image.</source>
        <translation>图片“%1”不是 PNG 图像。</translation>
    </message>
</context>
<context>
    <name>Dz::DocxReader</name>
    <message>
        <source>%1: the document is encrypted (protected by a password); save it without a password and import it again.</source>
        <translation>%1：文档已加密（设有密码）；请另存为无密码的文档后再导入。</translation>
    </message>
    <message>
        <source>%1: not a Word document: the package has no word/document.xml.</source>
        <translation>%1：不是 Word 文档：包中没有 word/document.xml。</translation>
    </message>
    <message>
        <source>%1: the document is damaged: its text (%2) is not well-formed XML.</source>
        <translation>%1：文档已损坏：正文（%2）不是格式正确的 XML。</translation>
    </message>
    <message>
        <source>%1: the document has no text (it may hold only pictures or scans).</source>
        <translation>%1：文档没有文字（可能只有图片或扫描件）。</translation>
    </message>
</context>
<context>
    <name>Dz::ExportLocations</name>
    <message>
        <source>Exported “%1” (%2) to %3.</source>
        <translation>已导出“%1”（%2）至 %3。</translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation>打开文件夹</translation>
    </message>
</context>
<context>
    <name>Dz::ExportNaming</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1及另外%n份</numerusform>
        </translation>
    </message>
    <message>
        <source>export</source>
        <translation>导出</translation>
    </message>
</context>
<context>
    <name>Dz::FileSaving</name>
    <message>
        <source>%1: is a folder; choose a file name to export to.</source>
        <translation>%1：这是文件夹；请选择要导出的文件名。</translation>
    </message>
    <message>
        <source>%1: cannot be written (%2).</source>
        <translation>%1：无法写入（%2）。</translation>
    </message>
    <message>
        <source>%1: is a named pipe that no program reads from; nothing was written.</source>
        <translation>%1：是一个没有程序读取的命名管道；未写入任何内容。</translation>
    </message>
    <message>
        <source>%1: is not a file (a socket or a disk device); nothing was written. Choose a file name.</source>
        <translation>%1：不是文件（是套接字或磁盘设备）；未写入任何内容。请选择一个文件名。</translation>
    </message>
</context>
<context>
    <name>Dz::Gazetteer</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: entry %2 of &quot;%3&quot; is not [code, name, short forms, parent]</source>
        <translation>%1：“%3”的第 %2 项不是 [代码, 名称, 简称, 上级]</translation>
    </message>
    <message>
        <source>%1: the code %2 occurs twice</source>
        <translation>%1：代码 %2 出现了两次</translation>
    </message>
    <message>
        <source>%1: no &quot;units&quot;</source>
        <translation>%1：没有“units”</translation>
    </message>
    <message>
        <source>%1: %2 names the parent %3, which is not listed</source>
        <translation>%1：%2 的上级 %3 不在列表中</translation>
    </message>
    <message>
        <source>agencies.json: %1</source>
        <translation>agencies.json：%1</translation>
    </message>
    <message>
        <source>agencies.json: an agency without &quot;full&quot;</source>
        <translation>agencies.json：有机构缺少“full”</translation>
    </message>
    <message>
        <source>%1: townships listed under %2, which is not a county</source>
        <translation>%1：乡级单位列在 %2 之下，但它不是县级单位</translation>
    </message>
    <message>
        <source>%1: township entry %2 of %3 is not &quot;NNN名称&quot;</source>
        <translation>%1：%3 的第 %2 个乡级条目不是“NNN名称”</translation>
    </message>
    <message>
        <source>agencies.json: %1 is listed twice</source>
        <translation>agencies.json：%1 列出了两次</translation>
    </message>
    <message>
        <source>agencies.json: %1&apos;s end form %2 is not one of its forms</source>
        <translation>agencies.json：%1 的词尾形式 %2 不是它的写法之一</translation>
    </message>
    <message>
        <source>agencies.json: %1 names the parent %2, which is not listed</source>
        <translation>agencies.json：%1 的上级 %2 未列出</translation>
    </message>
    <message>
        <source>agencies.json: a unit without &quot;suffix&quot;</source>
        <translation>agencies.json：有一个下属单位没有“suffix”</translation>
    </message>
    <message>
        <source>agencies.json: the unit %1 names %2 → %3, which are not both listed</source>
        <translation>agencies.json：下属单位 %1 写了 %2 → %3，二者并未都列出</translation>
    </message>
    <message>
        <source>agencies.json: the unit %1 names the agency %2, which is not listed</source>
        <translation>agencies.json：下属单位 %1 所属机关 %2 未列出</translation>
    </message>
</context>
<context>
    <name>Dz::HelpActions</name>
    <message>
        <source>&amp;User Guide</source>
        <translation>使用指南(&amp;U)</translation>
    </message>
    <message>
        <source>The user guide: views, workflow, marks and corrections</source>
        <translation>使用指南：各视图、工作流程、标记和更正</translation>
    </message>
    <message>
        <source>Help on This &amp;View</source>
        <translation>当前视图帮助(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Welcome</source>
        <translation>欢迎(&amp;W)</translation>
    </message>
</context>
<context>
    <name>Dz::HelpSystem</name>
    <message>
        <source>The user guide is not installed: %1 is missing.</source>
        <translation>未安装使用指南：缺少 %1。</translation>
    </message>
    <message>
        <source>The user guide cannot be opened: the folder %1 cannot be made.</source>
        <translation>无法打开使用指南：无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>The user guide cannot be opened: %1</source>
        <translation>无法打开使用指南：%1</translation>
    </message>
    <message>
        <source>The user guide cannot be opened: %1 is not a Qt help file.</source>
        <translation>无法打开使用指南：%1 不是 Qt 帮助文件。</translation>
    </message>
</context>
<context>
    <name>Dz::HelpWindow</name>
    <message>
        <source>%1 — Duizhao User Guide</source>
        <translation>%1 — 对照使用指南</translation>
    </message>
    <message>
        <source>No page holds “%1”.</source>
        <translation>没有页面包含“%1”。</translation>
    </message>
    <message>
        <source>Duizhao User Guide</source>
        <translation>对照使用指南</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>索引</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Look for a keyword</source>
        <translation>查找关键词</translation>
    </message>
    <message>
        <source>Search the guide, then Enter</source>
        <translation>搜索指南，按回车</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>后退</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>前进</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>首页</translation>
    </message>
</context>
<context>
    <name>Dz::HtmlReader</name>
    <message>
        <source>%1: the page declares the encoding &quot;%2&quot;, which cannot be read.</source>
        <translation>%1：网页声明的编码“%2”无法读取。</translation>
    </message>
    <message>
        <source>%1: the page declares the encoding &quot;%2&quot; but is not valid in it.</source>
        <translation>%1：网页声明的编码为“%2”，但内容不符合该编码。</translation>
    </message>
    <message>
        <source>%1: the page declares no encoding and is neither valid UTF-8 nor GBK/GB18030.</source>
        <translation>%1：网页未声明编码，且既不是有效的 UTF-8，也不是 GBK/GB18030。</translation>
    </message>
    <message>
        <source>%1: refused: the page has more than %2 elements, far more than a page of a report (a damaged or hostile file).</source>
        <translation>%1：已拒绝：该网页含有超过 %2 个元素，远超一篇报告的网页（文件已损坏或为恶意构造）。</translation>
    </message>
    <message>
        <source>page</source>
        <translation>网页</translation>
    </message>
    <message>
        <source>%1: only %2 of the page&apos;s %3 Chinese characters outside links were kept as the report&apos;s text; the rest was taken for navigation or page furniture. Compare the text with the page.</source>
        <translation>%1：网页链接以外的 %3 个汉字中只有 %2 个被保留为报告正文；其余被视为导航或页面附属内容。请将正文与网页核对。</translation>
    </message>
</context>
<context>
    <name>Dz::IdentityDialog</name>
    <message>
        <source>Edit Identity</source>
        <translation>编辑报告身份</translation>
    </message>
    <message>
        <source>Values you enter replace what was read from the report; leave a field empty to use the value found.</source>
        <translation>此处填写的值将替换从报告中读取的值；留空则使用读取到的值。</translation>
    </message>
    <message>
        <source>&amp;Issuer</source>
        <translation>发文单位(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Year reported on</source>
        <translation>报告年度(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;Published</source>
        <translation>发布日期(&amp;P)</translation>
    </message>
    <message>
        <source>%1 (code %2)</source>
        <translation>%1（代码 %2）</translation>
    </message>
    <message>
        <source>Region found:</source>
        <translation>读取到的地区：</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>说明：</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>未读取到</translation>
    </message>
    <message>
        <source>found: %1</source>
        <translation>读取到：%1</translation>
    </message>
    <message>
        <source>Found “%1” (%2)</source>
        <translation>读取到“%1”（%2）</translation>
    </message>
    <message>
        <source>&amp;Place (district, 街道, 乡镇…)</source>
        <translation>地方(&amp;P)（区县、街道、乡镇…）</translation>
    </message>
    <message>
        <source>Parent &amp;body</source>
        <translation>上级机关(&amp;B)</translation>
    </message>
    <message>
        <source>Not one place of the gazetteer (unknown, or a name several places share: write its county or city in front): kept as written.</source>
        <translation>不是地名库中的唯一地方（未收录，或多个地方同名：请在前面写上所属县市区），按所写保留。</translation>
    </message>
</context>
<context>
    <name>Dz::IndicatorCatalog</name>
    <message>
        <source>%1: the pattern “%2” in &quot;%3&quot; is not a valid regular expression: %4</source>
        <translation>%1：“%3”中的模式“%2”不是有效的正则表达式：%4</translation>
    </message>
    <message>
        <source>%1: &quot;parts&quot; names “%2”, which is not a part of the scheme %3</source>
        <translation>%1：“parts”中的“%2”不是方案 %3 的部分</translation>
    </message>
    <message>
        <source>%1 has no &quot;unit&quot;</source>
        <translation>%1 缺少“unit”</translation>
    </message>
    <message>
        <source>%1: unknown &quot;method&quot; “%2” (use statement or events)</source>
        <translation>%1：未知的“method”“%2”（请用 statement 或 events）</translation>
    </message>
    <message>
        <source>%1 must list its &quot;measureWords&quot;</source>
        <translation>%1 必须列出“measureWords”</translation>
    </message>
    <message>
        <source>%1: &quot;themeAnchors&quot; must be an object of theme id → terms</source>
        <translation>%1：“themeAnchors”必须是“主题 id → 词语”的对象</translation>
    </message>
    <message>
        <source>%1: &quot;themeAnchors&quot; names “%2”, which is not a theme of the scheme %3</source>
        <translation>%1：“themeAnchors”中的“%2”不是方案 %3 的主题</translation>
    </message>
    <message>
        <source>%1 needs &quot;anchors&quot; or &quot;themeAnchors&quot;</source>
        <translation>%1 需要“anchors”或“themeAnchors”</translation>
    </message>
    <message>
        <source>%1: an events indicator needs an &quot;eventTerm&quot;</source>
        <translation>%1：事件类指标需要“eventTerm”</translation>
    </message>
    <message>
        <source>Cannot read the indicator file %1: %2</source>
        <translation>无法读取指标文件 %1：%2</translation>
    </message>
    <message>
        <source>The indicator file %1 is not valid: %2</source>
        <translation>指标文件 %1 无效：%2</translation>
    </message>
    <message>
        <source>the catalog has no &quot;id&quot;</source>
        <translation>指标目录缺少“id”</translation>
    </message>
    <message>
        <source>the defaults</source>
        <translation>默认设置</translation>
    </message>
    <message>
        <source>&quot;indicators&quot; must be a non-empty array</source>
        <translation>“indicators”必须是非空数组</translation>
    </message>
    <message>
        <source>indicator %1 needs an &quot;id&quot; without commas or spaces</source>
        <translation>第 %1 个指标需要一个不含逗号和空格的“id”</translation>
    </message>
    <message>
        <source>the indicator id “%1” is used twice</source>
        <translation>指标 id“%1”重复出现</translation>
    </message>
    <message>
        <source>indicator %1</source>
        <translation>指标 %1</translation>
    </message>
    <message>
        <source>Unknown indicator “%1”. Known indicators: %2.</source>
        <translation>未知指标“%1”。可用指标：%2。</translation>
    </message>
</context>
<context>
    <name>Dz::IndicatorChartBuilder</name>
    <message>
        <source>Not reported</source>
        <translation>未报告</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation>（%1）</translation>
    </message>
    <message>
        <source>≥: at least (the report says 余/多/以上)</source>
        <translation>≥：至少（报告原文为“余/多/以上”）</translation>
    </message>
    <message>
        <source>*: covers part of the scope only</source>
        <translation>*：仅涵盖部分范围</translation>
    </message>
    <message>
        <source>hatched: a lower bound, a range or part of the scope</source>
        <translation>斜线填充：下限、区间或部分范围</translation>
    </message>
    <message>
        <source>✎: value set by the analyst</source>
        <translation>✎：分析员设定的数值</translation>
    </message>
    <message>
        <source>Not reported: the report gives no figure (no bar, not zero)</source>
        <translation>未报告：报告未给出数字（不画柱，不是零）</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>No stated total</source>
        <translation>未给出总数</translation>
    </message>
    <message>
        <source>No stated total: the report lists activities with figures but gives no total (see the indicator table)</source>
        <translation>未给出总数：报告列出了带数字的活动，但没有总数（见指标表）</translation>
    </message>
    <message>
        <source>YoY: change on the year before; “on 2018”: change on the last year reported</source>
        <translation>同比：较上一年度的变化；“较2018年”：较最近一个有报告年度的变化</translation>
    </message>
    <message>
        <source>the value axis starts at 0</source>
        <translation>数值轴从 0 开始</translation>
    </message>
    <message>
        <source>YoY %1</source>
        <translation>同比 %1</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>较%2年 %1</translation>
    </message>
</context>
<context>
    <name>Dz::IndicatorExport</name>
    <message>
        <source>Source: rule-of-law reports of %1; figures extracted by Duizhao on %2.</source>
        <translation>来源：%1 法治政府建设情况报告；数字由对照（Duizhao）于 %2 提取。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Indicators by report</source>
        <translation>各报告指标</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>≥ at least; ≈ about; * part of the scope only; ✎ set by the analyst; — not reported; ⋯ statements without a stated total</source>
        <translation>≥ 至少；≈ 约；* 仅部分范围；✎ 分析员设定；— 未报告；⋯ 有表述但无总数</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Qualifier</source>
        <translation>限定</translation>
    </message>
    <message>
        <source>Lower</source>
        <translation>下限</translation>
    </message>
    <message>
        <source>Upper</source>
        <translation>上限</translation>
    </message>
    <message>
        <source>Analyst&apos;s value</source>
        <translation>分析员设定</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>章节</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>依据</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>As shown</source>
        <translation>显示值</translation>
    </message>
    <message>
        <source>Weaknesses admitted, by theme</source>
        <translation>各报告承认的不足（按主题）</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>no part</source>
        <translation>无此部分</translation>
    </message>
    <message>
        <source>Source: rule-of-law reports of %1; shortcomings read by Duizhao on %2.</source>
        <translation>来源：%1 的法治政府建设情况报告；不足由对照于 %2 识别。</translation>
    </message>
    <message>
        <source>Items (shortcomings and causes) per theme, an item with two themes under both; empty: none; “no part”: the report has no shortcomings part at all</source>
        <translation>按主题统计的条目数（不足与原因），有两个主题的条目两处都计；空白：无；“无此部分”：报告根本没有存在的不足部分</translation>
    </message>
    <message>
        <source>Statements added up</source>
        <translation>相加的表述</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>未报告</translation>
    </message>
    <message>
        <source>sum of statements</source>
        <translation>表述之和</translation>
    </message>
</context>
<context>
    <name>Dz::IndicatorFormat</name>
    <message>
        <source>not reported</source>
        <translation>未报告</translation>
    </message>
    <message numerus="yes">
        <source>no stated total; %n statement(s) found</source>
        <translation>
            <numerusform>未给出总数；找到 %n 处表述</numerusform>
        </translation>
    </message>
    <message>
        <source>evidence: %1</source>
        <translation>依据：%1</translation>
    </message>
    <message>
        <source>analyst&apos;s value</source>
        <translation>分析人员的值</translation>
    </message>
    <message>
        <source>analyst&apos;s value: %1</source>
        <translation>分析人员的值：%1</translation>
    </message>
</context>
<context>
    <name>Dz::IndicatorTableModel</name>
    <message>
        <source>Analyst&apos;s value: %1 %2</source>
        <translation>分析员的取值：%1 %2</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>说明：%1</translation>
    </message>
    <message>
        <source>Extracted: %1 %2</source>
        <translation>提取值：%1 %2</translation>
    </message>
    <message>
        <source>* covers part of the scope only</source>
        <translation>* 仅涵盖部分范围</translation>
    </message>
    <message numerus="yes">
        <source>No stated total; %n statement(s) to choose from:</source>
        <translation>
            <numerusform>未给出总数；有 %n 处表述可选：</numerusform>
        </translation>
    </message>
    <message>
        <source>Not reported</source>
        <translation>未报告</translation>
    </message>
    <message>
        <source>Evidence: %1</source>
        <translation>依据：%1</translation>
    </message>
    <message>
        <source>Section: %1</source>
        <translation>章节：%1</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>%1 — value (%2)</source>
        <translation>%1 — 数值（%2）</translation>
    </message>
    <message>
        <source>Not reported, says the analyst</source>
        <translation>分析员认定：未报告</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>原因：%1</translation>
    </message>
    <message numerus="yes">
        <source>Analyst&apos;s value: %1 %2, the sum of %n statement(s):</source>
        <translation>
            <numerusform>分析员的取值：%1 %2，为以下 %n 处表述之和：</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dz::IndicatorsPane</name>
    <message>
        <source>Show Evidence</source>
        <translation>查看依据</translation>
    </message>
    <message>
        <source>Set Value…</source>
        <translation>设定数值…</translation>
    </message>
    <message>
        <source>Use a Statement</source>
        <translation>采用某处表述</translation>
    </message>
    <message>
        <source>Chosen statement: %1</source>
        <translation>所选表述：%1</translation>
    </message>
    <message>
        <source>Reset to Extracted Value</source>
        <translation>恢复为提取值</translation>
    </message>
    <message>
        <source>Export Indicator Table</source>
        <translation>导出指标表</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>The table as CSV: shown values with their marks, and plain numbers</source>
        <translation>将表格导出为 CSV：带标记的显示值和纯数字</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG image (*.svg);;PDF document (*.pdf)</source>
        <translation>PNG 图片 (*.png);;SVG 图片 (*.svg);;PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>In report order</source>
        <translation>按报告顺序</translation>
    </message>
    <message>
        <source>Largest first</source>
        <translation>从大到小</translation>
    </message>
    <message>
        <source>Years as columns</source>
        <translation>年份为柱</translation>
    </message>
    <message>
        <source>Years as lines</source>
        <translation>年份为折线</translation>
    </message>
    <message>
        <source>Export width in pixels</source>
        <translation>导出宽度（像素）</translation>
    </message>
    <message>
        <source>Export height in pixels</source>
        <translation>导出高度（像素）</translation>
    </message>
    <message>
        <source>Export scale: 2 gives a sharp picture on high-resolution screens and projectors</source>
        <translation>导出倍率：2 倍可在高分辨率屏幕和投影上保持清晰</translation>
    </message>
    <message>
        <source>Export Chart…</source>
        <translation>导出图表…</translation>
    </message>
    <message>
        <source>PNG, SVG or vector PDF at the size above</source>
        <translation>按上面的尺寸导出 PNG、SVG 或矢量 PDF</translation>
    </message>
    <message>
        <source>Copy Chart</source>
        <translation>复制图表</translation>
    </message>
    <message>
        <source>The chart on the clipboard as PNG and SVG</source>
        <translation>以 PNG 和 SVG 格式复制到剪贴板</translation>
    </message>
    <message>
        <source>Add to Deck</source>
        <translation>加入演示文稿</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Export XLSX…</source>
        <translation>导出 XLSX…</translation>
    </message>
    <message>
        <source>A workbook: the numbers, the values as shown, and each value&apos;s evidence</source>
        <translation>工作簿：纯数字、显示值，以及每个数值的依据</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Not Reported…</source>
        <translation>未报告…</translation>
    </message>
    <message>
        <source>Sum Statements…</source>
        <translation>表述求和…</translation>
    </message>
    <message>
        <source>Every body</source>
        <translation>全部机关</translation>
    </message>
    <message>
        <source>A bar per report</source>
        <translation>每份报告一条</translation>
    </message>
    <message>
        <source>When a body is reported on for several years: its trend, each year in its place, with the change on the year before (同比)</source>
        <translation>同一机关有多个年度的报告时：绘出其趋势，各年度按实际间隔排列，并标出同比变化</translation>
    </message>
    <message>
        <source>Whose trend: one body, or every body compared</source>
        <translation>谁的趋势：某一机关，或全部对照的机关</translation>
    </message>
    <message>
        <source>Each indicator checked is a chart of its own, on its own axis</source>
        <translation>每个勾选的指标单独成图，各有自己的数值轴</translation>
    </message>
    <message>
        <source>Add the charts shown to the deck, a slide each</source>
        <translation>将所示图表加入演示文稿，每图一页</translation>
    </message>
</context>
<context>
    <name>Dz::JsonValidator</name>
    <message>
        <source>%1: &quot;label&quot; must be an object with &quot;zh&quot; and &quot;en&quot;</source>
        <translation>%1：“label”必须是包含“zh”和“en”的对象</translation>
    </message>
    <message>
        <source>%1: the label has no &quot;zh&quot; text</source>
        <translation>%1：label 缺少“zh”文本</translation>
    </message>
    <message>
        <source>%1: the label has no &quot;en&quot; text</source>
        <translation>%1：label 缺少“en”文本</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be an array of strings</source>
        <translation>%1：“%2”必须是字符串数组</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must hold non-empty strings</source>
        <translation>%1：“%2”中的字符串不能为空</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be an array of {&quot;term&quot;, &quot;weight&quot;}</source>
        <translation>%1：“%2”必须是由 {&quot;term&quot;, &quot;weight&quot;} 组成的数组</translation>
    </message>
    <message>
        <source>%1: cue %2 of &quot;%3&quot; has no term</source>
        <translation>%1：“%3”的第 %2 个提示词没有 term</translation>
    </message>
    <message>
        <source>%1: cue &quot;%2&quot; needs a positive numeric weight (at most 100)</source>
        <translation>%1：提示词“%2”需要一个正数权重（不超过 100）</translation>
    </message>
    <message>
        <source>%1: cue &quot;%2&quot; is listed twice in &quot;%3&quot;</source>
        <translation>%1：提示词“%2”在“%3”中出现了两次</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must list at least one cue</source>
        <translation>%1：“%2”至少要列出一个提示词</translation>
    </message>
    <message>
        <source>JSON syntax error at byte %1: %2</source>
        <translation>第 %1 字节处 JSON 语法错误：%2</translation>
    </message>
    <message>
        <source>the top level must be a JSON object</source>
        <translation>顶层必须是 JSON 对象</translation>
    </message>
    <message>
        <source>&quot;format&quot; must be &quot;%1&quot;</source>
        <translation>“format”必须是“%1”</translation>
    </message>
    <message>
        <source>unsupported &quot;version&quot; %1 (this build reads version %2)</source>
        <translation>不支持的 &quot;version&quot; %1（本版本读取第 %2 版）</translation>
    </message>
</context>
<context>
    <name>Dz::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;System Language</source>
        <translation>系统语言(&amp;S)</translation>
    </message>
    <message>
        <source>中文 (Chinese)</source>
        <extracomment>The language&apos;s own name, shown in every language.</extracomment>
        <translation>中文</translation>
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
        <translation>%1：文档已加密（设有密码）；请另存为无密码的文档后再导入。</translation>
    </message>
    <message>
        <source>%1: a %2 document; reading it needs LibreOffice, which is not installed (on Debian or Ubuntu: apt install libreoffice-writer-nogui). Or save it as .docx and import that.</source>
        <translation>%1：这是 %2 文档；读取它需要 LibreOffice，但未安装（Debian 或 Ubuntu 上：apt install libreoffice-writer-nogui）。也可另存为 .docx 后导入。</translation>
    </message>
    <message>
        <source>%1: no temporary folder for the conversion (%2).</source>
        <translation>%1：没有可用于转换的临时文件夹（%2）。</translation>
    </message>
    <message>
        <source>%1: cannot write the copy to convert (%2).</source>
        <translation>%1：无法写入待转换的副本（%2）。</translation>
    </message>
    <message>
        <source>%1: LibreOffice (%2) could not be started: %3.</source>
        <translation>%1：无法启动 LibreOffice（%2）：%3。</translation>
    </message>
    <message numerus="yes">
        <source>%1: LibreOffice did not finish converting it within %n second(s).</source>
        <translation>
            <numerusform>%1：LibreOffice 未能在 %n 秒内完成转换。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: LibreOffice could not convert it (the file may be damaged or encrypted): %2</source>
        <translation>%1：LibreOffice 无法转换该文件（文件可能已损坏或加密）：%2</translation>
    </message>
    <message>
        <source>%1: a %2 document; LibreOffice (%3) is installed without Writer, its word processor, which reading it needs (on Debian or Ubuntu: apt install libreoffice-writer-nogui).</source>
        <translation>%1：这是 %2 文档；已安装的 LibreOffice（%3）缺少读取它所需的文字处理组件 Writer（Debian 或 Ubuntu 上：apt install libreoffice-writer-nogui）。</translation>
    </message>
</context>
<context>
    <name>Dz::MainWindow</name>
    <message>
        <source>About Duizhao</source>
        <translation>关于对照</translation>
    </message>
    <message>
        <source>Duizhao (对照) %1

Compares the rule-of-law reports of Chinese government bodies: reads them, outlines their headings and shows them side by side.</source>
        <translation>对照（Duizhao）%1

对照各级政府部门的法治政府建设情况报告：读取报告，梳理各级标题，并排展示。</translation>
    </message>
    <message>
        <source>%1 — Duizhao</source>
        <translation>%1 — 对照</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;About Duizhao</source>
        <translation>关于对照(&amp;A)</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>提纲</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>对照</translation>
    </message>
    <message>
        <source>The reports side by side, section by section</source>
        <translation>各报告按章节并排对照</translation>
    </message>
    <message>
        <source>Matrix</source>
        <translation>矩阵</translation>
    </message>
    <message>
        <source>Sections × reports: the first lines of each; double-click to read one in full</source>
        <translation>章节 × 报告：各章节的开头几行；双击可阅读全文</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>单篇报告</translation>
    </message>
    <message>
        <source>One report with its outline</source>
        <translation>单篇报告及其提纲</translation>
    </message>
    <message>
        <source>Navigator</source>
        <translation>导航</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Figures of every report: double-click for the evidence, right-click to set a value</source>
        <translation>各报告的数字：双击查看依据，右键设定数值</translation>
    </message>
    <message>
        <source>Deck</source>
        <translation>演示文稿</translation>
    </message>
    <message>
        <source>Weaknesses</source>
        <translation>存在的不足</translation>
    </message>
    <message>
        <source>What each report admits (存在的不足), by theme</source>
        <translation>各报告承认的不足，按主题归类</translation>
    </message>
    <message>
        <source>Untitled project</source>
        <translation>未命名项目</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1（只读）</translation>
    </message>
    <message>
        <source>%1 — %2 — Duizhao</source>
        <translation>%1 — %2 — 对照</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>撤销“%1”(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>重做“%1”(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近的项目(&amp;R)</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>批注</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>审查</translation>
    </message>
    <message>
        <source>Which reports meet the rules, which were copied, what became of last year&apos;s plans</source>
        <translation>哪些报告符合规则、哪些有雷同文字、上年安排落实如何</translation>
    </message>
    <message>
        <source>Checking the project</source>
        <translation>正在检查项目</translation>
    </message>
    <message>
        <source>%1: SQLite&apos;s integrity check: %2</source>
        <translation>%1：SQLite 完整性检查：%2</translation>
    </message>
    <message>
        <source>Check Project</source>
        <translation>检查项目</translation>
    </message>
    <message>
        <source>Nothing wrong was found in the project.</source>
        <translation>项目中未发现问题。</translation>
    </message>
    <message>
        <source>The project is damaged.</source>
        <translation>项目已损坏。</translation>
    </message>
    <message numerus="yes">
        <source>Connected to the server again; %n change(s) made meanwhile were read.</source>
        <translation>
            <numerusform>已重新连接服务器；读入了其间的 %n 项改动。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (offline)</source>
        <translation>%1（离线）</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>改动记录</translation>
    </message>
    <message>
        <source>Re&amp;connect</source>
        <translation>重新连接(&amp;C)</translation>
    </message>
    <message>
        <source>Connect to the project&apos;s server again now, instead of waiting for the next attempt</source>
        <translation>现在就重新连接项目服务器，不等下一次自动尝试</translation>
    </message>
</context>
<context>
    <name>Dz::MetadataExtractor</name>
    <message>
        <source>composed: region from the %1, agency from the page header (来源)</source>
        <translation>组合而成：地区取自%1，机关取自页面头部（来源）</translation>
    </message>
    <message numerus="yes">
        <source>composed: region from the %1, agency named %n time(s) in the text</source>
        <translation>
            <numerusform>组合而成：地区取自%1，机关在正文中出现 %n 次</numerusform>
        </translation>
    </message>
    <message>
        <source>the year before publication</source>
        <translation>发布年份的前一年</translation>
    </message>
    <message>
        <source>first heading</source>
        <translation>第一个标题</translation>
    </message>
    <message>
        <source>%1 is not in the gazetteer (%2 %3): the region is left open</source>
        <translation>%1 不在行政区划表中（%2 %3）：地区暂不确定</translation>
    </message>
    <message numerus="yes">
        <source>%1 names only its level: %2, named %n time(s) in the report, is inferred</source>
        <translation>
            <numerusform>%1 只写了层级：推定为报告中出现 %n 次的%2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 names only its level, and the report names %2 equally often: the region is left open</source>
        <translation>%1 只写了层级，而报告中 %2 出现次数相同：地区暂不确定</translation>
    </message>
    <message numerus="yes">
        <source>%1 names %n place(s): %2; nothing in the report, its furniture or its address says which</source>
        <translation>
            <numerusform>%1 对应 %n 个地方：%2；报告、页面附属信息和网址都没有说明是哪一个</numerusform>
        </translation>
    </message>
    <message>
        <source>title: the place alone, so its %1</source>
        <translation>标题：只写了地方，故为其%1</translation>
    </message>
    <message>
        <source>inferred: %1</source>
        <translation>推定：%1</translation>
    </message>
    <message>
        <source>composed: region from the %1, agency from the issuer&apos;s own words (%2)</source>
        <translation>组合而成：地区取自%1，机关取自发文单位的自称（%2）</translation>
    </message>
    <message>
        <source>only the site&apos;s banner names a body: %1 is taken as the issuer</source>
        <translation>只有网站标题栏写了机关：将%1作为发文单位</translation>
    </message>
</context>
<context>
    <name>Dz::NotReportedDialog</name>
    <message>
        <source>Not Reported</source>
        <translation>未报告</translation>
    </message>
    <message>
        <source>Why (e.g. the figure is the cases of one department only)</source>
        <translation>原因（例如：该数字仅为某一部门的案件数）</translation>
    </message>
    <message>
        <source>Extracted:</source>
        <translation>提取值：</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
</context>
<context>
    <name>Dz::OfdReader</name>
    <message>
        <source>%1: not an OFD document: the package has no OFD.xml.</source>
        <translation>%1：不是 OFD 文档：包中没有 OFD.xml。</translation>
    </message>
    <message>
        <source>%1: the OFD document is damaged: OFD.xml names no document root that the package holds.</source>
        <translation>%1：OFD 文档已损坏：OFD.xml 指向的文档根在包中不存在。</translation>
    </message>
    <message>
        <source>%1: the OFD document is damaged: %2 is not well-formed XML.</source>
        <translation>%1：OFD 文档已损坏：%2 不是格式正确的 XML。</translation>
    </message>
    <message>
        <source>%1: the OFD document has no pages.</source>
        <translation>%1：OFD 文档没有页面。</translation>
    </message>
    <message>
        <source>%1: the OFD document has no text (its pages may be scanned pictures).</source>
        <translation>%1：OFD 文档没有文字（页面可能是扫描图片）。</translation>
    </message>
    <message>
        <source>%1: the OFD document is damaged: it lists %2 pages but only %3 different ones.</source>
        <translation>%1：OFD 文档已损坏：页面列表有 %2 页，但只有 %3 个不同的页面。</translation>
    </message>
</context>
<context>
    <name>Dz::OoxmlPackage</name>
    <message>
        <source>Cannot start the zip container: %1</source>
        <translation>无法创建 zip 容器：%1</translation>
    </message>
    <message>
        <source>Cannot write the zip container: %1</source>
        <translation>无法写入 zip 容器：%1</translation>
    </message>
</context>
<context>
    <name>Dz::OutlineFormat</name>
    <message>
        <source>  district: %1   issuer: %2   year: %3   published: %4</source>
        <translation>  地区：%1   发文机关：%2   年度：%3   发布日期：%4</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>[no marker]</source>
        <translation>［无序号］</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>repaired: %1</source>
        <translation>已修正：%1</translation>
    </message>
    <message>
        <source>  region: %1   level: %2   code: %3</source>
        <translation>  地区：%1   级别：%2   代码：%3</translation>
    </message>
    <message>
        <source>open</source>
        <translation>未定</translation>
    </message>
    <message>
        <source>  issuer: %1</source>
        <translation>  发文单位：%1</translation>
    </message>
</context>
<context>
    <name>Dz::OutlineParser</name>
    <message>
        <source>No marker: read as 一、 because the next top-level heading is 二、.</source>
        <translation>无序号：因下一个一级标题为“二、”，按“一、”处理。</translation>
    </message>
    <message>
        <source>No marker: read as （一） because the next sub-heading is （二）.</source>
        <translation>无序号：因下一个二级标题为“（二）”，按“（一）”处理。</translation>
    </message>
    <message>
        <source>Marker “%1” is written with an Arabic numeral, but by position it is the top-level heading %2、 (after %3、).</source>
        <translation>序号“%1”使用了阿拉伯数字，但按位置应为一级标题“%2、”（位于“%3、”之后）。</translation>
    </message>
    <message>
        <source>Marker “%1” is a fourth-level marker with no 1. item above it; by position it is the second-level heading （%2） (after %3).</source>
        <translation>序号“%1”是四级序号，但其上没有“1.”级条目；按位置应为二级标题“（%2）”（位于%3之后）。</translation>
    </message>
    <message>
        <source>Numbered %1 but it is heading %2 at its level.</source>
        <translation>序号为 %1，但在本级中是第 %2 个标题。</translation>
    </message>
</context>
<context>
    <name>Dz::OverrideDialog</name>
    <message>
        <source>Set Value</source>
        <translation>设定数值</translation>
    </message>
    <message>
        <source>Why this value (e.g. the sum of the listed activities)</source>
        <translation>取此值的理由（例如所列活动之和）</translation>
    </message>
    <message>
        <source>Value:</source>
        <translation>数值：</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>说明：</translation>
    </message>
    <message>
        <source>Enter a number such as 175 or 18.25.</source>
        <translation>请输入数字，例如 175 或 18.25。</translation>
    </message>
</context>
<context>
    <name>Dz::PasteReportDialog</name>
    <message>
        <source>Paste as New Report</source>
        <translation>粘贴为新报告</translation>
    </message>
    <message>
        <source>clipboard</source>
        <translation>剪贴板</translation>
    </message>
    <message>
        <source>The clipboard holds no text to make a report of.</source>
        <translation>剪贴板中没有可生成报告的文字。</translation>
    </message>
    <message>
        <source>Add to Project</source>
        <translation>加入项目</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Pasted report</source>
        <translation>粘贴的报告</translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation>没有打开的项目。</translation>
    </message>
</context>
<context>
    <name>Dz::PdfOcr</name>
    <message>
        <source>Install Tesseract and its Simplified Chinese model (on Debian and Ubuntu: apt install tesseract-ocr tesseract-ocr-chi-sim).</source>
        <translation>请安装 Tesseract 及其简体中文模型（Debian 和 Ubuntu：apt install tesseract-ocr tesseract-ocr-chi-sim）。</translation>
    </message>
    <message>
        <source>Tesseract (the OCR program) is not installed.</source>
        <translation>未安装 Tesseract（OCR 文字识别程序）。</translation>
    </message>
    <message>
        <source>Tesseract (%1) does not answer.</source>
        <translation>Tesseract（%1）没有响应。</translation>
    </message>
    <message>
        <source>Tesseract is installed but not its Simplified Chinese model (chi_sim).</source>
        <translation>已安装 Tesseract，但未安装其简体中文模型（chi_sim）。</translation>
    </message>
    <message>
        <source>%1: a scanned PDF cannot be read by OCR here: %2</source>
        <translation>%1：此处无法用 OCR 读取扫描版 PDF：%2</translation>
    </message>
    <message>
        <source>%1: the PDF cannot be opened for OCR (damaged, locked by a password, or without pages).</source>
        <translation>%1：无法打开此 PDF 进行 OCR（文件损坏、有密码保护或没有页面）。</translation>
    </message>
    <message>
        <source>%1: OCR canceled.</source>
        <translation>%1：OCR 已取消。</translation>
    </message>
    <message>
        <source>%1: page %2 could not be rendered for OCR.</source>
        <translation>%1：第 %2 页无法渲染用于 OCR。</translation>
    </message>
    <message>
        <source>%1: Tesseract could not be started: %2</source>
        <translation>%1：无法启动 Tesseract：%2</translation>
    </message>
    <message>
        <source>%1: OCR of page %2 took longer than %3 s and was stopped.</source>
        <translation>%1：第 %2 页的 OCR 超过 %3 秒，已停止。</translation>
    </message>
    <message>
        <source>%1: OCR of page %2 failed: %3</source>
        <translation>%1：第 %2 页 OCR 失败：%3</translation>
    </message>
    <message numerus="yes">
        <source>%1: OCR found no text on the %n page(s) of this scan.</source>
        <translation>
            <numerusform>%1：OCR 在这份扫描件的 %n 页中没有识别出文字。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the scan has %2 pages; OCR reads at most %3 pages of a report (it takes seconds a page). Split the PDF and import the parts.</source>
        <translation>%1：该扫描件有 %2 页；OCR 每份报告最多识别 %3 页（每页需数秒）。请拆分 PDF 后分别导入。</translation>
    </message>
</context>
<context>
    <name>Dz::PdfReader</name>
    <message>
        <source>%1: not a PDF file (no %PDF header); the file may be damaged.</source>
        <translation>%1：不是 PDF 文件（没有 %PDF 文件头）；文件可能已损坏。</translation>
    </message>
    <message>
        <source>%1: the PDF is damaged and cannot be opened.</source>
        <translation>%1：PDF 已损坏，无法打开。</translation>
    </message>
    <message>
        <source>%1: the PDF is protected by a password; open it and save a copy without one, then import that.</source>
        <translation>%1：PDF 设有密码；请打开后另存一份无密码的副本再导入。</translation>
    </message>
    <message>
        <source>%1: the PDF has no pages.</source>
        <translation>%1：PDF 没有页面。</translation>
    </message>
    <message numerus="yes">
        <source>%1: a scanned PDF: its %n page(s) are pictures without a text layer.</source>
        <translation>
            <numerusform>%1：扫描版 PDF：其 %n 页均为没有文字层的图片。</numerusform>
        </translation>
    </message>
    <message>
        <source>It can be read by OCR (Tesseract is installed): choose Read with OCR in the workbench, or pass --ocr to duizhao-cli.</source>
        <translation>可以用 OCR 读取（已安装 Tesseract）：在工作台中选择“用 OCR 读取”，或给 duizhao-cli 加上 --ocr。</translation>
    </message>
    <message>
        <source>Reading it needs OCR.</source>
        <translation>读取它需要 OCR。</translation>
    </message>
    <message>
        <source>%1: the PDF is damaged: the content of its pages cannot be read (%2).</source>
        <translation>%1：PDF 已损坏：无法读取其页面内容（%2）。</translation>
    </message>
    <message numerus="yes">
        <source>%1: the PDF&apos;s %n page(s) are blank: no text and no pictures to read.</source>
        <translation>
            <numerusform>%1：该 PDF 的 %n 页均为空白：没有可读取的文字或图片。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dz::PlainTextReader</name>
    <message>
        <source>%1: the file is %2, more than the %3 a text report can have.</source>
        <translation>%1：文件大小为 %2，超过文本报告允许的 %3。</translation>
    </message>
</context>
<context>
    <name>Dz::PlanMatcher</name>
    <message>
        <source>reported</source>
        <translation>已报告</translation>
    </message>
    <message>
        <source>partly reported</source>
        <translation>部分报告</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>未报告</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 of %n aim(s) of the plan carried; the next report says “%3”</source>
        <translation>
            <numerusform>%1：安排的 %n 项目标中有 %2 项落实；次年报告称“%3”</numerusform>
        </translation>
    </message>
    <message>
        <source>both name %1</source>
        <translation>两者均提及 %1</translation>
    </message>
    <message>
        <source>with figures %1</source>
        <translation>并给出数据 %1</translation>
    </message>
    <message>
        <source>not found: “%1”</source>
        <translation>未见：“%1”</translation>
    </message>
    <message>
        <source>not reported: no sentence of the next report carries “%1”</source>
        <translation>未报告：次年报告中没有语句涉及“%1”</translation>
    </message>
    <message>
        <source>the next report admits it as still wanting: “%1”</source>
        <translation>次年报告承认其仍有不足：“%1”</translation>
    </message>
</context>
<context>
    <name>Dz::PptxDeck</name>
    <message>
        <source>The picture for the chart “%1” is not a PNG image.</source>
        <translation>图表“%1”的图片不是 PNG 图像。</translation>
    </message>
    <message>
        <source>The table “%1” has no columns.</source>
        <translation>表格“%1”没有列。</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1（续）</translation>
    </message>
    <message>
        <source>Internal error: slide %1 refers to parts that are missing.</source>
        <translation>内部错误：第 %1 张幻灯片引用了缺失的部件。</translation>
    </message>
    <message>
        <source>%1 (columns, part %2 of %3)</source>
        <translation>%1（各列，第 %2/%3 部分）</translation>
    </message>
    <message>
        <source>Not reported by %1.</source>
        <translation>未报告：%1。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
</context>
<context>
    <name>Dz::PrintActions</name>
    <message>
        <source>Untitled project</source>
        <translation>未命名项目</translation>
    </message>
    <message>
        <source>Indicators by report</source>
        <translation>各报告指标</translation>
    </message>
    <message>
        <source>Weaknesses admitted, by theme</source>
        <translation>各报告承认的不足（按主题）</translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation>打印%1</translation>
    </message>
    <message>
        <source>Print Preview</source>
        <translation>打印预览</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Print the view on screen, each page headed by the project and the date</source>
        <translation>打印屏幕上的视图，每页页眉注明项目和日期</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>打印预览(&amp;V)…</translation>
    </message>
</context>
<context>
    <name>Dz::ProblemsPane</name>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
</context>
<context>
    <name>Dz::ProjectActions</name>
    <message>
        <source>New Project</source>
        <translation>新建项目</translation>
    </message>
    <message>
        <source>Duizhao projects (*.duizhao)</source>
        <translation>对照项目 (*.duizhao)</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>打开项目</translation>
    </message>
    <message>
        <source>Duizhao projects (*.duizhao);;All files (*)</source>
        <translation>对照项目 (*.duizhao);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Open it read-only?</source>
        <translation>是否以只读方式打开？</translation>
    </message>
    <message>
        <source>No recent projects</source>
        <translation>没有最近的项目</translation>
    </message>
    <message>
        <source>Save Project As</source>
        <translation>项目另存为</translation>
    </message>
    <message>
        <source>Import Reports</source>
        <translation>导入报告</translation>
    </message>
    <message>
        <source>Import a Folder of Reports</source>
        <translation>导入报告文件夹</translation>
    </message>
    <message>
        <source>Save Your Work?</source>
        <translation>保存您的工作？</translation>
    </message>
    <message>
        <source>Your corrections, values and annotations are in an untitled project, which is deleted when Duizhao quits. Save it as a project file first?</source>
        <translation>您的更正、数值和批注保存在未命名项目中，退出对照时该项目会被删除。要先将其另存为项目文件吗？</translation>
    </message>
    <message>
        <source>Remove Report</source>
        <translation>移除报告</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n annotation(s) or value(s) of yours. Remove the report with them from the project?</source>
        <translation>
            <numerusform>%1 含有您的 %n 条批注或数值。是否将该报告连同这些内容一并从项目中移除？</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;New Project…</source>
        <translation>新建项目(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation>打开项目(&amp;O)…</translation>
    </message>
    <message>
        <source>Save Project &amp;As…</source>
        <translation>项目另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>Copy the project to a new file and go on working in the copy (changes are saved as you make them)</source>
        <translation>将项目复制为新文件，并在副本中继续工作（修改会随时自动保存）</translation>
    </message>
    <message>
        <source>&amp;Close Project</source>
        <translation>关闭项目(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Import Reports…</source>
        <translation>导入报告(&amp;I)…</translation>
    </message>
    <message>
        <source>Add report files to the project (text in UTF-8, UTF-16 or GB18030)</source>
        <translation>将报告文件加入项目（UTF-8、UTF-16 或 GB18030 编码的文本）</translation>
    </message>
    <message>
        <source>Import &amp;Folder…</source>
        <translation>导入文件夹(&amp;F)…</translation>
    </message>
    <message>
        <source>Import &amp;Samples</source>
        <translation>导入示例(&amp;S)</translation>
    </message>
    <message>
        <source>Add the five reports shipped with Duizhao to the project</source>
        <translation>将对照自带的五份报告加入项目</translation>
    </message>
    <message>
        <source>&amp;Remove Report from Project</source>
        <translation>从项目中移除报告(&amp;R)</translation>
    </message>
    <message>
        <source>Reports (%1);;All files (*)</source>
        <translation>报告 (%1);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Add every report file (text, web page, Word, PDF, OFD) in a folder and its sub-folders to the project</source>
        <translation>将文件夹及其子文件夹中的所有报告文件（文本、网页、Word、PDF、OFD）加入项目</translation>
    </message>
    <message>
        <source>Another analyst</source>
        <translation>另一位分析员</translation>
    </message>
    <message>
        <source>earlier</source>
        <translation>此前</translation>
    </message>
    <message>
        <source>Changed by %1</source>
        <translation>已由 %1 修改</translation>
    </message>
    <message>
        <source>%1 removed this (%2) after you had read it.</source>
        <translation>%1 在您读取之后删除了此项（%2）。</translation>
    </message>
    <message>
        <source>%1 changed this (%2) after you had read it, to:
%3</source>
        <translation>%1 在您读取之后修改了此项（%2），改为：
%3</translation>
    </message>
    <message>
        <source>Your change (%1) was not written. Keep their version, or overwrite it with yours?</source>
        <translation>您的修改（%1）未写入。保留对方的版本，还是用您的修改覆盖？</translation>
    </message>
    <message>
        <source>Keep Theirs</source>
        <translation>保留对方的</translation>
    </message>
    <message>
        <source>Overwrite</source>
        <translation>覆盖</translation>
    </message>
</context>
<context>
    <name>Dz::ProjectAddress</name>
    <message>
        <source>%1 is not a server project address (%2).</source>
        <translation>%1 不是服务器项目地址（%2）。</translation>
    </message>
    <message>
        <source>%1: an address must not hold a password; put it in the PostgreSQL password file (~/.pgpass) instead.</source>
        <translation>%1：地址中不能包含密码；请将密码写入 PostgreSQL 密码文件（~/.pgpass）。</translation>
    </message>
    <message>
        <source>%1: the address names no database (postgresql://user@host:port/database).</source>
        <translation>%1：地址中没有数据库名称（postgresql://用户@主机:端口/数据库）。</translation>
    </message>
    <message>
        <source>%1: %2 is not a port.</source>
        <translation>%1：%2 不是有效的端口。</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%2 上的 %1</translation>
    </message>
</context>
<context>
    <name>Dz::ProjectAnalysis</name>
    <message>
        <source>Canceled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>Reading the reports&apos; analyses: %1 of %2</source>
        <translation>正在读取报告的分析：第 %1 份，共 %2 份</translation>
    </message>
    <message numerus="yes">
        <source>Aligning the sections of %n report(s)</source>
        <translation>
            <numerusform>正在对齐 %n 份报告的章节</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dz::ProjectChangeFeed</name>
    <message>
        <source>%1: cannot listen for the changes of other analysts (%2).</source>
        <translation>%1：无法接收其他分析员的修改（%2）。</translation>
    </message>
    <message>
        <source>%1: not connected to the server.</source>
        <translation>%1：未连接到服务器。</translation>
    </message>
</context>
<context>
    <name>Dz::ProjectCheck</name>
    <message>
        <source>%1: the check was canceled before it was done.</source>
        <translation>%1：检查在完成前已取消。</translation>
    </message>
    <message>
        <source>%1: the database is intact (SQLite&apos;s integrity check found nothing wrong).</source>
        <translation>%1：数据库完好（SQLite 完整性检查未发现问题）。</translation>
    </message>
    <message>
        <source>%1: the database is damaged; SQLite&apos;s integrity check says: %2</source>
        <translation>%1：数据库已损坏；SQLite 完整性检查结果：%2</translation>
    </message>
    <message numerus="yes">
        <source>%1: the texts of all %n report(s) match their content hashes.</source>
        <translation>
            <numerusform>%1：全部 %n 份报告的正文均与其内容哈希一致。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 of %n report(s) have damaged texts (they no longer match their content hashes):</source>
        <translation>
            <numerusform>%1：%n 份报告中有 %2 份正文已损坏（与其内容哈希不再一致）：</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (number %2)</source>
        <translation>%1（编号 %2）</translation>
    </message>
    <message>
        <source>What to do: damaged reports are left out of every view; import their files again, or go back to a copy of the project saved before the damage (File → Save As makes one).</source>
        <translation>处理办法：损坏的报告不会出现在任何视图中；请重新导入这些文件，或改用损坏前保存的项目副本（“文件 → 项目另存为”可保存副本）。</translation>
    </message>
</context>
<context>
    <name>Dz::ProjectCheckAction</name>
    <message>
        <source>Chec&amp;k Project</source>
        <translation>检查项目(&amp;K)</translation>
    </message>
    <message>
        <source>Check the project file: SQLite&apos;s integrity check, and every report&apos;s text against the hash it was saved with</source>
        <translation>检查项目文件：SQLite 完整性检查，并将每份报告的正文与保存时的哈希核对</translation>
    </message>
</context>
<context>
    <name>Dz::ProjectCommand</name>
    <message>
        <source>No project is open.</source>
        <translation>没有打开的项目。</translation>
    </message>
    <message>
        <source>Add annotation</source>
        <translation>添加批注</translation>
    </message>
    <message>
        <source>Edit annotation</source>
        <translation>编辑批注</translation>
    </message>
    <message>
        <source>Remove annotation</source>
        <translation>删除批注</translation>
    </message>
    <message>
        <source>Place annotation</source>
        <translation>重新定位批注</translation>
    </message>
    <message>
        <source>Add alignment correction</source>
        <translation>添加对照更正</translation>
    </message>
    <message>
        <source>Remove alignment correction</source>
        <translation>删除对照更正</translation>
    </message>
    <message>
        <source>Set indicator value</source>
        <translation>设置指标数值</translation>
    </message>
    <message>
        <source>district</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>issuer</source>
        <translation>发文机关</translation>
    </message>
    <message>
        <source>year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>publish date</source>
        <translation>发布日期</translation>
    </message>
    <message>
        <source>source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>修改%1</translation>
    </message>
    <message>
        <source>Remove indicator value</source>
        <translation>删除指标数值</translation>
    </message>
    <message>
        <source>Edit Identity of %1</source>
        <translation>编辑 %1 的身份</translation>
    </message>
</context>
<context>
    <name>Dz::ProjectController</name>
    <message>
        <source>Cannot create a temporary folder for the project.</source>
        <translation>无法为项目创建临时文件夹。</translation>
    </message>
    <message>
        <source>%1 is the project open now; a new project needs another file.</source>
        <translation>%1 是当前打开的项目；新建项目需要使用其他文件。</translation>
    </message>
    <message>
        <source>%1 cannot be replaced.</source>
        <translation>%1 无法替换。</translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation>没有打开的项目。</translation>
    </message>
    <message>
        <source>%1 is open read-only; reports cannot be added to it.</source>
        <translation>%1 以只读方式打开，无法向其中添加报告。</translation>
    </message>
    <message>
        <source>No such report.</source>
        <translation>没有该报告。</translation>
    </message>
</context>
<context>
    <name>Dz::ProjectCopy</name>
    <message>
        <source>%1 already exists; a project is copied into a new file.</source>
        <translation>%1 已存在；项目只能复制到新文件中。</translation>
    </message>
    <message>
        <source>%1 already holds a project; a project is copied into a new one.</source>
        <translation>%1 中已有项目；项目只能复制到新项目中。</translation>
    </message>
    <message>
        <source>%1: row of %2 not copied: %3</source>
        <translation>%1：%2 中的一行未能复制：%3</translation>
    </message>
    <message>
        <source>The copy to %1 was canceled; nothing was copied.</source>
        <translation>复制到 %1 的操作已取消，未复制任何内容。</translation>
    </message>
</context>
<context>
    <name>Dz::ProjectImporter</name>
    <message>
        <source>%1: no such file or folder.</source>
        <translation>%1：文件或文件夹不存在。</translation>
    </message>
    <message>
        <source>%1: the same text as %2, already in the project; skipped.</source>
        <translation>%1：与项目中已有的 %2 内容相同，已跳过。</translation>
    </message>
    <message numerus="yes">
        <source>%1 The import stopped there; %n file(s) read were not saved.</source>
        <translation>
            <numerusform>%1 导入就此停止；已读取的 %n 个文件未保存。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) after them were never tried.</source>
        <translation>
            <numerusform>其后的 %n 个文件未曾尝试。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the project already holds this text.</source>
        <translation>%1：项目中已有相同文本。</translation>
    </message>
    <message>
        <source>%1: no report files in this folder.</source>
        <translation>%1：此文件夹中没有报告文件。</translation>
    </message>
</context>
<context>
    <name>Dz::ProjectLock</name>
    <message>
        <source>%1 is open in another program (%2, process %3 on %4). Close it there first, or open it read-only.</source>
        <translation>%1 已在另一个程序中打开（%2，%4 上的进程 %3）。请先在那里关闭，或以只读方式打开。</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>unknown host</source>
        <translation>未知主机</translation>
    </message>
    <message>
        <source>%1: cannot create the lock file %2 (no permission to write in its folder). Open the project read-only.</source>
        <translation>%1：无法创建锁文件 %2（没有写入其所在文件夹的权限）。请以只读方式打开项目。</translation>
    </message>
    <message>
        <source>%1: the lock file names no program (it is empty or garbled), so it is stale; removed it.</source>
        <translation>%1：锁文件未指明任何程序（为空或已损坏），视为失效，已删除。</translation>
    </message>
    <message>
        <source>the file system is read-only</source>
        <translation>文件系统为只读</translation>
    </message>
    <message>
        <source>no space left on device</source>
        <translation>设备上没有剩余空间</translation>
    </message>
    <message>
        <source>unknown reason</source>
        <translation>原因不明</translation>
    </message>
    <message>
        <source>%1: the file name is %2 bytes long; a project&apos;s name may have at most %3 (the files SQLite keeps beside it need the rest). Choose a shorter name.</source>
        <translation>%1：文件名长 %2 字节；项目文件名最多 %3 字节（其余长度要留给 SQLite 在旁边保存的文件）。请选择较短的文件名。</translation>
    </message>
    <message>
        <source>%1 is being written by another program that opened the same file under another name (a hard link, a copy made with links, or another mount of its folder). Close it there first, or open it read-only.</source>
        <translation>另一个程序正在以另一个名称（硬链接、用链接制作的副本或其文件夹的另一个挂载点）写入同一个文件 %1。请先在那里关闭，或以只读方式打开。</translation>
    </message>
    <message>
        <source>%1: cannot create the lock file %2 (%3).</source>
        <translation>%1：无法创建锁文件 %2（%3）。</translation>
    </message>
</context>
<context>
    <name>Dz::ProjectStore</name>
    <message>
        <source>No project file given.</source>
        <translation>未指定项目文件。</translation>
    </message>
    <message>
        <source>%1 is a folder, not a Duizhao project.</source>
        <translation>%1 是文件夹，不是对照项目。</translation>
    </message>
    <message>
        <source>%1: no such project file.</source>
        <translation>%1：项目文件不存在。</translation>
    </message>
    <message>
        <source>%1: cannot be opened (%2).</source>
        <translation>%1：无法打开（%2）。</translation>
    </message>
    <message>
        <source>%1 is an empty file, not a Duizhao project.</source>
        <translation>%1 是空文件，不是对照项目。</translation>
    </message>
    <message>
        <source>%1 is not a Duizhao project: it is not an SQLite database.</source>
        <translation>%1 不是对照项目：它不是 SQLite 数据库。</translation>
    </message>
    <message>
        <source>%1 is read-only, so Duizhao cannot save changes to it. Open it read-only, or save a copy somewhere writable.</source>
        <translation>%1 是只读文件，对照无法保存对它的修改。请以只读方式打开，或将副本另存到可写的位置。</translation>
    </message>
    <message>
        <source>%1: its folder %2 is not writable; a project writes its journal beside it.</source>
        <translation>%1：所在文件夹 %2 不可写；项目需要在旁边写入日志文件。</translation>
    </message>
    <message>
        <source>%1: cannot be opened: the Qt SQLite driver (QSQLITE) is not installed.</source>
        <translation>%1：无法打开：未安装 Qt SQLite 驱动（QSQLITE）。</translation>
    </message>
    <message>
        <source>%1 is not a Duizhao project: it is not an SQLite database, or it is damaged.</source>
        <translation>%1 不是对照项目：它不是 SQLite 数据库，或已损坏。</translation>
    </message>
    <message>
        <source>%1 is locked by another program that is writing to it. Try again when it is done.</source>
        <translation>%1 被另一个正在写入的程序锁定。请等其完成后再试。</translation>
    </message>
    <message>
        <source>%1 is damaged (%2).</source>
        <translation>%1 已损坏（%2）。</translation>
    </message>
    <message>
        <source>%1 cannot be written (%2). Open it read-only.</source>
        <translation>%1 无法写入（%2）。请以只读方式打开。</translation>
    </message>
    <message>
        <source>%1: cannot be read (%2).</source>
        <translation>%1：无法读取（%2）。</translation>
    </message>
    <message>
        <source>%1 was saved by a newer version of Duizhao (project format %2; this version reads up to %3). It was not changed.</source>
        <translation>%1 由较新版本的对照保存（项目格式 %2；本版本最高可读 %3）。文件未作任何改动。</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not a Duizhao project. It was not changed.</source>
        <translation>%1 是其他程序的 SQLite 数据库，不是对照项目。文件未作任何改动。</translation>
    </message>
    <message>
        <source>%1 is an empty database, not a Duizhao project.</source>
        <translation>%1 是空数据库，不是对照项目。</translation>
    </message>
    <message>
        <source>%1 is in an older project format (%2) and must be upgraded to %3: open it once for writing.</source>
        <translation>%1 使用较旧的项目格式（%2），需要升级到 %3：请以可写方式打开一次。</translation>
    </message>
    <message>
        <source>%1: cannot be read.</source>
        <translation>%1：无法读取。</translation>
    </message>
    <message>
        <source>%1 is locked by another program (the journal mode could not be set to WAL, it is %2).</source>
        <translation>%1 被另一个程序锁定（日志模式无法设为 WAL，当前为 %2）。</translation>
    </message>
    <message>
        <source>%1: cannot upgrade the project to format %2: %3</source>
        <translation>%1：无法将项目升级到格式 %2：%3</translation>
    </message>
    <message>
        <source>%1 is busy: another program kept it locked for more than %2 seconds.</source>
        <translation>%1 正忙：另一个程序锁定它超过了 %2 秒。</translation>
    </message>
    <message>
        <source>%1 cannot be changed: it is open read-only.</source>
        <translation>%1 无法修改：它以只读方式打开。</translation>
    </message>
    <message>
        <source>%1: the project could not be read or written (%2).</source>
        <translation>%1：无法读写项目（%2）。</translation>
    </message>
    <message>
        <source>%1 is open read-only; nothing was changed.</source>
        <translation>%1 以只读方式打开；未作任何改动。</translation>
    </message>
    <message>
        <source>%1 has no report %2.</source>
        <translation>%1 中没有报告 %2。</translation>
    </message>
    <message>
        <source>%1 has no correction %2.</source>
        <translation>%1 中没有更正 %2。</translation>
    </message>
    <message>
        <source>%1 has no annotation %2.</source>
        <translation>%1 中没有批注 %2。</translation>
    </message>
    <message>
        <source>%1: a copy cannot replace the project itself.</source>
        <translation>%1：副本不能替换项目本身。</translation>
    </message>
    <message>
        <source>%1: the copy could not be written (%2).</source>
        <translation>%1：无法写入副本（%2）。</translation>
    </message>
    <message>
        <source>%1: cannot be replaced.</source>
        <translation>%1：无法替换。</translation>
    </message>
    <message>
        <source>%1: the copy could not be moved into place.</source>
        <translation>%1：无法将副本移到目标位置。</translation>
    </message>
    <message>
        <source>%1 cannot be written: no space left on device.</source>
        <translation>%1 无法写入：设备上没有剩余空间。</translation>
    </message>
    <message>
        <source>%1: a copy cannot replace the project itself (it is the same file under another name).</source>
        <translation>%1：副本不能替换项目本身（这是同一个文件的另一个名称）。</translation>
    </message>
    <message>
        <source>%1: the check was canceled.</source>
        <translation>%1：检查已取消。</translation>
    </message>
    <message>
        <source>%1 cannot be created: no space left on device.</source>
        <translation>无法创建 %1：设备上没有剩余空间。</translation>
    </message>
    <message>
        <source>%1: the report %2 (number %3) is damaged: its stored text no longer matches the content hash it was saved with. It is left out; run Check Project (duizhao-cli check) and import the file again.</source>
        <translation>%1：报告 %2（编号 %3）已损坏：保存的正文与保存时的内容哈希不再一致。该报告已被排除；请运行“检查项目”（duizhao-cli check）并重新导入该文件。</translation>
    </message>
    <message>
        <source>%1: cannot be opened: the Qt PostgreSQL driver (QPSQL) is not installed.</source>
        <translation>%1：无法打开：未安装 Qt PostgreSQL 驱动（QPSQL）。</translation>
    </message>
    <message>
        <source>Cannot reach the project server %1 (port %2) for %3: %4</source>
        <translation>无法连接项目服务器 %1（端口 %2），项目 %3：%4</translation>
    </message>
    <message>
        <source>%1 holds the tables of another program, not a Duizhao project. It was not changed.</source>
        <translation>%1 中是其他程序的数据表，不是对照项目。未作任何更改。</translation>
    </message>
    <message>
        <source>%1: the connection to the server was lost (%2).</source>
        <translation>%1：与服务器的连接已断开（%2）。</translation>
    </message>
    <message>
        <source>%1 analyses without their report</source>
        <translation>%1 条分析结果缺少对应的报告</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>有人</translation>
    </message>
    <message>
        <source>at a time not recorded</source>
        <translation>时间未记录</translation>
    </message>
    <message>
        <source>%1 removed this record (%2) after you read it; nothing was changed.</source>
        <translation>%1 在您读取之后删除了这条记录（%2）；未作任何改动。</translation>
    </message>
    <message>
        <source>%1 changed this record (%2) after you read it; nothing was changed.</source>
        <translation>%1 在您读取之后修改了这条记录（%2）；未作任何改动。</translation>
    </message>
    <message>
        <source>%1: the connection to the server was lost.</source>
        <translation>%1：与服务器的连接已断开。</translation>
    </message>
    <message>
        <source>Cannot reach the project server for %1: %2</source>
        <translation>无法连接 %1 的项目服务器：%2</translation>
    </message>
</context>
<context>
    <name>Dz::QuantityScanner</name>
    <message>
        <source>entry %1 of &quot;%2&quot; needs a &quot;word&quot; and a &quot;qualifier&quot; (approximate, atLeast or atMost)</source>
        <translation>“%2”的第 %1 项需要“word”和“qualifier”（approximate、atLeast 或 atMost）</translation>
    </message>
    <message>
        <source>The measure-word file %1 is not valid: %2</source>
        <translation>量词文件 %1 无效：%2</translation>
    </message>
    <message>
        <source>entry %1 of &quot;%2&quot; needs a &quot;word&quot; and a &quot;kind&quot; (count, money, percentage or percentagePoints)</source>
        <translation>“%2”的第 %1 项需要“word”和“kind”（count、money、percentage 或 percentagePoints）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed twice</source>
        <translation>“%1”重复列出</translation>
    </message>
    <message>
        <source>&quot;measureWords&quot; must list at least one measure word</source>
        <translation>“measureWords”至少要列出一个量词</translation>
    </message>
    <message>
        <source>Cannot read the measure-word file %1: %2</source>
        <translation>无法读取量词文件 %1：%2</translation>
    </message>
</context>
<context>
    <name>Dz::ReadLimits</name>
    <message>
        <source>%1: refused: its %2 nests elements more than %3 levels deep, which no real document does (a damaged or hostile file).</source>
        <translation>%1：已拒绝：其 %2 的元素嵌套超过 %3 层，真实文档不会如此（文件已损坏或为恶意构造）。</translation>
    </message>
    <message>
        <source>%1: refused: its text would be longer than %2 characters, far more than a report holds (a damaged or hostile file).</source>
        <translation>%1：已拒绝：其正文将超过 %2 个字符，远超一份报告的篇幅（文件已损坏或为恶意构造）。</translation>
    </message>
    <message>
        <source>%1: refused: it has %2 pages; a report is read only up to %3 pages.</source>
        <translation>%1：已拒绝：共有 %2 页；报告最多只读取 %3 页。</translation>
    </message>
    <message>
        <source>%1: refused: reading it needs more memory than this computer can give (a damaged or hostile file); the other files are read as usual.</source>
        <translation>%1：已拒绝：读取它所需的内存超出本机可提供的数量（文件已损坏或为恶意构造）；其他文件照常读取。</translation>
    </message>
</context>
<context>
    <name>Dz::RegularFile</name>
    <message>
        <source>%1: the file is %2, more than the %3 a report can have.</source>
        <translation>%1：文件大小为 %2，超过报告可有的 %3。</translation>
    </message>
    <message>
        <source>a named pipe (FIFO)</source>
        <translation>命名管道（FIFO）</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>套接字</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>非普通文件</translation>
    </message>
    <message>
        <source>%1: is a symbolic link to “%2”, which does not exist.</source>
        <translation>%1：是指向“%2”的符号链接，而该目标不存在。</translation>
    </message>
    <message>
        <source>%1: no such file.</source>
        <translation>%1：没有这个文件。</translation>
    </message>
    <message>
        <source>%1: is a symbolic link that leads round in a loop, never to a file.</source>
        <translation>%1：是循环的符号链接，无法到达任何文件。</translation>
    </message>
    <message>
        <source>%1: no permission to read the file.</source>
        <translation>%1：没有读取该文件的权限。</translation>
    </message>
    <message>
        <source>%1: no such file (a part of the path is not a folder).</source>
        <translation>%1：没有这个文件（路径中有一部分不是文件夹）。</translation>
    </message>
    <message>
        <source>%1: cannot be opened (%2).</source>
        <translation>%1：无法打开（%2）。</translation>
    </message>
    <message>
        <source>%1 bytes (%2)</source>
        <translation>%1 字节（%2）</translation>
    </message>
    <message>
        <source>%1: is a folder, not a report file.</source>
        <translation>%1：这是文件夹，不是报告文件。</translation>
    </message>
    <message>
        <source>%1: is %2, not a report file; only regular files are read.</source>
        <translation>%1：这是%2，不是报告文件；只读取普通文件。</translation>
    </message>
    <message>
        <source>%1: is not a regular file, not a report file; only regular files are read.</source>
        <translation>%1：不是普通文件，也不是报告文件；只读取普通文件。</translation>
    </message>
    <message>
        <source>%1: cannot be read (%2).</source>
        <translation>%1：无法读取（%2）。</translation>
    </message>
    <message>
        <source>%1: the file is larger than the %2 a report can have.</source>
        <translation>%1：文件超过报告可有的 %2。</translation>
    </message>
</context>
<context>
    <name>Dz::ReportBrowser</name>
    <message>
        <source>Filter reports (place, body, year, file)</source>
        <translation>筛选报告（地区、单位、年度、文件）</translation>
    </message>
    <message>
        <source>All reports</source>
        <translation>全部报告</translation>
    </message>
    <message>
        <source>By province</source>
        <translation>按省</translation>
    </message>
    <message>
        <source>By city</source>
        <translation>按市</translation>
    </message>
    <message>
        <source>By county or district</source>
        <translation>按县区</translation>
    </message>
    <message>
        <source>By body</source>
        <translation>按单位</translation>
    </message>
    <message>
        <source>By level</source>
        <translation>按级别</translation>
    </message>
    <message>
        <source>By year</source>
        <translation>按年度</translation>
    </message>
    <message>
        <source>Compare Shown</source>
        <translation>对照所列</translation>
    </message>
    <message>
        <source>Edit Identity…</source>
        <translation>编辑身份…</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n report(s))</source>
        <translation>
            <numerusform>%1（%n 份报告）</numerusform>
        </translation>
    </message>
    <message>
        <source>By 街道 or 乡镇</source>
        <translation>按街道或乡镇</translation>
    </message>
    <message>
        <source>Set the place (down to a 街道 or 乡镇), issuer, parent body, year or publish date of the current report</source>
        <translation>设置当前报告的地方（可到街道、乡镇）、发文单位、上级机关、年度或发布日期</translation>
    </message>
    <message>
        <source>Compare exactly the reports shown (undoable): a group is compared, charted and put in a deck in one step</source>
        <translation>只对照列表中显示的报告（可撤销）：一组报告可一步完成对照、制图和放入演示文稿</translation>
    </message>
    <message>
        <source>Click a report to read it; it stays out of the comparison until you add it. Bold: compared, with its column number.</source>
        <translation>单击报告即可阅读，但不会加入对照，需另行“加入对照”。粗体为正在对照的报告，并标出其列号。</translation>
    </message>
</context>
<context>
    <name>Dz::ReportFolder</name>
    <message>
        <source>%1: the folder cannot be read (%2).</source>
        <translation>%1：无法读取该文件夹（%2）。</translation>
    </message>
    <message>
        <source>%1: the folder name “%2” is not valid UTF-8 (GBK from a Windows zip?); rename it to import its files.</source>
        <translation>%1：文件夹名“%2”不是有效的 UTF-8（可能是 Windows 压缩包中的 GBK 编码）；请重命名后再导入其中的文件。</translation>
    </message>
    <message>
        <source>%1: the file name “%2” is not valid UTF-8 (GBK from a Windows zip?); rename it to import it.</source>
        <translation>%1：文件名“%2”不是有效的 UTF-8（可能是 Windows 压缩包中的 GBK 编码）；请重命名后再导入。</translation>
    </message>
    <message>
        <source>%1: left out as hidden (names starting with a dot): report files: %2, folders: %3.</source>
        <translation>%1：作为隐藏项（名称以点开头）跳过：报告文件 %2 个，文件夹 %3 个。</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n folder(s) nested more than %2 levels deep were not searched (the first: %3).</source>
        <translation>
            <numerusform>%1：有 %n 个嵌套超过 %2 层的文件夹未被搜索（第一个：%3）。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: a link that leads nowhere (%2); skipped.</source>
        <translation>%1：链接指向不存在的位置（%2）；已跳过。</translation>
    </message>
    <message>
        <source>%1: the same file as %2, found before; skipped.</source>
        <translation>%1：与前面找到的 %2 是同一个文件；已跳过。</translation>
    </message>
    <message>
        <source>%1: a link back to a folder that holds it (a loop); not followed.</source>
        <translation>%1：链接指回包含它的文件夹（循环）；未跟随。</translation>
    </message>
    <message>
        <source>%1: a link to a folder searched already; not searched again.</source>
        <translation>%1：链接指向已搜索过的文件夹；不再重复搜索。</translation>
    </message>
    <message>
        <source>… and more links like these.</source>
        <translation>……还有更多类似的链接。</translation>
    </message>
</context>
<context>
    <name>Dz::ReportGrouping</name>
    <message>
        <source>province</source>
        <translation>省级</translation>
    </message>
    <message>
        <source>city</source>
        <translation>市级</translation>
    </message>
    <message>
        <source>county or district</source>
        <translation>县区级</translation>
    </message>
    <message>
        <source>zone</source>
        <translation>功能区</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>街道 or 乡镇</source>
        <translation>街道或乡镇</translation>
    </message>
</context>
<context>
    <name>Dz::ReportOrder</name>
    <message>
        <source>%1 does not state the year it reports on (the year shown is only guessed from its date).</source>
        <translation>%1 未写明报告年度（所示年度仅由其日期推测）。</translation>
    </message>
    <message>
        <source>%1 does not state the year it reports on.</source>
        <translation>%1 未写明报告年度。</translation>
    </message>
    <message>
        <source>Both report on %1 and are dated the same day (%2).</source>
        <translation>两份报告均为 %1 年度，日期相同（%2）。</translation>
    </message>
    <message>
        <source>Both report on %1 and neither has a publication or signing date.</source>
        <translation>两份报告均为 %1 年度，且都没有发布或落款日期。</translation>
    </message>
    <message>
        <source>Both report on %1, and %2 has no publication or signing date.</source>
        <translation>两份报告均为 %1 年度，%2 没有发布或落款日期。</translation>
    </message>
</context>
<context>
    <name>Dz::ReportPage</name>
    <message>
        <source>No report selected.</source>
        <translation>未选择报告。</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>%1 — year reported on: %2 — published: %3</source>
        <translation>%1 — 报告年度：%2 — 发布日期：%3</translation>
    </message>
    <message>
        <source>%1: %2 (from the %3)</source>
        <translation>%1：%2（来自%3）</translation>
    </message>
    <message>
        <source>%1: not found</source>
        <translation>%1：未找到</translation>
    </message>
    <message>
        <source>District</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>发文机关</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>发布日期</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>File: %1 (%2, %3)</source>
        <translation>文件：%1（%2，%3）</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>网址：%1</translation>
    </message>
</context>
<context>
    <name>Dz::ReportReader</name>
    <message>
        <source>%1: the file is empty.</source>
        <translation>%1：文件为空。</translation>
    </message>
    <message>
        <source>%1: looks like a binary file, not a text report.</source>
        <translation>%1：看起来是二进制文件，不是文本报告。</translation>
    </message>
    <message>
        <source>%1: the file starts with a UTF-8 byte order mark but has invalid UTF-8 at byte %2.</source>
        <translation>%1：文件以 UTF-8 字节序标记开头，但第 %2 字节处有无效的 UTF-8。</translation>
    </message>
    <message>
        <source>%1: cannot be decoded: not valid UTF-8 (first bad byte at %2), nor GB18030/GBK.</source>
        <translation>%1：无法解码：既不是有效的 UTF-8（首个错误字节位于 %2），也不是 GB18030/GBK。</translation>
    </message>
    <message>
        <source>%1: the file holds only white space.</source>
        <translation>%1：文件只包含空白字符。</translation>
    </message>
    <message>
        <source>the file starts with a UTF-16 byte order mark</source>
        <translation>文件以 UTF-16 字节顺序标记开头</translation>
    </message>
    <message>
        <source>the file looks like UTF-16 without a byte order mark</source>
        <translation>文件看似没有字节顺序标记的 UTF-16</translation>
    </message>
    <message>
        <source>%1: %2 but is not valid UTF-16 (an odd number of bytes).</source>
        <translation>%1：%2，但不是有效的 UTF-16（字节数为奇数）。</translation>
    </message>
    <message>
        <source>%1: %2 but is not valid UTF-16 (a lone surrogate at byte %3).</source>
        <translation>%1：%2，但不是有效的 UTF-16（第 %3 字节处有孤立的代理项）。</translation>
    </message>
    <message>
        <source>%1: holds a NUL character on line %2 (%3); a text report has none, so this looks like a binary file.</source>
        <translation>%1：第 %2 行有 NUL 字符（%3）；文本报告中不会有，这看起来是二进制文件。</translation>
    </message>
    <message>
        <source>%1: read as %2, the file holds more characters that no text uses than a report could: a binary file, not a text report.</source>
        <translation>%1：按 %2 读取时，文件中文本不会使用的字符多到报告不可能有的程度：这是二进制文件，不是文本报告。</translation>
    </message>
</context>
<context>
    <name>Dz::ReportSourceActions</name>
    <message>
        <source>&amp;Paste as New Report</source>
        <translation>粘贴为新报告(&amp;P)</translation>
    </message>
    <message>
        <source>Make a report of the text or web page content on the clipboard</source>
        <translation>用剪贴板中的文字或网页内容生成报告</translation>
    </message>
    <message>
        <source>Import from &amp;Web Address…</source>
        <translation>从网址导入(&amp;W)…</translation>
    </message>
    <message>
        <source>Fetch a report published on a web site and add it to the project</source>
        <translation>获取网站上发布的报告并加入项目</translation>
    </message>
    <message>
        <source>Save &amp;Original File As…</source>
        <translation>另存原始文件(&amp;O)…</translation>
    </message>
    <message>
        <source>Save the file the current report was read from: the web page, Word file or PDF as it was imported</source>
        <translation>保存当前报告读取自的文件：导入时的网页、Word 文件或 PDF</translation>
    </message>
    <message>
        <source>report</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation>没有打开的项目。</translation>
    </message>
    <message>
        <source>%1: this report was imported before projects kept the files reports are read from; import the file again to keep it.</source>
        <translation>%1：此报告是在项目保存原始文件之前导入的；请重新导入该文件以保留原件。</translation>
    </message>
    <message>
        <source>Save Original File</source>
        <translation>保存原始文件</translation>
    </message>
</context>
<context>
    <name>Dz::ReportView</name>
    <message>
        <source>Repaired heading: %1</source>
        <translation>已修正的标题：%1</translation>
    </message>
</context>
<context>
    <name>Dz::RequiredContentsCheck</name>
    <message>
        <source>complete</source>
        <translation>齐全</translation>
    </message>
    <message>
        <source>The report has every required part (%1), each placed by the alignment (corrections included); 《法治政府建设与责任落实督察工作规定》 requires them.</source>
        <translation>报告具备全部必备部分（%1），均由对齐结果确定（含人工更正）；《法治政府建设与责任落实督察工作规定》要求具备。</translation>
    </message>
    <message>
        <source>%1 missing</source>
        <translation>缺 %1</translation>
    </message>
    <message>
        <source>No section of the report is placed in %1 (corrections included), which 《法治政府建设与责任落实督察工作规定》 (厅字〔2019〕28号) requires in the annual report.</source>
        <translation>报告没有任何章节归入 %1（含人工更正），而《法治政府建设与责任落实督察工作规定》（厅字〔2019〕28号）要求年度报告具备该内容。</translation>
    </message>
    <message>
        <source>Not required and absent: %1.</source>
        <translation>非必备且未见：%1。</translation>
    </message>
</context>
<context>
    <name>Dz::ScanOcrOffer</name>
    <message>
        <source>Read with OCR</source>
        <translation>用 OCR 读取</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) are scanned PDFs: their pages are pictures without a text layer.</source>
        <translation>
            <numerusform>%n 个文件是扫描版 PDF：其页面是没有文字层的图片。</numerusform>
        </translation>
    </message>
    <message>
        <source>Tesseract can read the text from the pictures (OCR, Simplified Chinese). It takes a few seconds a page and the text may hold misread characters; check it before relying on its figures. Read them with OCR now?</source>
        <translation>Tesseract 可以从图片中识别文字（OCR，简体中文）。每页需要几秒钟，识别出的文字可能有错字，引用其中的数字前请先核对。现在用 OCR 读取吗？</translation>
    </message>
</context>
<context>
    <name>Dz::Scheme</name>
    <message>
        <source>%1 has no &quot;id&quot;</source>
        <translation>%1 缺少“id”</translation>
    </message>
    <message>
        <source>%1: the id &quot;%2&quot; must not contain a dot</source>
        <translation>%1：id“%2”不能包含句点</translation>
    </message>
    <message>
        <source>%1: the id &quot;%2&quot; is used twice</source>
        <translation>%1：id“%2”被使用了两次</translation>
    </message>
    <message>
        <source>setting &quot;%1&quot; must be a non-negative number</source>
        <translation>设置项“%1”必须是非负数</translation>
    </message>
    <message>
        <source>Cannot read the scheme file %1: %2</source>
        <translation>无法读取框架文件 %1：%2</translation>
    </message>
    <message>
        <source>The scheme file %1 is not valid: %2</source>
        <translation>框架文件 %1 无效：%2</translation>
    </message>
    <message>
        <source>the scheme has no &quot;id&quot;</source>
        <translation>框架缺少“id”</translation>
    </message>
    <message>
        <source>the scheme</source>
        <translation>框架</translation>
    </message>
    <message>
        <source>&quot;parts&quot; must be a non-empty array</source>
        <translation>“parts”必须是非空数组</translation>
    </message>
    <message>
        <source>part %1 is not an object</source>
        <translation>第 %1 个部分不是对象</translation>
    </message>
    <message>
        <source>part %1</source>
        <translation>第 %1 个部分</translation>
    </message>
    <message>
        <source>%1: &quot;position&quot; must be a number from 0 to 1</source>
        <translation>%1：“position”必须是 0 到 1 之间的数</translation>
    </message>
    <message>
        <source>&quot;themes&quot; must be an array</source>
        <translation>“themes”必须是数组</translation>
    </message>
    <message>
        <source>theme %1 is not an object</source>
        <translation>第 %1 个主题不是对象</translation>
    </message>
    <message>
        <source>theme %1</source>
        <translation>第 %1 个主题</translation>
    </message>
    <message>
        <source>&quot;contentPart&quot; names &quot;%1&quot;, which is not a part</source>
        <translation>“contentPart”指定的“%1”不是一个部分</translation>
    </message>
    <message>
        <source>&quot;themedParts&quot; names &quot;%1&quot;, which is not a part</source>
        <translation>“themedParts”指定的“%1”不是一个部分</translation>
    </message>
    <message>
        <source>&quot;connectors&quot; must hold non-empty strings</source>
        <translation>“connectors”必须由非空字符串组成</translation>
    </message>
    <message>
        <source>&quot;settings&quot; must be an object</source>
        <translation>“settings”必须是对象</translation>
    </message>
    <message>
        <source>%1: &quot;needsHeading&quot; must be true or false</source>
        <translation>%1：“needsHeading”必须为 true 或 false</translation>
    </message>
</context>
<context>
    <name>Dz::SearchPane</name>
    <message>
        <source>(not compared) %1  %2</source>
        <translation>（未对照）%1  %2</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message numerus="yes">
        <source>Search: “%1” — %n hit(s)</source>
        <translation>
            <numerusform>搜索：“%1”— %n 处结果</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(and %n other report(s) in the project)</source>
        <translation>
            <numerusform>（项目中另有 %n 份报告）</numerusform>
        </translation>
    </message>
    <message>
        <source>Search: “%1” — searching…</source>
        <translation>搜索：“%1”——正在搜索…</translation>
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
        <translation>无部分：框架中没有定义部分。</translation>
    </message>
    <message>
        <source>The heading names two parts: its opening paragraph is %1 (%2), its items are %3 (%4).</source>
        <translation>标题同时指向两个部分：开头段落属于 %1（%2），其下条目属于 %3（%4）。</translation>
    </message>
    <message>
        <source>Part %1 from the heading: %2.</source>
        <translation>根据标题归入部分 %1：%2。</translation>
    </message>
    <message>
        <source>Part %1 from the enclosing section “%2”.</source>
        <translation>根据所属章节“%2”归入部分 %1。</translation>
    </message>
    <message>
        <source>Part %1: the top-level heading names a theme and no part.</source>
        <translation>部分 %1：一级标题指向主题而非部分。</translation>
    </message>
    <message>
        <source>Part %1 by default: nothing pointed elsewhere.</source>
        <translation>默认归入部分 %1：没有指向其他部分的依据。</translation>
    </message>
    <message>
        <source>weak heading cues %1</source>
        <translation>标题弱提示词 %1</translation>
    </message>
    <message>
        <source>body %1</source>
        <translation>正文 %1</translation>
    </message>
    <message>
        <source>position among top-level headings +%1</source>
        <translation>在一级标题中的位置 +%1</translation>
    </message>
    <message>
        <source>Part %1 from a generic heading: %2.</source>
        <translation>根据通用标题归入部分 %1：%2。</translation>
    </message>
    <message>
        <source>No theme: the heading names a part.</source>
        <translation>无主题：标题指向的是部分。</translation>
    </message>
    <message>
        <source>No theme: no cue term stood out.</source>
        <translation>无主题：没有突出的提示词。</translation>
    </message>
    <message>
        <source>Theme %1 from the enclosing section.</source>
        <translation>主题 %1 取自所属章节。</translation>
    </message>
    <message>
        <source>heading %1</source>
        <translation>标题 %1</translation>
    </message>
    <message>
        <source>Theme %1 from %2.</source>
        <translation>主题 %1 取自%2。</translation>
    </message>
</context>
<context>
    <name>Dz::ServerProjectAction</name>
    <message>
        <source>Open &amp;Server Project…</source>
        <translation>打开服务器项目(&amp;S)…</translation>
    </message>
    <message>
        <source>Open a team project kept in a PostgreSQL database</source>
        <translation>打开保存在 PostgreSQL 数据库中的团队项目</translation>
    </message>
</context>
<context>
    <name>Dz::ServerProjectDialog</name>
    <message>
        <source>(give the server and the database)</source>
        <translation>（请填写服务器和数据库）</translation>
    </message>
    <message>
        <source>Open Server Project</source>
        <translation>打开服务器项目</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>服务器(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>端口(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>数据库(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>用户(&amp;U)：</translation>
    </message>
    <message>
        <source>S&amp;ecurity:</source>
        <translation>安全(&amp;E)：</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>地址：</translation>
    </message>
    <message>
        <source>a host name, an IP address, or the folder of the server&apos;s socket</source>
        <translation>主机名、IP 地址，或服务器套接字所在的文件夹</translation>
    </message>
    <message>
        <source>the team project&apos;s database, e.g. fazhi2025</source>
        <translation>团队项目的数据库，例如 fazhi2025</translation>
    </message>
    <message>
        <source>Encrypt when the server offers it</source>
        <translation>服务器支持时加密</translation>
    </message>
    <message>
        <source>Always encrypt (TLS)</source>
        <translation>始终加密（TLS）</translation>
    </message>
    <message>
        <source>Always encrypt, and check the server&apos;s certificate and name</source>
        <translation>始终加密，并核验服务器的证书和名称</translation>
    </message>
    <message>
        <source>Never encrypt</source>
        <translation>不加密</translation>
    </message>
    <message>
        <source>Make a new project there when the database is empty</source>
        <translation>数据库为空时在其中新建项目</translation>
    </message>
    <message>
        <source>A database that holds other tables is never changed.</source>
        <translation>已有其他数据表的数据库不会被改动。</translation>
    </message>
    <message>
        <source>No password is asked here: PostgreSQL reads it from its password file (~/.pgpass, or the file PGPASSFILE names), so Duizhao never stores it or writes it to a log. The address can be given to duizhao-cli --project.</source>
        <translation>此处不询问密码：PostgreSQL 从其密码文件（~/.pgpass，或 PGPASSFILE 指定的文件）读取，因此对照从不保存密码，也不会写入日志。此地址可用于 duizhao-cli --project。</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
</context>
<context>
    <name>Dz::SignatureCheck</name>
    <message>
        <source>signed</source>
        <translation>有落款</translation>
    </message>
    <message>
        <source>The report ends with its issuer, “%1”, and the date %2 (落款).</source>
        <translation>报告末尾有发文单位“%1”和日期 %2（落款）。</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>无日期</translation>
    </message>
    <message>
        <source>The report ends with its issuer, “%1”, but no date: a 落款 gives both.</source>
        <translation>报告末尾有发文单位“%1”，但没有日期：落款应两者俱全。</translation>
    </message>
    <message>
        <source>no issuer</source>
        <translation>无单位</translation>
    </message>
    <message>
        <source>The report ends with the date %1 but names no issuing body: a 落款 gives both.</source>
        <translation>报告末尾有日期 %1，但没有发文单位：落款应两者俱全。</translation>
    </message>
    <message>
        <source>unsigned</source>
        <translation>无落款</translation>
    </message>
    <message>
        <source>The report ends without a 落款: neither the issuing body nor a date follows the text.</source>
        <translation>报告没有落款：正文之后既无发文单位也无日期。</translation>
    </message>
</context>
<context>
    <name>Dz::SubstanceCheck</name>
    <message>
        <source>The report has no measures part (P1) to count figures in.</source>
        <translation>报告没有主要举措和成效部分（P1），无从统计数据。</translation>
    </message>
    <message numerus="yes">
        <source>%n quantified statement(s) in %1 characters of the measures part (P1): %2 per 1,000 characters</source>
        <translation>
            <numerusform>主要举措和成效部分（P1）%1 字中有 %n 处数据：每千字 %2 处</numerusform>
        </translation>
    </message>
    <message>
        <source>(at least %1 expected).</source>
        <translation>（应不少于 %1）。</translation>
    </message>
    <message>
        <source>(fewer than %1: results stated without figures).</source>
        <translation>（少于 %1：成效缺少数据支撑）。</translation>
    </message>
    <message>
        <source>The report has no shortcomings part (P2): it takes none of the body.</source>
        <translation>报告没有存在的不足部分（P2）：篇幅为零。</translation>
    </message>
    <message>
        <source>The shortcomings part (P2) has %1 of the body&apos;s %2 characters (%3%)</source>
        <translation>存在的不足部分（P2）占正文 %2 字中的 %1 字（%3%）</translation>
    </message>
    <message>
        <source>(at least %1% expected).</source>
        <translation>（应不少于 %1%）。</translation>
    </message>
    <message>
        <source>(less than %1%: a report of achievements with a token admission).</source>
        <translation>（少于 %1%：通篇成绩，不足一笔带过）。</translation>
    </message>
    <message>
        <source>The report admits no shortcoming: it has no shortcomings part.</source>
        <translation>报告未承认任何不足：没有存在的不足部分。</translation>
    </message>
    <message>
        <source>The shortcomings part names no shortcoming the extractor could tell apart.</source>
        <translation>存在的不足部分中没有能分辨出的具体不足。</translation>
    </message>
    <message numerus="yes">
        <source>%n shortcoming(s) admitted: %1.</source>
        <translation>
            <numerusform>承认 %n 项不足：%1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dz::SumDialog</name>
    <message>
        <source>Sum Statements</source>
        <translation>表述求和</translation>
    </message>
    <message>
        <source>Why these statements make the whole (e.g. the report lists each training)</source>
        <translation>为何这些表述构成总数（例如：报告逐项列出每次培训）</translation>
    </message>
    <message>
        <source>Tick the statements that together make the value:</source>
        <translation>勾选合起来构成该数值的表述：</translation>
    </message>
    <message>
        <source>Nothing ticked yet.</source>
        <translation>尚未勾选任何表述。</translation>
    </message>
    <message>
        <source>Sum: %1 = %2 %3</source>
        <translation>合计：%1 = %2 %3</translation>
    </message>
</context>
<context>
    <name>Dz::TableExport</name>
    <message>
        <source>Table</source>
        <translation>表格</translation>
    </message>
</context>
<context>
    <name>Dz::TableExportActions</name>
    <message>
        <source>Export Markdown…</source>
        <translation>导出 Markdown…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Export XLSX…</source>
        <translation>导出 XLSX…</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>Dz::TimelinessCheck</name>
    <message>
        <source>第二十四条 of 《法治政府建设与责任落实督察工作规定》: published before %1.</source>
        <translation>《法治政府建设与责任落实督察工作规定》第二十四条：应于 %1 前公开。</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>No publication date (发布时间, 发布日期) in the text; it was signed on %1, which is not when it was published. %2</source>
        <translation>文中没有发布日期（发布时间、发布日期）；落款日期为 %1，但这不是公开日期。%2</translation>
    </message>
    <message>
        <source>No publication date (发布时间, 发布日期) and no signing date in the text. %1</source>
        <translation>文中既无发布日期（发布时间、发布日期）也无落款日期。%1</translation>
    </message>
    <message>
        <source>on time</source>
        <translation>按时</translation>
    </message>
    <message>
        <source>Published on %1 (%2), before the deadline. %3</source>
        <translation>%1 公开（%2），在期限之前。%3</translation>
    </message>
    <message numerus="yes">
        <source>late by %n day(s)</source>
        <translation>
            <numerusform>逾期 %n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Published on %1 (%2), %n day(s) after the last day allowed. %3</source>
        <translation>
            <numerusform>%1 公开（%2），超过最后期限 %n 天。%3</numerusform>
        </translation>
    </message>
    <message>
        <source>The text does not say which year it reports on, so there is no deadline to hold it to.</source>
        <translation>文中没有说明报告年度，无法确定公开期限。</translation>
    </message>
</context>
<context>
    <name>Dz::ViewPrinter</name>
    <message>
        <source>The reports compared</source>
        <translation>所对照的报告</translation>
    </message>
    <message>
        <source>Not reported: this report has nothing for this section.</source>
        <translation>未报告：本报告没有此部分的内容。</translation>
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
        <translation>%1 没有“存在的不足”部分：未承认任何不足。</translation>
    </message>
    <message>
        <source>cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>shortcoming</source>
        <translation>不足</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>In the report&apos;s own words</source>
        <translation>报告原文</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Nothing on this theme in: %1</source>
        <translation>以下报告未涉及此主题：%1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Export Weaknesses</source>
        <translation>导出存在的不足</translation>
    </message>
    <message>
        <source>The matrix and every report&apos;s items as a Markdown document</source>
        <translation>将矩阵和各报告的条目导出为 Markdown 文档</translation>
    </message>
    <message>
        <source>Add Theme to Deck</source>
        <translation>将主题加入演示文稿</translation>
    </message>
    <message>
        <source>A slide of the chosen theme: each report&apos;s items in its own words</source>
        <translation>所选主题的一页幻灯片：各报告的原文条目</translation>
    </message>
    <message>
        <source>Annotate…</source>
        <translation>批注…</translation>
    </message>
    <message>
        <source>Analyst&apos;s notes</source>
        <translation>分析员说明</translation>
    </message>
    <message>
        <source>%1 · %2 — %3</source>
        <translation>%1 · %2 — %3</translation>
    </message>
    <message>
        <source>No topic beside a deficiency: no theme</source>
        <translation>同一分句中没有与不足词相伴的主题词：无主题</translation>
    </message>
    <message>
        <source>Read from: %1</source>
        <translation>判断依据：%1</translation>
    </message>
    <message>
        <source>Edit Themes…</source>
        <translation>编辑主题…</translation>
    </message>
    <message>
        <source>Add or tune the weakness themes and their terms; kept in the project, undoable</source>
        <translation>新增或调整不足主题及其词语；保存在项目中，可撤销</translation>
    </message>
    <message>
        <source>Weaknesses</source>
        <translation>存在的不足</translation>
    </message>
    <message>
        <source>also</source>
        <translation>另一主题</translation>
    </message>
    <message>
        <source>No report admits anything under %1.</source>
        <translation>没有报告在%1下承认任何不足。</translation>
    </message>
    <message>
        <source>One row per item: report, kind, its themes, how sure and the terms they were read from, text</source>
        <translation>每条一行：报告、类别、所属主题、把握程度及判断所依据的词语、原文</translation>
    </message>
    <message>
        <source>A workbook: the matrix, and every item</source>
        <translation>工作簿：矩阵及全部条目</translation>
    </message>
    <message>
        <source>Click a cell for its items, a report&apos;s name for all of them, a theme for its items in every report</source>
        <translation>单击单元格看其条目，单击报告名看该报告全部条目，单击主题看各报告在此主题下的条目</translation>
    </message>
    <message>
        <source>%1: “%2”
%3: “%4”</source>
        <translation>%1：“%2”
%3：“%4”</translation>
    </message>
    <message>
        <source>signs of recurrence: %1</source>
        <translation>重复迹象：%1</translation>
    </message>
</context>
<context>
    <name>Dz::WeaknessCatalog</name>
    <message>
        <source>Cannot read the weakness theme file %1: %2</source>
        <translation>无法读取不足主题文件 %1：%2</translation>
    </message>
    <message>
        <source>The weakness theme file %1 is not valid: %2</source>
        <translation>不足主题文件 %1 无效：%2</translation>
    </message>
    <message>
        <source>the file has no &quot;id&quot;</source>
        <translation>文件缺少“id”</translation>
    </message>
    <message>
        <source>the weakness themes</source>
        <translation>不足主题</translation>
    </message>
    <message>
        <source>the file must name the &quot;part&quot; that holds shortcomings</source>
        <translation>文件必须用“part”指明存放不足的部分</translation>
    </message>
    <message>
        <source>&quot;themes&quot; must be a non-empty array</source>
        <translation>“themes”必须是非空数组</translation>
    </message>
    <message>
        <source>theme %1 needs an &quot;id&quot; of its own</source>
        <translation>第 %1 个主题需要一个不重复的“id”</translation>
    </message>
    <message>
        <source>theme %1</source>
        <translation>主题 %1</translation>
    </message>
    <message>
        <source>%1: the term “%2” is listed twice in &quot;%3&quot;</source>
        <translation>%1：词语“%2”在 &quot;%3&quot; 中重复出现</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must list at least one term</source>
        <translation>%1：&quot;%2&quot; 至少须列出一个词语</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be an array of concepts {&quot;concept&quot;, &quot;terms&quot;}</source>
        <translation>%1：&quot;%2&quot; 必须是概念 {&quot;concept&quot;, &quot;terms&quot;} 的数组</translation>
    </message>
    <message>
        <source>%1: concept %2 of &quot;%3&quot; needs a &quot;concept&quot; name of its own</source>
        <translation>%1：&quot;%3&quot; 的第 %2 个概念需要一个独有的 &quot;concept&quot; 名称</translation>
    </message>
    <message>
        <source>%1, concept “%2”</source>
        <translation>%1，概念“%2”</translation>
    </message>
    <message>
        <source>%1: the pattern “%2” is not a valid regular expression: %3</source>
        <translation>%1：模式“%2”不是有效的正则表达式：%3</translation>
    </message>
    <message>
        <source>%1: the term “%2” is in two concepts of &quot;%3&quot;</source>
        <translation>%1：词语“%2”同时属于 &quot;%3&quot; 中的两个概念</translation>
    </message>
    <message>
        <source>%1: needs a positive numeric &quot;weight&quot; (at most 100)</source>
        <translation>%1：需要为正数的 &quot;weight&quot;（不超过 100）</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must list at least one concept</source>
        <translation>%1：&quot;%2&quot; 至少须列出一个概念</translation>
    </message>
    <message>
        <source>the catalog</source>
        <translation>主题目录</translation>
    </message>
    <message>
        <source>the shared deficiencies</source>
        <translation>通用不足词</translation>
    </message>
    <message>
        <source>&quot;themeThreshold&quot; must be positive</source>
        <translation>&quot;themeThreshold&quot; 必须为正数</translation>
    </message>
    <message>
        <source>&quot;restWeight&quot;, &quot;detailWeight&quot;, &quot;carryOver&quot;, &quot;secondShare&quot; and &quot;modifierShare&quot; must be between 0 and 1</source>
        <translation>&quot;restWeight&quot;、&quot;detailWeight&quot;、&quot;carryOver&quot;、&quot;secondShare&quot; 和 &quot;modifierShare&quot; 必须在 0 到 1 之间</translation>
    </message>
    <message>
        <source>&quot;headBonus&quot; must be between 0 and 10</source>
        <translation>&quot;headBonus&quot; 必须在 0 到 10 之间</translation>
    </message>
    <message>
        <source>%1, definition</source>
        <translation>%1，定义</translation>
    </message>
    <message>
        <source>theme %1: &quot;dominates&quot; names “%2”, which is not another theme of the file</source>
        <translation>主题 %1：&quot;dominates&quot; 中的“%2”不是本文件的另一个主题</translation>
    </message>
    <message>
        <source>theme %1, concept “%2”: &quot;with&quot; names “%3”, which is no deficiency concept of the file</source>
        <translation>主题 %1，概念“%2”：&quot;with&quot; 中的“%3”不是本文件的不足词概念</translation>
    </message>
    <message>
        <source>the edited catalog</source>
        <translation>编辑后的主题目录</translation>
    </message>
    <message>
        <source>&quot;secondTopics&quot; must be a whole number from 1 to 10</source>
        <translation>&quot;secondTopics&quot; 必须是 1 到 10 之间的整数</translation>
    </message>
</context>
<context>
    <name>Dz::WeaknessCatalogEditor</name>
    <message>
        <source>The built-in themes (revision %1). A change makes them the project&apos;s own.</source>
        <translation>内置主题（第 %1 次修订）。一经修改即成为本项目自己的主题。</translation>
    </message>
    <message>
        <source>The project&apos;s own themes (revision %1).</source>
        <translation>本项目自己的主题（第 %1 次修订）。</translation>
    </message>
    <message>
        <source>The theme needs an id (W21 …).</source>
        <translation>主题需要编号（W21 …）。</translation>
    </message>
    <message>
        <source>There is already a theme %1.</source>
        <translation>已有主题 %1。</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>没有改动。</translation>
    </message>
    <message>
        <source>Edit weakness theme %1</source>
        <translation>编辑不足主题 %1</translation>
    </message>
    <message>
        <source>Add weakness theme %1</source>
        <translation>新增不足主题 %1</translation>
    </message>
    <message>
        <source>A new theme: give its labels and at least one topic concept with terms, then Apply.</source>
        <translation>新主题：填写名称，至少给出一个带词语的主题词概念，然后点“应用”。</translation>
    </message>
    <message>
        <source>Remove weakness theme %1</source>
        <translation>删除不足主题 %1</translation>
    </message>
    <message>
        <source>Back to the built-in weakness themes</source>
        <translation>恢复内置不足主题</translation>
    </message>
    <message>
        <source>Import Weakness Themes</source>
        <translation>导入不足主题</translation>
    </message>
    <message>
        <source>Weakness themes (*.json)</source>
        <translation>不足主题 (*.json)</translation>
    </message>
    <message>
        <source>Import weakness themes from %1</source>
        <translation>从 %1 导入不足主题</translation>
    </message>
    <message>
        <source>Export Weakness Themes</source>
        <translation>导出不足主题</translation>
    </message>
    <message>
        <source>Weakness Themes</source>
        <translation>不足主题</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Label (Chinese)</source>
        <translation>名称（中文）</translation>
    </message>
    <message>
        <source>Label (English)</source>
        <translation>名称（英文）</translation>
    </message>
    <message>
        <source>Definition (Chinese)</source>
        <translation>定义（中文）</translation>
    </message>
    <message>
        <source>Definition (English)</source>
        <translation>定义（英文）</translation>
    </message>
    <message>
        <source>Topics: what the theme is about. A topic beside a deficiency in one clause gives the theme.</source>
        <translation>主题词：主题所涉的领域。同一分句中主题词与不足词相伴，即归入该主题。</translation>
    </message>
    <message>
        <source>The theme&apos;s own deficiency words (the shared ones such as 不足, 有待 apply to every theme).</source>
        <translation>本主题特有的不足词（不足、有待等通用不足词适用于所有主题）。</translation>
    </message>
    <message>
        <source>Concept</source>
        <translation>概念</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Generic</source>
        <translation>泛指</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>属性</translation>
    </message>
    <message>
        <source>Only beside</source>
        <translation>仅与之相伴</translation>
    </message>
    <message>
        <source>Names the theme alone</source>
        <translation>单独即可定主题</translation>
    </message>
    <message>
        <source>Gives way to a specific topic of another theme (机制 in 信息共享机制 is about sharing)</source>
        <translation>让位于其他主题的具体主题词（信息共享机制中的“机制”归于信息共享）</translation>
    </message>
    <message>
        <source>Belongs to what it is said of, also across 的 (主动性 in 信息公开的主动性)</source>
        <translation>归于其所修饰的对象，隔着“的”也一样（信息公开的主动性）</translation>
    </message>
    <message>
        <source>Counts only beside a deficiency of these concepts (执法人员 with 短缺: staffing)</source>
        <translation>只在与这些不足词概念相伴时计入（执法人员与“短缺”相伴：人员力量）</translation>
    </message>
    <message>
        <source>The words name the theme without a topic of it (不作为, 多头执法)</source>
        <translation>这些词无需主题词即可确定主题（不作为、多头执法）</translation>
    </message>
    <message>
        <source>Add Theme</source>
        <translation>新增主题</translation>
    </message>
    <message>
        <source>Remove Theme</source>
        <translation>删除主题</translation>
    </message>
    <message>
        <source>Add Topic</source>
        <translation>新增主题词</translation>
    </message>
    <message>
        <source>Add Deficiency</source>
        <translation>新增不足词</translation>
    </message>
    <message>
        <source>Remove Row</source>
        <translation>删除行</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Checks the theme like a catalog file and keeps it in the project (Edit → Undo takes it back)</source>
        <translation>像检查主题文件一样检查该主题，并保存在项目中（编辑 → 撤销可恢复）</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Write the themes as a file for duizhao-cli --catalog</source>
        <translation>将主题写成文件，供 duizhao-cli --catalog 使用</translation>
    </message>
    <message>
        <source>Back to Built-in Themes</source>
        <translation>恢复内置主题</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Weakness themes</source>
        <translation>不足主题</translation>
    </message>
    <message>
        <source>Terms (synonyms, separated by 、)</source>
        <translation>词语（同义词，以“、”分隔）</translation>
    </message>
    <message>
        <source>Terms (separated by 、)</source>
        <translation>词语（以“、”分隔）</translation>
    </message>
    <message>
        <source>Terms are matched as words: a term inside a longer word (系统 in 系统性) does not count. A term that holds a 、 stands in 「」 (「重审批、轻监管」).</source>
        <translation>词语按词匹配：处在更长词语内部的词（系统性中的“系统”）不计。含有 、 的词语用「」括起（「重审批、轻监管」）。</translation>
    </message>
</context>
<context>
    <name>Dz::WeaknessFormat</name>
    <message>
        <source>no shortcomings part: the report admits no weaknesses</source>
        <translation>没有“存在的不足”部分：报告未承认任何不足</translation>
    </message>
    <message>
        <source>a shortcomings part without recognisable items</source>
        <translation>有“存在的不足”部分，但未识别出条目</translation>
    </message>
    <message>
        <source>cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>shortcoming</source>
        <translation>不足</translation>
    </message>
    <message>
        <source>no theme</source>
        <translation>无主题</translation>
    </message>
    <message>
        <source>topic: %1</source>
        <translation>主题词：%1</translation>
    </message>
    <message>
        <source>deficiency: %1</source>
        <translation>不足词：%1</translation>
    </message>
    <message>
        <source>No clear theme</source>
        <translation>无明确主题</translation>
    </message>
    <message>
        <source>%1 (%2) — %3</source>
        <translation>%1（%2）— %3</translation>
    </message>
</context>
<context>
    <name>Dz::WeaknessMatrixModel</name>
    <message>
        <source>No clear theme</source>
        <translation>无明确主题</translation>
    </message>
    <message>
        <source>no shortcomings part</source>
        <translation>无“存在的不足”部分</translation>
    </message>
    <message>
        <source>%1 has no shortcomings part: it admits no weaknesses.</source>
        <translation>%1 没有“存在的不足”部分：未承认任何不足。</translation>
    </message>
    <message>
        <source>Weaknesses admitted, by theme</source>
        <translation>各报告承认的不足（按主题）</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>No shortcomings part: the report admits no weaknesses.</source>
        <translation>没有“存在的不足”部分：报告未承认任何不足。</translation>
    </message>
    <message>
        <source>(cause) </source>
        <translation>（原因）</translation>
    </message>
    <message>
        <source>%1 — click to list its items in every report</source>
        <translation>%1——单击列出各报告在此主题下的条目</translation>
    </message>
    <message>
        <source>unclassified</source>
        <translation>未归类</translation>
    </message>
    <message>
        <source>clear</source>
        <translation>明确</translation>
    </message>
    <message>
        <source>possible</source>
        <translation>可能</translation>
    </message>
    <message>
        <source>cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>shortcoming</source>
        <translation>不足</translation>
    </message>
    <message>
        <source>Weaknesses admitted</source>
        <translation>承认的不足</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Theme given</source>
        <translation>主题把握</translation>
    </message>
    <message>
        <source>Read from</source>
        <translation>判断依据</translation>
    </message>
    <message>
        <source>Second theme</source>
        <translation>第二主题</translation>
    </message>
    <message>
        <source>In the report&apos;s own words</source>
        <translation>报告原文</translation>
    </message>
    <message>
        <source>Admitted again</source>
        <translation>再次承认</translation>
    </message>
    <message>
        <source>· %1: “%2”
   %3: “%4”</source>
        <translation>· %1：“%2”
   %3：“%4”</translation>
    </message>
    <message>
        <source>Shortcomings a later year of the same body admits again</source>
        <translation>同一单位后一年再次承认的不足</translation>
    </message>
    <message>
        <source>Recurring</source>
        <translation>重复出现</translation>
    </message>
    <message>
        <source>Admitted the year before in</source>
        <translation>上一年度已提出于</translation>
    </message>
    <message>
        <source>The year before&apos;s words</source>
        <translation>上一年度表述</translation>
    </message>
    <message>
        <source>Admitted the year before: the same body&apos;s report of the year before admitted the same shortcoming, in its own words.</source>
        <translation>上一年度已提出：同一机关上一年度报告已提出同一不足，以其原文表述列出。</translation>
    </message>
    <message>
        <source>Shortcomings admitted again</source>
        <translation>再次承认的不足</translation>
    </message>
    <message>
        <source>Signs of recurrence</source>
        <translation>重复迹象</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Shortcomings a report admits that the same body&apos;s report of the year before admitted too, matched by theme and topic in any words; signs such as 依然 or 尚未根本解决 say so in the text.</source>
        <translation>报告所列不足中，同一机关上一年度报告也已提出的部分，按主题和议题匹配（措辞可不同）；“依然”“尚未根本解决”等字样为文中的重复迹象。</translation>
    </message>
</context>
<context>
    <name>Dz::WebImportDialog</name>
    <message>
        <source>Import from Web Address</source>
        <translation>从网址导入</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>网址(&amp;A)：</translation>
    </message>
    <message>
        <source>Fetching %1…</source>
        <translation>正在获取 %1…</translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>No project is open.</source>
        <translation>没有打开的项目。</translation>
    </message>
    <message>
        <source>Added %1 to the project.</source>
        <translation>已将 %1 加入项目。</translation>
    </message>
</context>
<context>
    <name>Dz::WelcomeDialog</name>
    <message>
        <source>&amp;Show this at start</source>
        <translation>启动时显示(&amp;S)</translation>
    </message>
    <message>
        <source>Welcome to Duizhao</source>
        <translation>欢迎使用对照</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to Duizhao (对照)&lt;/h2&gt;&lt;p&gt;Duizhao reads rule-of-law reports (法治政府建设情况报告) and sets them side by side. Three steps to begin:&lt;/p&gt;</source>
        <translation>&lt;h2&gt;欢迎使用对照（Duizhao）&lt;/h2&gt;&lt;p&gt;对照读取法治政府建设情况报告，并把它们并排对照。从这三步开始：&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;ol&gt;&lt;li&gt;&lt;b&gt;Bring in the reports.&lt;/b&gt; File → Import Reports… (text, web pages, Word, WPS, PDF, OFD), a folder, or a .zip as districts send them; or drop them on the window. The five sample reports are open now.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Compare them.&lt;/b&gt; Select reports in the Reports list (Ctrl-click) and read them section by section in &lt;i&gt;Compare&lt;/i&gt;; their figures in &lt;i&gt;Indicators&lt;/i&gt;, what they admit in &lt;i&gt;Weaknesses&lt;/i&gt;, whether they meet the rules in &lt;i&gt;Audit&lt;/i&gt;.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Correct, then pass it on.&lt;/b&gt; Right-click a value or a section, or edit a report’s identity, to correct what Duizhao read; then File → Export Brief… for a Word brief, the Deck for slides, or File → Print….&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;ol&gt;&lt;li&gt;&lt;b&gt;导入报告。&lt;/b&gt;文件 → 导入报告…（文本、网页、Word、WPS、PDF、OFD），导入文件夹，或各区县报送的 .zip 压缩包；也可以直接拖到窗口上。现在已打开五份示例报告。&lt;/li&gt;&lt;li&gt;&lt;b&gt;对照阅读。&lt;/b&gt;在“报告”列表中选择报告（按住 Ctrl 点击），在&lt;i&gt;对照&lt;/i&gt;中逐章节阅读；在&lt;i&gt;指标&lt;/i&gt;中看数据，在&lt;i&gt;存在的不足&lt;/i&gt;中看承认的不足，在&lt;i&gt;审查&lt;/i&gt;中看是否符合要求。&lt;/li&gt;&lt;li&gt;&lt;b&gt;更正后交付。&lt;/b&gt;右键点击数值或章节，或编辑报告身份，更正读错的地方；然后用 文件 → 导出简报… 写出 Word 简报，用“演示文稿”窗格做幻灯片，或 文件 → 打印…。&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>Open the &amp;User Guide</source>
        <translation>打开使用指南(&amp;U)</translation>
    </message>
</context>
<context>
    <name>Dz::WordGroups</name>
    <message>
        <source>Cannot read the word groups %1: %2</source>
        <translation>无法读取同义词组 %1：%2</translation>
    </message>
    <message>
        <source>The word groups %1 are not valid: line %2 has “%3”, a word of one character</source>
        <translation>同义词组 %1 无效：第 %2 行的“%3”只有一个字</translation>
    </message>
    <message>
        <source>The word groups %1 are not valid: line %2 is a group of one word</source>
        <translation>同义词组 %1 无效：第 %2 行只有一个词，不成一组</translation>
    </message>
</context>
<context>
    <name>Dz::WordSegmenter</name>
    <message>
        <source>Cannot read the word list %1: %2</source>
        <translation>无法读取词表 %1：%2</translation>
    </message>
    <message>
        <source>The word list %1 is not valid: %2</source>
        <translation>词表 %1 无效：%2</translation>
    </message>
    <message>
        <source>line %1 is not “word&lt;TAB&gt;frequency”</source>
        <translation>第 %1 行不是“词语&lt;TAB&gt;词频”</translation>
    </message>
    <message>
        <source>it lists no words</source>
        <translation>其中没有词语</translation>
    </message>
    <message>
        <source>it has no “total” line</source>
        <translation>缺少“total”行</translation>
    </message>
</context>
<context>
    <name>Dz::WorkbenchStatus</name>
    <message>
        <source>No reports loaded. Open report files or drop them here.</source>
        <translation>尚未加载报告。请打开报告文件，或将文件拖放到此处。</translation>
    </message>
    <message numerus="yes">
        <source>Loading %n report(s)…</source>
        <translation>
            <numerusform>正在加载 %n 份报告…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Loaded %n report(s).</source>
        <translation>
            <numerusform>已加载 %n 份报告。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) already in the project.</source>
        <translation>
            <numerusform>%n 个文件已在项目中。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be read.</source>
        <translation>
            <numerusform>%n 个文件无法读取。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Comparing %n report(s)…</source>
        <translation>
            <numerusform>正在对照 %n 份报告…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n 个问题</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop importing or comparing; the reports imported so far stay in the project</source>
        <translation>停止导入或对照；已导入的报告保留在项目中</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v / %m</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) read with a warning.</source>
        <translation>
            <numerusform>%n 份报告读取时有警告。</numerusform>
        </translation>
    </message>
    <message>
        <source>Some folder entries were left out (see Problems).</source>
        <translation>文件夹中有些项目被跳过（见“问题”）。</translation>
    </message>
    <message numerus="yes">
        <source>Remove the %n Report(s)</source>
        <translation>
            <numerusform>移除这 %n 份报告</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import canceled: %n report(s) read before the cancel are kept in the project.</source>
        <translation>
            <numerusform>导入已取消：取消前已读入的 %n 份报告保留在项目中。</numerusform>
        </translation>
    </message>
    <message>
        <source>Import canceled: nothing was added.</source>
        <translation>导入已取消：没有加入任何报告。</translation>
    </message>
    <message>
        <source>Comparing the first %1 of %2 reports: add others from the report list (Add to Comparison).</source>
        <translation>正在对照 %2 份报告中的前 %1 份：可在报告列表中选择其他报告（加入对照）。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1及另外%n份</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Comparing %n report(s): %1.</source>
        <translation>
            <numerusform>正在对照 %n 份报告：%1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Take the reports the canceled import had read out of the project again</source>
        <translation>将被取消的导入已读入的报告从项目中移除</translation>
    </message>
    <message>
        <source>Server · encrypted</source>
        <translation>服务器 · 已加密</translation>
    </message>
    <message>
        <source>The connection to the project&apos;s server is encrypted (%1).</source>
        <translation>与项目服务器的连接已加密（%1）。</translation>
    </message>
    <message>
        <source>Server · not encrypted</source>
        <translation>服务器 · 未加密</translation>
    </message>
    <message>
        <source>The connection to the project&apos;s server is not encrypted: on a network others can read what is sent. Open the project again with Always encrypt (TLS) where the server offers it.</source>
        <translation>与项目服务器的连接未加密：在网络上，他人可以读取传输的内容。如服务器支持，请以“始终加密（TLS）”重新打开项目。</translation>
    </message>
    <message numerus="yes">
        <source>Server · offline, trying again in %n s</source>
        <translation>
            <numerusform>服务器 · 离线，%n 秒后重试</numerusform>
        </translation>
    </message>
    <message>
        <source>Server · offline</source>
        <translation>服务器 · 离线</translation>
    </message>
    <message>
        <source>The project&apos;s server cannot be reached: %1
Changes are not saved until Duizhao has connected again; File → Reconnect tries at once.</source>
        <translation>无法连接项目服务器：%1
重新连接之前，改动不会保存；“文件 → 重新连接”可立即重试。</translation>
    </message>
</context>
<context>
    <name>Dz::XlsxWorkbook</name>
    <message>
        <source>“%1” cannot be a sheet name: %2</source>
        <translation>“%1”不能用作工作表名称：%2</translation>
    </message>
    <message>
        <source>it is empty.</source>
        <translation>名称为空。</translation>
    </message>
    <message numerus="yes">
        <source>it is longer than %n characters.</source>
        <translation>
            <numerusform>名称超过 %n 个字符。</numerusform>
        </translation>
    </message>
    <message>
        <source>it contains “%1”; none of [ ] : * ? / \ may be used.</source>
        <translation>名称含有“%1”；不能使用 [ ] : * ? / \ 中的任何字符。</translation>
    </message>
    <message>
        <source>it contains a control character.</source>
        <translation>名称含有控制字符。</translation>
    </message>
    <message>
        <source>it begins or ends with an apostrophe.</source>
        <translation>名称以撇号开头或结尾。</translation>
    </message>
    <message>
        <source>Excel reserves it.</source>
        <translation>该名称为 Excel 保留。</translation>
    </message>
    <message>
        <source>another sheet has it.</source>
        <translation>已有工作表使用该名称。</translation>
    </message>
    <message>
        <source>Sheet “%1”, cell %2: %3 is not a number a spreadsheet can hold.</source>
        <translation>工作表“%1”单元格 %2：%3 不是电子表格能保存的数值。</translation>
    </message>
    <message>
        <source>Sheet “%1”, cell %2: the text is longer than the %3 characters a cell can hold.</source>
        <translation>工作表“%1”单元格 %2：文本超过单元格可容纳的 %3 个字符。</translation>
    </message>
    <message>
        <source>A workbook needs at least one sheet.</source>
        <translation>工作簿至少需要一个工作表。</translation>
    </message>
</context>
<context>
    <name>Dz::ZipPackage</name>
    <message>
        <source>%1: the file is damaged: it should be a zip package but cannot be opened as one (%2).</source>
        <translation>%1：文件已损坏：应为 zip 包，但无法按 zip 打开（%2）。</translation>
    </message>
    <message>
        <source>%1: refused: its part %2 would inflate to %3 (from %4), more than a document holds (a zip bomb, or a damaged file).</source>
        <translation>%1：已拒绝：其中的 %2 解压后将达 %3（压缩前 %4），超出文档应有的大小（zip 炸弹或文件已损坏）。</translation>
    </message>
    <message>
        <source>%1: the package has no part %2.</source>
        <translation>%1：包中没有 %2。</translation>
    </message>
    <message>
        <source>%1: the part %2 cannot be read.</source>
        <translation>%1：无法读取 %2。</translation>
    </message>
    <message>
        <source>%1: the part %2 is damaged.</source>
        <translation>%1：%2 已损坏。</translation>
    </message>
    <message>
        <source>%1: refused: reading its parts would inflate more than %2 in all (a part named again and again, or a zip bomb).</source>
        <translation>%1：已拒绝：读取其各部分解压后总计将超过 %2（某一部分被反复引用，或为 zip 炸弹）。</translation>
    </message>
</context>
<context>
    <name>Dz::ZipReports</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>the zip is damaged or truncated: its list of files cannot be read.</source>
        <translation>压缩包已损坏或不完整：无法读取其中的文件列表。</translation>
    </message>
    <message>
        <source>no such file.</source>
        <translation>文件不存在。</translation>
    </message>
    <message>
        <source>not a regular file.</source>
        <translation>不是普通文件。</translation>
    </message>
    <message>
        <source>the zip is %1, larger than any set of reports.</source>
        <translation>压缩包大小为 %1，超过任何一组报告应有的大小。</translation>
    </message>
    <message>
        <source>it is not a zip archive.</source>
        <translation>这不是 zip 压缩包。</translation>
    </message>
    <message>
        <source>the zip is in the ZIP64 form of archives over 4 GB, larger than any set of reports.</source>
        <translation>该压缩包为超过 4 GB 的 ZIP64 格式，超过任何一组报告应有的大小。</translation>
    </message>
    <message>
        <source>refused: %1 would inflate to %2 (from %3), more than reports hold (a zip bomb, or a damaged file).</source>
        <translation>已拒绝：%1 解压后将达 %2（压缩后 %3），远超报告应有的大小（压缩炸弹，或文件已损坏）。</translation>
    </message>
    <message>
        <source>%1 in %2: %3</source>
        <translation>%2 中的 %1：%3</translation>
    </message>
    <message>
        <source>the file is encrypted (a zip with a password); unpack it with its password and import the files.</source>
        <translation>该文件已加密（有密码的压缩包）；请用密码解压后导入其中的文件。</translation>
    </message>
    <message>
        <source>the file is compressed by a method Duizhao cannot read (%1); unpack the zip and import the files.</source>
        <translation>该文件使用对照无法读取的压缩方法（%1）；请解压后导入其中的文件。</translation>
    </message>
    <message>
        <source>the zip is damaged.</source>
        <translation>压缩包已损坏。</translation>
    </message>
    <message>
        <source>the zip is truncated.</source>
        <translation>压缩包不完整。</translation>
    </message>
    <message>
        <source>the file cannot be inflated.</source>
        <translation>无法解压该文件。</translation>
    </message>
    <message>
        <source>%1: no such file in a zip.</source>
        <translation>%1：压缩包中没有此文件。</translation>
    </message>
    <message>
        <source>%1: the zip holds no file %2.</source>
        <translation>%1：压缩包中没有文件 %2。</translation>
    </message>
    <message>
        <source>%1: the zip is empty: it holds no reports.</source>
        <translation>%1：压缩包是空的，其中没有报告。</translation>
    </message>
    <message numerus="yes">
        <source>%1: the zip holds no reports: none of its %n file(s) is a text, web page, Word, WPS, RTF, OpenDocument, PDF or OFD document (%2).</source>
        <translation>
            <numerusform>%1：压缩包中没有报告：其中%n个文件都不是文本、网页、Word、WPS、RTF、OpenDocument、PDF 或 OFD 文档（%2）。</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Timed out waiting for the reports to load.</source>
        <translation>等待报告加载超时。</translation>
    </message>
    <message>
        <source>Could not write the screenshot to %1.</source>
        <translation>无法将截图写入 %1。</translation>
    </message>
    <message>
        <source>Screenshot written to %1.</source>
        <translation>截图已写入 %1。</translation>
    </message>
    <message>
        <source>Compare the rule-of-law reports of government bodies side by side.</source>
        <translation>并排对照政府部门的法治政府建设情况报告。</translation>
    </message>
    <message>
        <source>Open the window on the built-in samples, check they load, and exit (0 on success).</source>
        <translation>用内置示例打开窗口，检查能否加载，然后退出（成功返回 0）。</translation>
    </message>
    <message>
        <source>Load the reports, save a picture of the window to &lt;file&gt; and exit.</source>
        <translation>加载报告，将窗口截图保存到 &lt;file&gt; 后退出。</translation>
    </message>
    <message>
        <source>Reads rule-of-law reports and prints what Duizhao finds in them.</source>
        <translation>读取法治政府建设情况报告，并输出对照从中识别出的内容。</translation>
    </message>
    <message>
        <source>%1: no files given.</source>
        <translation>%1：未指定文件。</translation>
    </message>
    <message>
        <source>%1: unknown format “%2” (use %3).</source>
        <translation>%1：未知格式“%2”（请用 %3）。</translation>
    </message>
    <message>
        <source>Output format: json, text or csv (outline: json or text).</source>
        <translation>输出格式：json、text 或 csv（outline 仅 json 或 text）。</translation>
    </message>
    <message>
        <source>indicators: only these indicators (comma-separated ids, e.g. penalty_cases,emergency_drills).</source>
        <translation>indicators：只输出这些指标（以逗号分隔的 id，例如 penalty_cases,emergency_drills）。</translation>
    </message>
    <message>
        <source>Self-test: %1 reports, %2 top-level headings in the first, %3 columns compared on %4 sections, %5 problems.</source>
        <translation>自检：%1 份报告，第一份有 %2 个一级标题，%3 列在 %4 个章节上对照，%5 个问题。</translation>
    </message>
    <message>
        <source>Bring the compare view to this section of the scheme, e.g. P1.T05 or P2.</source>
        <translation>让对照视图定位到方案中的此章节，例如 P1.T05 或 P2。</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n slide(s)).</source>
        <translation>
            <numerusform>已写入 %1（%n 页）。</numerusform>
        </translation>
    </message>
    <message>
        <source>chart: nothing to draw (no readable reports).</source>
        <translation>chart：没有可画的内容（没有可读的报告）。</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>已写入 %1。</translation>
    </message>
    <message>
        <source>chart, deck: pixels per picture pixel for PNG (2 for sharp slides).</source>
        <translation>chart、deck：PNG 的倍率（幻灯片清晰可用 2）。</translation>
    </message>
    <message>
        <source>deck: put charts on slides as pictures instead of native, editable charts.</source>
        <translation>deck：图表以图片插入幻灯片，而不是可编辑的原生图表。</translation>
    </message>
    <message>
        <source>%1: say where to write with --out.</source>
        <translation>%1：请用 --out 指定写入位置。</translation>
    </message>
    <message>
        <source>%1: --size must be like 1920x1080 and --scale between 0 and 8.</source>
        <translation>%1：--size 应形如 1920x1080，--scale 应在 0 到 8 之间。</translation>
    </message>
    <message>
        <source>%1: cannot write “%2” (use a file ending in .%3).</source>
        <translation>%1：无法写入“%2”（请使用以 .%3 结尾的文件）。</translation>
    </message>
    <message>
        <source>chart: name the indicators with --indicator (%1).</source>
        <translation>chart：请用 --indicator 指定指标（%1）。</translation>
    </message>
    <message>
        <source>%1 of %2 files</source>
        <translation>%1 / %2 个文件</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n report(s) added</source>
        <translation>
            <numerusform>%1：已添加 %n 份报告</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed report(s) updated</source>
        <translation>
            <numerusform>更新 %n 份已修改的报告</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s) skipped</source>
        <translation>
            <numerusform>跳过 %n 份重复报告</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) not imported</source>
        <translation>
            <numerusform>%n 个文件未导入</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) found.</source>
        <translation>
            <numerusform>找到 %n 份报告。</numerusform>
        </translation>
    </message>
    <message>
        <source>import: give a project and at least one report file or folder.</source>
        <translation>import：请指定项目以及至少一个报告文件或文件夹。</translation>
    </message>
    <message>
        <source>search: give a project and what to search for.</source>
        <translation>search：请指定项目以及要查找的内容。</translation>
    </message>
    <message>
        <source>No report could be read; there is nothing to show.</source>
        <translation>没有可读取的报告；没有可显示的内容。</translation>
    </message>
    <message>
        <source>deck: nothing to put on slides (no readable reports); %1 not written.</source>
        <translation>deck：没有可放入幻灯片的内容（没有可读的报告）；未写入 %1。</translation>
    </message>
    <message>
        <source>chart: picture size in pixels, e.g. 1920x1080 (deck pictures are drawn to fit their slides).</source>
        <translation>chart：图片尺寸（像素），例如 1920x1080（deck 中的图片按幻灯片大小绘制）。</translation>
    </message>
    <message>
        <source>No display to open the window on (DISPLAY and WAYLAND_DISPLAY are not set). Run Duizhao on a desktop; --help, --version, --self-test and --screenshot also work without one.</source>
        <translation>没有可打开窗口的显示器（未设置 DISPLAY 和 WAYLAND_DISPLAY）。请在桌面环境中运行对照；--help、--version、--self-test 和 --screenshot 无需显示器也可使用。</translation>
    </message>
    <message>
        <source>Start on this view: compare, matrix, indicators, weaknesses, report or audit.</source>
        <translation>启动时显示此视图：compare、matrix、indicators、weaknesses、report 或 audit。</translation>
    </message>
    <message>
        <source>A project (.duizhao) to open, or report files to import into a new untitled project (plain text, saved web pages, .docx, PDF, OFD; .doc, .wps, .rtf and .odt where LibreOffice is installed). Without any, the last project opens, or the built-in samples in an untitled project.</source>
        <translation>要打开的项目（.duizhao），或要导入新的未命名项目的报告文件（纯文本、保存的网页、.docx、PDF、OFD；安装了 LibreOffice 时还可读 .doc、.wps、.rtf 和 .odt）。不指定时打开上次的项目，或在未命名项目中打开内置示例。</translation>
    </message>
    <message>
        <source>Unknown view “%1” (use compare, matrix, indicators, weaknesses, report or audit).</source>
        <translation>未知视图“%1”（请用 compare、matrix、indicators、weaknesses、report 或 audit）。</translation>
    </message>
    <message>
        <source>Read scanned PDFs by OCR (needs tesseract with chi_sim).</source>
        <translation>用 OCR 读取扫描版 PDF（需要安装带 chi_sim 的 tesseract）。</translation>
    </message>
    <message>
        <source>brief: nothing to write about (no readable reports); %1 not written.</source>
        <translation>brief：没有可写的内容（没有可读取的报告）；未写出 %1。</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n table(s), %2 chart(s)).</source>
        <translation>
            <numerusform>已写出 %1（%n个表格，%2张图表）。</numerusform>
        </translation>
    </message>
    <message>
        <source>chart, deck, brief: the file to write (.png, .svg, .pdf or .pptx; deck: .pptx; brief: .docx).</source>
        <translation>chart、deck、brief：要写出的文件（.png、.svg、.pdf 或 .pptx；deck：.pptx；brief：.docx）。</translation>
    </message>
    <message>
        <source>brief: group the analyst&apos;s annotations by theme or by report (theme, report).</source>
        <translation>brief：分析人员批注按主题或按报告分组（theme、report）。</translation>
    </message>
    <message>
        <source>Report files (text: UTF-8, UTF-16 or GB18030), or zips of them.</source>
        <translation>报告文件（文本：UTF-8、UTF-16 或 GB18030），或其压缩包。</translation>
    </message>
    <message>
        <source>brief: say where to write with --out, a file ending in .docx.</source>
        <translation>brief：请用 --out 指定写出位置，文件须以 .docx 结尾。</translation>
    </message>
    <message>
        <source>brief: --group takes theme or report.</source>
        <translation>brief：--group 取值为 theme 或 report。</translation>
    </message>
    <message numerus="yes">
        <source>%n kind(s) of folder entries left out (see above)</source>
        <translation>
            <numerusform>%n 类文件夹项目被跳过（见上文）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) read with a warning</source>
        <translation>
            <numerusform>%n 份报告读取时有警告</numerusform>
        </translation>
    </message>
    <message>
        <source>checked %1 of %2</source>
        <translation>已检查 %1 / %2</translation>
    </message>
    <message>
        <source>check: give one project.</source>
        <translation>check：请指定一个项目。</translation>
    </message>
    <message>
        <source>themes: give files of statements, one per line.</source>
        <translation>themes：请指定表述文件，每行一条。</translation>
    </message>
    <message>
        <source>%1: a picture of %2x%3 at scale %4 would have %5 million pixels; at most %6 million are drawn. Choose a smaller --size or --scale.</source>
        <translation>%1：%2x%3 的图片按 %4 倍绘制将有 %5 百万像素；最多只绘制 %6 百万像素。请选择较小的 --size 或 --scale。</translation>
    </message>
    <message>
        <source>Unknown command “%1”. Commands: outline, align, indicators, weaknesses, themes, audit, chart, deck, brief, import, search, check.</source>
        <translation>未知命令“%1”。可用命令：outline、align、indicators、weaknesses、themes、audit、chart、deck、brief、import、search、check。</translation>
    </message>
    <message>
        <source>duizhao-cli: the output could not be written (%1); what was written is incomplete.</source>
        <translation>duizhao-cli：输出无法写入（%1）；已写出的内容不完整。</translation>
    </message>
    <message>
        <source>Cannot read the statements in %1: %2</source>
        <translation>无法读取 %1 中的表述：%2</translation>
    </message>
    <message>
        <source>a plan, not a shortcoming</source>
        <translation>是工作安排，不是不足</translation>
    </message>
    <message>
        <source>reports success, not a shortcoming</source>
        <translation>是成效，不是不足</translation>
    </message>
    <message>
        <source>no theme: no topic beside a deficiency</source>
        <translation>无主题：没有与不足词相伴的主题词</translation>
    </message>
    <message>
        <source>Take the reports of this project (outline, align, indicators, weaknesses, audit, chart, deck, brief) in place of, or besides, report files. A project is a .duizhao file or a server project&apos;s address, postgresql://user@host:port/database (also where import, search and check take a project).</source>
        <translation>使用此项目中的报告（outline、align、indicators、weaknesses、audit、chart、deck、brief），代替或补充报告文件。项目可以是 .duizhao 文件，也可以是服务器项目的地址 postgresql://用户@主机:端口/数据库（import、search 和 check 接受项目的地方同样适用）。</translation>
    </message>
    <message>
        <source>outline: headings, levels, metadata and section classification of each report; align: the reports side by side by section; indicators: figures such as penalty cases with their evidence; weaknesses: the shortcomings each report admits, by theme; chart: a chart of indicators (--indicator, --out); deck: a comparison deck (--out); brief: a written brief in Word format (--out X.docx); audit: which reports meet the rules, copied text, last year&apos;s plans; import PROJECT FILE|FOLDER|ZIP...: add reports to a project (made if needed); search PROJECT QUERY: find text in a project&apos;s reports; themes FILE...: the weakness themes of single statements, one per line, and why; check PROJECT: SQLite&apos;s integrity check and every stored text against its hash; copy PROJECT NEW: the whole project into a new one, from a file to a server (postgresql://...) or back.</source>
        <translation>outline：各报告的标题、层级、元数据和章节分类；align：按章节并排对照报告；indicators：处罚案件等数据及其依据；weaknesses：各报告按主题承认的不足；chart：指标图表（--indicator、--out）；deck：对照演示文稿（--out）；brief：Word 格式的书面简报（--out X.docx）；audit：哪些报告符合要求、雷同文字、上年安排落实；import 项目 文件|文件夹|ZIP...：把报告加入项目（必要时新建）；search 项目 查询词：在项目的报告中查找文字；themes 文件...：逐行读取单条表述，给出其不足主题及依据；check 项目：SQLite 完整性检查，并将每份保存的正文与其哈希核对；copy 项目 新项目：把整个项目复制为一个新项目，从文件复制到服务器（postgresql://...），或复制回文件。</translation>
    </message>
    <message>
        <source>copy: give the project and the new project (a file or a server address).</source>
        <translation>copy：请给出项目和新项目（文件或服务器地址）。</translation>
    </message>
    <message>
        <source>%1 copied to %2.</source>
        <translation>%1 已复制到 %2。</translation>
    </message>
    <message>
        <source>brief, deck: the title (default: Rule-of-law reports compared).</source>
        <translation>brief、deck：标题（默认：法治政府建设情况报告对照）。</translation>
    </message>
    <message>
        <source>brief, deck: the subtitle (default: how many reports, and the date).</source>
        <translation>brief、deck：副标题（默认：报告份数和日期）。</translation>
    </message>
    <message>
        <source>chart: a body reported on for several years is charted as its trend with the change on the year before, over a true year axis (lines) or as columns (columns).</source>
        <translation>chart：同一机关有多个年度的报告时，绘出其趋势并标出同比变化，按实际年份间隔（lines，折线）或作柱形（columns）。</translation>
    </message>
    <message>
        <source>%1: --years takes lines or columns.</source>
        <translation>%1：--years 只能是 lines 或 columns。</translation>
    </message>
    <message>
        <source>Shortcomings admitted again (%1):</source>
        <translation>再次承认的不足（%1 条）：</translation>
    </message>
    <message>
        <source>signs of recurrence: %1</source>
        <translation>重复出现的迹象：%1</translation>
    </message>
    <message>
        <source>copied %1 of %2 tables</source>
        <translation>已复制 %1 / %2 张表</translation>
    </message>
    <message>
        <source>indicators: read the indicator definitions from this JSON file; weaknesses, themes, audit, deck, brief: read the weakness themes from this JSON file (in place of the built-in ones or the project&apos;s).</source>
        <translation>indicators：从此 JSON 文件读取指标定义；weaknesses、themes、audit、deck、brief：从此 JSON 文件读取不足主题（代替内置的或项目自己的主题）。</translation>
    </message>
</context>
</TS>
